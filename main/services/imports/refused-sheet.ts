import ExcelJS from 'exceljs';
import type { ImportIssue } from '../../../shared/contract/records';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/resources';

/** The rows an import refused, as read from the person's file, kept so they can be fixed and sent again. */
export interface RefusedSheet {
  headers: string[];
  rows: { row: number; cells: string[]; issues: ImportIssue[] }[];
}

/** The refused rows as an .xlsx in the person's language: their own cells plus a column saying why. */
export async function refusedWorkbook(sheet: RefusedSheet, sourceName: string, lang: Language): Promise<{ fileName: string; bytes: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(translate(lang, 'importClerk.refusedSheet'));
  const why = translate(lang, 'importUi.reason');
  ws.addRow([...sheet.headers, why]).font = { bold: true };
  for (const r of sheet.rows) {
    const reasons = r.issues.map((i) => `${i.column ? `${i.column}: ` : ''}${translate(lang, i.reason, i.params ?? {})}`).join('; ');
    // Text cells, so an ID number stays 18 digits (and its X) when the sheet is opened and saved again.
    const added = ws.addRow([...r.cells, reasons]);
    added.eachCell((cell) => (cell.numFmt = '@'));
  }
  ws.columns.forEach((c) => (c.width = 18));
  const fileName = `${sourceName.replace(/\.[^.]+$/, '')}-${translate(lang, 'importClerk.refusedFileSuffix')}.xlsx`;
  return { fileName, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
