import { execFileSync } from 'node:child_process';

/** A sheet's values as openpyxl reads them (a reader independent of the exceljs that wrote the file). */
export interface SheetValues {
  name: string;
  rows: (string | number | null)[][];
}

// Debian's python3 has openpyxl (python3-openpyxl); a pyenv python3 on PATH may not.
const PY = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
print(json.dumps([{'name': ws.title, 'rows': [[c.value for c in r] for r in ws.iter_rows()]} for ws in wb.worksheets], ensure_ascii=False, default=str))
`;

export function readXlsx(path: string): SheetValues[] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PY, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as SheetValues[];
}

export function sheet(sheets: SheetValues[], name: string): SheetValues {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** The value beside a label in a two-column sheet (项目 · 数值). */
export function valueBeside(s: SheetValues, label: string): string | number | null {
  const row = s.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${s.name}`);
  return row[1] ?? null;
}
