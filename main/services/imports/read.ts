import { MAX_IMPORT_BYTES } from '../../../shared/contract/channels/people';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { ImportFileError, isBlank, type Table } from './table';
import { readXlsx } from './xlsx';
import { isZip } from './zip';

const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** Looks like text: no NUL bytes in the first 64 KB (UTF-16 has them, and is recognised by its BOM). */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const end = Math.min(b.length, 65_536);
  for (let i = 0; i < end; i++) if (b[i] === 0) return false;
  return true;
}

/**
 * The file's rows, whatever the kind: .xlsx through exceljs, .csv / .txt decoded (UTF-8 or GB18030)
 * and parsed. A file that is not what its name says, empty, or too large ends with a reason.
 */
export async function readTable(fileName: string, bytes: Buffer, sheet?: string): Promise<Table> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('import.too_large', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw new ImportFileError('import.empty_file');
  const ext = extensionOf(fileName);
  let table: Table;
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (isOle(bytes)) throw new ImportFileError('import.old_xls');
    if (!isZip(bytes)) throw new ImportFileError('import.not_xlsx');
    table = await readXlsx(bytes, sheet);
  } else if (ext === 'csv' || ext === 'txt') {
    if (isZip(bytes) || isOle(bytes) || !looksLikeText(bytes)) throw new ImportFileError('import.not_csv');
    const { text } = decodeText(bytes);
    table = { sheet: null, rows: parseCsv(text).map((cells, i) => ({ row: i + 1, cells })), notes: [] };
  } else if (ext === 'xls') {
    throw new ImportFileError('import.old_xls');
  } else {
    throw new ImportFileError('import.unsupported_type', { ext: ext || '?' });
  }
  table.rows = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (!table.rows.length) throw new ImportFileError('import.empty_file');
  return table;
}
