import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp';

/** A sheet as openpyxl sees it: values, types, merges, print setup. */
export interface ReadSheet {
  name: string;
  rows: (string | number | null)[][];
  types: string[][];
  merged: string[];
  printTitleRows: string | null;
  orientation: string | null;
  paperSize: number | null;
  fitToWidth: number | null;
  fitToPage: boolean;
  widths: Record<string, number>;
  /** Per cell 'A1' → [has all four borders, wraps]. */
  styles: Record<string, [boolean, boolean]>;
  /** Row number → height in points, for rows given one. */
  heights: Record<string, number>;
}

// Debian's python3 has openpyxl; the `python3` on PATH may be a pyenv without it.
const PY = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows, types, styles = [], [], {}
    for row in ws.iter_rows():
        rows.append([c.value for c in row])
        types.append([c.data_type for c in row])
        for c in row:
            b = c.border
            styles[c.coordinate] = [all(s is not None and s.style is not None for s in (b.left, b.right, b.top, b.bottom)), bool(c.alignment.wrap_text)]
    out.append({
        'name': ws.title, 'rows': rows, 'types': types, 'merged': [str(r) for r in ws.merged_cells.ranges],
        'printTitleRows': ws.print_title_rows, 'orientation': ws.page_setup.orientation,
        'paperSize': int(ws.page_setup.paperSize) if ws.page_setup.paperSize is not None else None,
        'fitToWidth': int(ws.page_setup.fitToWidth) if ws.page_setup.fitToWidth is not None else None,
        'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        'widths': {k: v.width for k, v in ws.column_dimensions.items()}, 'styles': styles,
        'heights': {str(k): v.height for k, v in ws.row_dimensions.items() if v.height is not None},
    })
print(json.dumps(out, ensure_ascii=False, default=str))
`;

/** Reads an .xlsx with Python's openpyxl, a reader independent of the exceljs that wrote it. */
export function readXlsxWithPython(bytes: Buffer): ReadSheet[] {
  const dir = tempDir('xlsx-read-');
  const file = join(dir, 'f.xlsx');
  writeFileSync(file, bytes);
  const json = execFileSync('/usr/bin/python3', ['-c', PY, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(json) as ReadSheet[];
}

export const sheetNamed = (sheets: ReadSheet[], name: string): ReadSheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${sheets.map((x) => x.name).join(', ')}`);
  return s;
};
