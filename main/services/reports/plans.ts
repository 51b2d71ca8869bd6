import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PlanEntry, PlanImportResult, PlanKind, ReportImportIssue } from '../../../shared/contract/report-types';
import { AppError } from '../../../shared/contract/result';
import { newId } from '../../lib/ids';
import { readTable, ImportFileError, isBlank, type Cell, type TableRow, cellText, sheetsOf } from '../imports';
import { planEntries } from './plan-progress';

export interface PlanTarget {
  stationId: string;
  year: number;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  tradeId: string | null;
  target: number;
}

const UPSERT = `INSERT INTO training_plans (id, station_id, year, year_to, kind, scope_kind, scope, trade_id, trade_name, target, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (station_id, year, year_to, scope_kind, scope, kind, trade_name) DO UPDATE SET trade_id = excluded.trade_id, target = excluded.target, updated_at = excluded.updated_at`;

export function setPlanTarget(db: Database, t: PlanTarget, now: Date): PlanEntry {
  if (!db.prepare('SELECT 1 FROM stations WHERE id = ?').get(t.stationId)) throw new AppError('not_found', 'No such station', { entity: 'station' });
  let tradeName = '';
  if (t.tradeId) {
    const trade = db.prepare('SELECT name FROM trades WHERE id = ? AND station_id = ?').get(t.tradeId, t.stationId) as { name: string } | undefined;
    if (!trade) throw new AppError('invalid_input', 'No such trade at this station', { fields: [{ path: 'tradeId', message: 'not a trade of this station' }] });
    tradeName = trade.name;
  }
  // The station as a whole has no scope name; a township or team must have one.
  const scope = t.scopeKind === 'station' ? '' : t.scope;
  if (t.scopeKind !== 'station' && !scope) throw new AppError('invalid_input', 'Name the township or team', { fields: [{ path: 'scope', message: 'required' }] });
  const iso = now.toISOString();
  const kind = t.tradeId ? 'trade' : 'total';
  db.prepare(UPSERT).run(newId(now.getTime()), t.stationId, t.year, t.year, kind, t.scopeKind, scope, t.tradeId, tradeName, t.target, iso, iso);
  return planEntries(db, t.stationId, t.year).find((e) => e.year === t.year && e.yearTo === t.year && e.scopeKind === t.scopeKind && e.scope === scope && e.kind === kind && e.tradeName === tradeName)!;
}

export function deletePlan(db: Database, planId: string): string {
  const row = db.prepare('SELECT station_id FROM training_plans WHERE id = ?').get(planId) as { station_id: string } | undefined;
  if (!row) throw new AppError('not_found', 'No such plan entry', { entity: 'plan' });
  db.prepare('DELETE FROM training_plans WHERE id = ?').run(planId);
  return row.station_id;
}

/** A target as the file gives it: a whole, non-negative number of person-times. */
const targetCell = z.number({ message: 'not_a_number' }).min(0, { message: 'negative_target' }).int({ message: 'fractional_target' });

const norm = (c: Cell) => cellText(c).replace(/[\s\u3000]/g, '');
const TOTAL_HEADERS = new Set(['人次', '合计', '小计', '总计', '人次合计']);
/** Columns of seed 000's tables that are targets but not trades. */
const NON_TRADE: Record<string, PlanKind> = { 培育建筑劳务经纪人: 'broker', 建筑劳务经纪人: 'broker', 劳务经纪人: 'broker' };
const SUM_ROWS = /^(合计|总计|小计)$/;
const LAYOUTS: Record<string, { layout: PlanImportResult['layout']; scopeKind: PlanEntry['scopeKind'] }> = {
  年度: { layout: 'by_year', scopeKind: 'station' },
  年份: { layout: 'by_year', scopeKind: 'station' },
  乡镇: { layout: 'by_township', scopeKind: 'township' },
  乡镇名称: { layout: 'by_township', scopeKind: 'township' },
  班组: { layout: 'by_township', scopeKind: 'team' },
};
/** A title's span of years: （2023—2025年）, 2023-2025年, 2023至2025年. */
const SPAN = /(20\d{2})\s*(?:年)?\s*[—–\-~～至到]+\s*(20\d{2})/;

