import ExcelJS from 'exceljs';
import { collected } from './collect';

export interface TableColumn {
  header: string;
  width: number;
  /** Written as text ('@'), so an ID number or a long code is not turned into a number. */
  text?: boolean;
}

/**
 * One sheet with a bold frozen header, written by exceljs's streaming writer so a long table never
 * sits in memory as a workbook. Cells are typed strings or numbers: text that starts like a formula
 * stays text.
 */
export async function streamedTableXlsx(
  sheetName: string,
  columns: TableColumn[],
  rows: Iterable<(string | number)[]>,
  opts: { sharedStrings: boolean },
): Promise<Buffer> {
  const out = collected();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: opts.sharedStrings });
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return out.bytes;
}
