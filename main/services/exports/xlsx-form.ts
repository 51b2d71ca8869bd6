import ExcelJS from 'exceljs';
import { collected } from './collect';

export type CellValue = string | number | null;

export interface FormColumn {
  header: string;
  /** In characters; a CJK character counts about two. */
  width: number;
  /** Keep as text even when it looks like a number (ID numbers, phone numbers, codes). */
  text?: boolean;
}

/** One worksheet laid out like a paper form: title, lines above the table, the table, lines below. */
export interface FormSheet {
  name: string;
  title: string;
  above?: string[];
  columns: FormColumn[];
  rows: CellValue[][];
  below?: string[];
  landscape?: boolean;
}

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CELL_LEFT = { vertical: 'middle', wrapText: true, horizontal: 'left' } as const;
const CELL_RIGHT = { vertical: 'middle', wrapText: true, horizontal: 'right' } as const;
/**
 * Fast deflate: a monthly report of a busy station has tens of thousands of cells, and the
 * default level spends most of the export's time squeezing out a few more kilobytes.
 */
const ZIP = { zip: { zlib: { level: 1 } } };

/**
 * Width in Excel's character units that fits `s` on one line: CJK and full-width characters take
 * about two units, others one. Used to size columns to their Chinese headers and contents.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The second half of a surrogate pair adds nothing: the pair is one character.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** Points per line of text at a font size: Excel's default row is 15 pt for 11 pt text. */
const lineHeight = (size: number) => Math.round((size * 15) / 11);

/**
 * Lines `text` wraps to in a column (or merged columns) `width` units wide. Spreadsheet programs do not
 * reliably grow a row for wrapped text (LibreOffice keeps the default height, and none of them fits a
 * merged title), so the form sets each wrapped row's height itself.
 */
export function wrappedLines(text: string, width: number, size = 11): number {
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil((displayWidth(part) * size) / 11 / usable));
  return lines;
}

/** Width for a column: fits the header and most contents, capped so long text wraps instead. */
export function fitWidth(header: string, values: CellValue[], min: number, max: number): number {
  let w = displayWidth(header);
  for (const v of values) if (v !== null) w = Math.max(w, displayWidth(String(v)));
  return Math.min(max, Math.max(min, w + 2));
}

/**
 * Writes the sheets as one .xlsx: bordered, wrapped cells, A4 with the table's header row repeated on
 * every printed page and the width fitted to one page. Strings are written as typed strings, never
 * formulas, so text starting with = + - @ stays text. Written by exceljs's streaming writer: a monthly
 * report's session list is thousands of rows, which the in-memory workbook took most of a second over.
 */
export async function writeForm(sheets: FormSheet[]): Promise<Buffer> {
  const out = collected();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: true, ...ZIP });
  wb.creator = 'Upgrade Station';
  for (const s of sheets) addFormSheet(wb, s);
  await wb.commit();
  return out.bytes;
}

function addFormSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: FormSheet): void {
  const n = s.columns.length;
  const ws = wb.addWorksheet(s.name.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: s.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = s.columns.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  const tableWidth = s.columns.reduce((sum, c) => sum + c.width, 0);
  const line = (text: string, opts: { bold?: boolean; size?: number; center?: boolean; height: number }) => {
    const size = opts.size ?? 11;
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, n);
    const cell = row.getCell(1);
    cell.font = { bold: opts.bold ?? false, size };
    cell.alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'middle', wrapText: true };
    row.height = Math.max(opts.height, wrappedLines(text, tableWidth, size) * lineHeight(size) + 6);
    row.commit();
  };
  line(s.title, { bold: true, size: 16, center: true, height: 32 });
  for (const a of s.above ?? []) line(a, { height: 22 });
  const head = ws.addRow(s.columns.map((c) => c.header));
  head.height = Math.max(30, Math.max(...s.columns.map((c) => wrappedLines(c.header, c.width))) * lineHeight(11) + 6);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  head.commit();
  // The header row again on every printed page, as a long table on paper needs (a defined name the
  // workbook writes when it is committed).
  ws.pageSetup.printTitlesRow = `${head.number}:${head.number}`;
  // One style object per column and alignment, shared by its cells: exceljs recognises an object it has
  // seen and skips working out the style again for each of thousands of cells.
  const bodyStyles = s.columns.map((c) => {
    const numFmt = c.text ? { numFmt: '@' } : {};
    return { left: { ...numFmt, border: BORDER, alignment: CELL_LEFT }, right: { ...numFmt, border: BORDER, alignment: CELL_RIGHT } };
  });
  for (const r of s.rows) {
    const row = ws.addRow(r.map((v) => (v === null ? '' : v)));
    let lines = 1;
    for (let c = 1; c <= n; c++) {
      const v = r[c - 1];
      const styles = bodyStyles[c - 1]!;
      row.getCell(c).style = typeof v === 'number' ? styles.right : styles.left;
      if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, s.columns[c - 1]!.width));
    }
    if (lines > 1) row.height = lines * lineHeight(11) + 3;
    row.commit();
  }
  for (const b of s.below ?? []) line(b, { height: 22 });
  ws.commit();
}
