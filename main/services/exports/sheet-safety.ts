import type { ExportFile } from '../../../shared/contract/records';
import { INVISIBLE_CHARACTERS } from '../../../shared/contract/schemas';

/** Text a spreadsheet would take for a formula (or a DDE payload) when typed or pasted. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell made inert: a leading apostrophe, as Excel itself marks typed text. (.xlsx cells are
 * written as typed strings, which no spreadsheet evaluates, so they keep their text unchanged.)
 */
export function inertText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV cell: quoted when needed, and formula-looking text made inert with a leading apostrophe. */
export function csvCell(value: string): string {
  const v = inertText(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV file as Excel and WPS open it without garbling Chinese: UTF-8 with a BOM, CRLF lines. */
export function csvBytes(rows: (string | number | null)[][]): Buffer {
  const lines = rows.map((r) => r.map((c) => csvCell(c === null ? '' : String(c))).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/** Keeps the characters Windows, macOS and Linux all accept in a file name, and none that disguise it. */
export function safeFileName(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '').replace(new RegExp(INVISIBLE_CHARACTERS.source, 'g'), '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80) || 'station';
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

export function exportFile(fileName: string, bytes: Buffer): ExportFile {
  return { fileName, mime: fileName.endsWith('.csv') ? CSV_MIME : XLSX_MIME, base64: bytes.toString('base64') };
}