function numberOf(c: Cell): number | null {
  if (typeof c === 'number') return c;
  const s = cellText(c).trim().replace(/,/g, '');
  return s && /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

export interface ParsedEntry extends Omit<PlanTarget, 'stationId'> {
  yearTo: number;
  kind: PlanKind;
  /** The column's name where it is not a trade of the station (培育建筑劳务经纪人). */
  name: string;
}

interface Parsed {
  tables: { title: string; layout: PlanImportResult['layout']; year: number; yearTo: number; entries: ParsedEntry[] }[];
  issues: ReportImportIssue[];
  notes: ReportImportIssue[];
}

const isHeader = (r: TableRow) => LAYOUTS[norm(r.cells.find((c) => !isBlank(c)) ?? null)] !== undefined;
/** A line of one text (a title merged across, filled into every cell of the merge), else null. */
function lineText(r: TableRow): string | null {
  const values = new Set(r.cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim()));
  const [only] = values;
  return values.size === 1 && only !== undefined && Number.isNaN(numberOf(only) ?? NaN) ? only : null;
}

/**
 * Reads the plan tables of a sheet laid out like seed 000's: each starts at a header row beginning 年度
 * (years down the side) or 乡镇 / 班组 (townships or teams down the side), then 人次 (the total), one
 * column per trade and columns that are targets but not trades (培育建筑劳务经纪人). Several tables may
 * be stacked in one sheet: each runs to the next one's title, and its title row (the line above its
 * header, often merged across) gives the years a by-township table covers (附件2: 2023—2025, kept as
 * one three-year target); without one, the caller's year. A header split over two rows by merged cells
 * (工种 over the trade names) is read as one. A row whose trades do not add up to its 人次 is imported
 * with a note saying so.
 */
