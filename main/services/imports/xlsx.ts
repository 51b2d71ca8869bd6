import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { ImportIssue } from '../../../shared/contract/records';
import { ImportFileError, type Cell, type Table, type TableRow } from './table';
import { listZip, mergeRanges, readText } from './zip';

interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** 'xl/worksheets/sheet1.xml' */
  part: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const xmlText = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The workbook's sheets in tab order, with their hidden state and part names. */
export function sheetsOf(buf: Buffer): SheetInfo[] {
  const entries = listZip(buf);
  const wb = entries?.get('xl/workbook.xml');
  const rels = entries?.get('xl/_rels/workbook.xml.rels');
  if (!entries || !wb || !rels) throw new ImportFileError('import.not_xlsx');
  const targets = new Map<string, string>();
  for (const tag of readText(buf, rels).match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const out: SheetInfo[] = [];
  for (const tag of readText(buf, wb).match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const rid = attr(tag, 'r:id') ?? /\b\w+:id="([^"]*)"/.exec(tag)?.[1];
    const state = attr(tag, 'state');
    const target = rid ? targets.get(rid) : undefined;
    if (!target) continue;
    out.push({
      name: xmlText(attr(tag, 'name') ?? ''),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: 'xl/' + target,
    });
  }
  return out;
}

/** Excel's serial day numbers (1900 date system; serial 60 is the phantom 1900-02-29). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

type ExcelValue = ExcelJS.CellValue;

function cellOf(v: ExcelValue, onFormula: () => void): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      onFormula();
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null || (typeof r === 'object' && !(r instanceof Date))) return null;
      return r as Cell;
    }
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text ?? '').join('');
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return null;
  }
  return null;
}

/** The file in 64 KB pieces, as a file stream would give it; one huge chunk makes every stage downstream buffer it whole. */
function* chunksOf(buf: Buffer): Generator<Buffer> {
  for (let i = 0; i < buf.length; i += 65_536) yield buf.subarray(i, i + 65_536);
}

function decodeRef(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/**
 * Reads one sheet of an .xlsx with exceljs's streaming reader (rows are not all built as objects at
 * once): the named sheet, else the first visible one. Hidden sheets are skipped with a note,
 * formulas read as their cached results, rich text as text, and merged ranges filled from their
 * top-left cell, so a team name merged down many rows applies to each.
 */
export async function readXlsx(buf: Buffer, wanted?: string): Promise<Table> {
  const sheets = sheetsOf(buf);
  const notes: ImportIssue[] = [];
  let chosen: SheetInfo | undefined;
  if (wanted) {
    chosen = sheets.find((s) => s.name === wanted);
    if (!chosen) throw new ImportFileError('import.sheet_not_found', { sheet: wanted });
  } else {
    chosen = sheets.find((s) => s.state === 'visible');
  }
  for (const s of sheets) {
    if (s.state !== 'visible' && s !== chosen) notes.push({ row: 0, column: null, reason: 'import.hidden_sheet_skipped', params: { sheet: s.name } });
  }
  if (!chosen) throw new ImportFileError('import.no_visible_sheet');
  const others = sheets.filter((s) => s.state === 'visible' && s !== chosen).map((s) => s.name);
  if (others.length) notes.push({ row: 0, column: null, reason: 'import.other_sheets_ignored', params: { sheets: others.join(', ') } });
  const fileNo = /sheet(\d+)\.xml$/.exec(chosen.part)?.[1];

  const rows = new Map<number, Cell[]>();
  let formulas = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunksOf(buf)), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      const w = ws as unknown as { name: string; id: number | string } & AsyncIterable<ExcelJS.Row>;
      const match = w.name === chosen.name || (w.name === `Sheet${w.id}` && String(w.id) === fileNo);
      if (!match) continue;
      for await (const row of w) {
        const values = row.values as ExcelValue[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells[c - 1] = cellOf(values[c], () => formulas++);
        for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
        rows.set(row.number, cells);
      }
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError('import.not_xlsx');
  }
  if (formulas) notes.push({ row: 0, column: null, reason: 'import.formulas_read_as_values', params: { count: formulas } });

  const part = listZip(buf)?.get(chosen.part);
  const merges = part ? await mergeRanges(buf, part) : [];
  let filled = 0;
  for (const ref of merges) {
    const [a, b = a] = ref.split(':') as [string, string?];
    const tl = decodeRef(a);
    const br = decodeRef(b);
    // A merge over thousands of rows is a formatting accident, not data; leave it be.
    if ((br.row - tl.row + 1) * (br.col - tl.col + 1) > 100_000) continue;
    const value = rows.get(tl.row)?.[tl.col] ?? null;
    if (value === null) continue;
    for (let r = tl.row; r <= br.row; r++) {
      let cells = rows.get(r);
      if (!cells) rows.set(r, (cells = []));
      for (let c = tl.col; c <= br.col; c++) {
        if (r === tl.row && c === tl.col) continue;
        for (let k = cells.length; k < c; k++) cells[k] = null;
        cells[c] = value;
        filled++;
      }
    }
  }
  if (filled) notes.push({ row: 0, column: null, reason: 'import.merged_cells_filled', params: { count: merges.length } });
  const out: TableRow[] = [...rows.entries()].sort((x, y) => x[0] - y[0]).map(([row, cells]) => ({ row, cells }));
  return { sheet: chosen.name, rows: out, notes };
}