export function parsePlan(rows: TableRow[], trades: Map<string, string>, year: number): Parsed {
  const issues: ReportImportIssue[] = [];
  const notes: ReportImportIssue[] = [];
  const heads = rows.map((r, i) => (isHeader(r) ? i : -1)).filter((i) => i >= 0);
  if (!heads.length) throw new ImportFileError('reports.import.no_plan_header');
  const tables: Parsed['tables'] = [];
  heads.forEach((at, t) => {
    const head = rows[at]!;
    // The title: the nearest line above with one filled cell, after the previous table's header.
    let title = '';
    for (let i = at - 1; i > (t ? heads[t - 1]! : -1); i--) {
      const line = lineText(rows[i]!);
      if (line && !/^[（(]?单位/.test(line)) {
        title = line;
        break;
      }
    }
    const firstCol = head.cells.findIndex((c) => !isBlank(c));
    const { layout, scopeKind } = LAYOUTS[norm(head.cells[firstCol]!)]!;
    const span = SPAN.exec(title);
    const [from, to] = layout === 'by_township' && span && Number(span[2]) > Number(span[1]) ? [Number(span[1]), Number(span[2])] : [year, year];
    let names = head.cells.map(norm);
    let dataFrom = at + 1;
    // A second header row: its side cell is blank or repeats the first (a vertical merge, filled).
    const next = rows[at + 1];
    if (next && (isBlank(next.cells[firstCol] ?? null) || norm(next.cells[firstCol]!) === names[firstCol]) && next.cells.some((c, i) => i > firstCol && !isBlank(c) && Number.isNaN(numberOf(c) ?? NaN))) {
      names = names.map((n, i) => {
        const below = norm(next.cells[i] ?? null);
        return below && below !== n ? below : n;
      });
      dataFrom = at + 2;
    }
    const columns: { index: number; kind: PlanKind; tradeId: string | null; name: string }[] = [];
    for (let i = firstCol + 1; i < names.length; i++) {
      const name = names[i]!;
      if (!name) continue;
      if (TOTAL_HEADERS.has(name)) columns.push({ index: i, kind: 'total', tradeId: null, name: '' });
      else if (NON_TRADE[name]) columns.push({ index: i, kind: NON_TRADE[name]!, tradeId: null, name });
      else if (trades.has(name)) columns.push({ index: i, kind: 'trade', tradeId: trades.get(name)!, name });
      else issues.push({ row: head.row, column: name, reason: 'reports.import.unknown_trade', params: { trade: name } });
    }
    const end = t + 1 < heads.length ? heads[t + 1]! : rows.length;
    const entries: ParsedEntry[] = [];
    for (const r of rows.slice(dataFrom, end)) {
      const side = cellText(r.cells[firstCol] ?? null).trim();
      if (!side || SUM_ROWS.test(side.replace(/\s/g, ''))) continue;
      // A line with no figures (the next table's title, a unit note) is not a row of this table.
      if (lineText(r) !== null || columns.every((c) => isBlank(r.cells[c.index] ?? null))) continue;
      let rowYear = from;
      let rowTo = to;
      if (layout === 'by_year') {
        rowYear = rowTo = Number(side.replace(/年$/, ''));
        if (!Number.isInteger(rowYear) || rowYear < 2000 || rowYear > 2100) {
          issues.push({ row: r.row, column: names[firstCol]!, reason: 'reports.import.bad_year', params: { value: side } });
          continue;
        }
      }
      let total: number | null = null;
      let tradeSum = 0;
      let tradeCells = 0;
      for (const col of columns) {
        const cell = r.cells[col.index] ?? null;
        if (isBlank(cell)) continue;
        const parsed = targetCell.safeParse(numberOf(cell));
        if (!parsed.success) {
          issues.push({ row: r.row, column: col.name || '人次', reason: `reports.import.${parsed.error.issues[0]?.message ?? 'not_a_number'}`, params: { value: cellText(cell) } });
          continue;
        }
        if (col.kind === 'total') total = parsed.data;
        if (col.kind === 'trade') {
          tradeSum += parsed.data;
          tradeCells++;
        }
        entries.push({ year: rowYear, yearTo: rowTo, kind: col.kind, name: col.name, scopeKind, scope: scopeKind === 'station' ? '' : side, tradeId: col.tradeId, target: parsed.data });
      }
      // Seed 000's own 2024 and 2025 rows: trades 837 and 838 against 人次 907 and 908.
      if (total !== null && tradeCells && tradeSum !== total) {
        notes.push({ row: r.row, column: '人次', reason: 'reports.import.sum_mismatch', params: { side, total, sum: tradeSum } });
      }
    }
    tables.push({ title, layout, year: from, yearTo: to, entries });
  });
  return { tables, issues, notes };
}

export async function importPlan(
  db: Database,
  input: { stationId: string; year: number; fileName: string; base64: string; dryRun: boolean; sheet?: string | undefined },
  now: Date,
): Promise<PlanImportResult> {
  if (!db.prepare('SELECT 1 FROM stations WHERE id = ?').get(input.stationId)) throw new AppError('not_found', 'No such station', { entity: 'station' });
  const bytes = Buffer.from(input.base64, 'base64');
  const trades = new Map(
    (db.prepare('SELECT id, name FROM trades WHERE station_id = ? AND active = 1').all(input.stationId) as { id: string; name: string }[]).map((t) => [t.name.replace(/\s/g, ''), t.id]),
  );
  // A workbook's sheets: the one picked, else every visible sheet that holds a plan table.
  let sheetNames: (string | undefined)[] = [input.sheet];
  if (!input.sheet && /\.xlsx?m?$/i.test(input.fileName.trim())) {
    try {
      sheetNames = sheetsOf(bytes).filter((s) => s.state === 'visible').map((s) => s.name);
    } catch (err) {
      if (!(err instanceof ImportFileError)) throw err;
    }
    if (!sheetNames.length) sheetNames = [undefined];
  }
  const tables: PlanImportResult['tables'] = [];
  const entries: (ParsedEntry & { sheet: string | null })[] = [];
  const issues: ReportImportIssue[] = [];
  const notes: ReportImportIssue[] = [];
  for (const name of sheetNames) {
    let table;
    try {
      table = await readTable(input.fileName, bytes, name);
    } catch (err) {
      if (err instanceof ImportFileError) throw new AppError('invalid_input', 'The plan file cannot be read', { reason: err.reason, params: err.params });
      throw err;
    }
    const where = (i: ReportImportIssue) => (sheetNames.length > 1 && table.sheet ? { ...i, params: { ...i.params, sheet: table.sheet } } : i);
    if (sheetNames.length === 1) notes.push(...table.notes.map((n) => ({ row: n.row, column: n.column, reason: n.reason, params: n.params })));
    let parsed: Parsed;
    try {
      parsed = parsePlan(table.rows, trades, input.year);
    } catch (err) {
      if (!(err instanceof ImportFileError)) throw err;
      if (sheetNames.length === 1) throw new AppError('invalid_input', 'No plan table found in the file', { reason: err.reason });
      notes.push({ row: 0, column: null, reason: 'reports.import.sheet_without_plan', params: { sheet: table.sheet ?? '' } });
      continue;
    }
    issues.push(...parsed.issues.map(where));
    notes.push(...parsed.notes.map(where));
    for (const t of parsed.tables) {
      tables.push({ sheet: table.sheet, title: t.title, layout: t.layout, year: t.year, yearTo: t.yearTo, entries: t.entries.length });
      entries.push(...t.entries.map((e) => ({ ...e, sheet: table.sheet })));
    }
  }
  if (!tables.length) throw new AppError('invalid_input', 'No plan table found in the file', { reason: 'reports.import.no_plan_header' });
  if (!input.dryRun) {
    const names = new Map([...trades].map(([n, id]) => [id, n]));
    const tradeName = db.prepare('SELECT name FROM trades WHERE id = ?').pluck();
    const upsert = db.prepare(UPSERT);
    const iso = now.toISOString();
    db.transaction(() => {
      for (const e of entries) {
        const name = e.kind === 'trade' && e.tradeId ? ((tradeName.get(e.tradeId) as string | undefined) ?? names.get(e.tradeId) ?? '') : e.kind === 'broker' ? e.name : '';
        upsert.run(newId(now.getTime()), input.stationId, e.year, e.yearTo, e.kind, e.scopeKind, e.scope, e.tradeId, name, e.target, iso, iso);
      }
    })();
  }
  return { dryRun: input.dryRun, layout: tables[0]!.layout, entries: entries.length, tables, issues, notes };
}

/** Whole shares of `total` in proportion to `weights`, the remainder to the largest fractions (then the earliest). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

/**
 * Per-year targets from every target spanning `year`..`yearTo`, written beside them (the spans stay):
 * each township's, trade's and broker target split evenly, or in proportion to the station's 人次
 * total of each year (the by-year table), which must then exist for every year of the span.
 */
export function deriveYears(db: Database, input: { stationId: string; year: number; yearTo: number; method: 'even' | 'by_year_totals' }, now: Date): { entries: number } {
  if (!db.prepare('SELECT 1 FROM stations WHERE id = ?').get(input.stationId)) throw new AppError('not_found', 'No such station', { entity: 'station' });
  const spans = db
    .prepare('SELECT * FROM training_plans WHERE station_id = ? AND year = ? AND year_to = ?')
    .all(input.stationId, input.year, input.yearTo) as { scope_kind: string; scope: string; kind: string; trade_id: string | null; trade_name: string; target: number }[];
  if (!spans.length) throw new AppError('not_found', 'No targets span those years', { entity: 'plan' });
  const years = Array.from({ length: input.yearTo - input.year + 1 }, (_, i) => input.year + i);
  let weights = years.map(() => 1);
  if (input.method === 'by_year_totals') {
    const total = db.prepare("SELECT target FROM training_plans WHERE station_id = ? AND year = ? AND year_to = ? AND scope_kind = 'station' AND kind = 'total'").pluck();
    const found = years.map((y) => total.get(input.stationId, y, y) as number | undefined);
    const missing = years.filter((_, i) => found[i] === undefined);
    if (missing.length) throw new AppError('invalid_input', 'The station has no 人次 total for some years', { reason: 'plan_year_totals_missing', years: missing, fields: [{ path: 'method', message: `no total for ${missing.join(', ')}` }] });
    weights = found.map((n) => n!);
  }
  const upsert = db.prepare(UPSERT);
  const iso = now.toISOString();
  let n = 0;
  db.transaction(() => {
    for (const e of spans) {
      apportion(e.target, weights).forEach((target, i) => {
        upsert.run(newId(now.getTime()), input.stationId, years[i], years[i], e.kind, e.scope_kind, e.scope, e.trade_id, e.trade_name, target, iso, iso);
        n++;
      });
    }
  })();
  return { entries: n };
}
