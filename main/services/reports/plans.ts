import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PlanEntry, PlanImportResult, ReportImportIssue } from '../../../shared/contract/report-types';
import { AppError } from '../../../shared/contract/result';
import { newId } from '../../app/ids';
import { readTable } from '../imports/read';
import { ImportFileError, isBlank, type Cell, type TableRow } from '../imports/table';
import { cellText } from '../imports/values';
import { planEntries } from './plan-progress';

export interface PlanTarget {
  stationId: string;
  year: number;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  tradeId: string | null;
  target: number;
}

const UPSERT = `INSERT INTO training_plans (id, station_id, year, scope_kind, scope, trade_id, trade_name, target, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (station_id, year, scope_kind, scope, trade_name) DO UPDATE SET trade_id = excluded.trade_id, target = excluded.target, updated_at = excluded.updated_at`;

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
  db.prepare(UPSERT).run(newId(now.getTime()), t.stationId, t.year, t.scopeKind, scope, t.tradeId, tradeName, t.target, iso, iso);
  return planEntries(db, t.stationId, t.year).find((e) => e.scopeKind === t.scopeKind && e.scope === scope && e.tradeName === tradeName)!;
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
const SUM_ROWS = /^(合计|总计|小计)$/;
const LAYOUTS: Record<string, { layout: PlanImportResult['layout']; scopeKind: PlanEntry['scopeKind'] }> = {
  年度: { layout: 'by_year', scopeKind: 'station' },
  年份: { layout: 'by_year', scopeKind: 'station' },
  乡镇: { layout: 'by_township', scopeKind: 'township' },
  乡镇名称: { layout: 'by_township', scopeKind: 'township' },
  班组: { layout: 'by_township', scopeKind: 'team' },
};

function numberOf(c: Cell): number | null {
  if (typeof c === 'number') return c;
  const s = cellText(c).trim().replace(/,/g, '');
  return s && /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

interface Parsed {
  layout: PlanImportResult['layout'];
  entries: Omit<PlanTarget, 'stationId'>[];
  issues: ReportImportIssue[];
}

/**
 * Reads a plan laid out like seed 000's tables: a header row starting 年度 (years down the side) or
 * 乡镇 / 班组 (townships or teams down the side, the year given by the caller), then 人次 (the total)
 * and one column per trade. Titles and unit lines above are skipped; a header split over two rows by
 * merged cells (e.g. 工种 over the trade names) is read as one.
 */
export function parsePlan(rows: TableRow[], trades: Map<string, string>, year: number): Parsed {
  const issues: ReportImportIssue[] = [];
  const at = rows.findIndex((r) => LAYOUTS[norm(r.cells.find((c) => !isBlank(c)) ?? null)] !== undefined);
  if (at < 0) throw new ImportFileError('reports.import.no_plan_header');
  const head = rows[at]!;
  const firstCol = head.cells.findIndex((c) => !isBlank(c));
  const { layout, scopeKind } = LAYOUTS[norm(head.cells[firstCol]!)]!;
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
  const columns: { index: number; tradeId: string | null; tradeName: string }[] = [];
  for (let i = firstCol + 1; i < names.length; i++) {
    const name = names[i]!;
    if (!name) continue;
    if (TOTAL_HEADERS.has(name)) columns.push({ index: i, tradeId: null, tradeName: '' });
    else if (trades.has(name)) columns.push({ index: i, tradeId: trades.get(name)!, tradeName: name });
    else issues.push({ row: head.row, column: name, reason: 'reports.import.unknown_trade', params: { trade: name } });
  }
  const entries: Parsed['entries'] = [];
  for (const r of rows.slice(dataFrom)) {
    const side = cellText(r.cells[firstCol] ?? null).trim();
    if (!side || SUM_ROWS.test(side.replace(/\s/g, ''))) continue;
    let rowYear = year;
    if (layout === 'by_year') {
      rowYear = Number(side.replace(/年$/, ''));
      if (!Number.isInteger(rowYear) || rowYear < 2000 || rowYear > 2100) {
        issues.push({ row: r.row, column: names[firstCol]!, reason: 'reports.import.bad_year', params: { value: side } });
        continue;
      }
    }
    for (const col of columns) {
      const cell = r.cells[col.index] ?? null;
      if (isBlank(cell)) continue;
      const parsed = targetCell.safeParse(numberOf(cell));
      if (!parsed.success) {
        issues.push({ row: r.row, column: col.tradeName || '人次', reason: `reports.import.${parsed.error.issues[0]?.message ?? 'not_a_number'}`, params: { value: cellText(cell) } });
        continue;
      }
      entries.push({ year: rowYear, scopeKind, scope: scopeKind === 'station' ? '' : side, tradeId: col.tradeId, target: parsed.data });
    }
  }
  return { layout, entries, issues };
}

export async function importPlan(
  db: Database,
  input: { stationId: string; year: number; fileName: string; base64: string; dryRun: boolean },
  now: Date,
): Promise<PlanImportResult> {
  if (!db.prepare('SELECT 1 FROM stations WHERE id = ?').get(input.stationId)) throw new AppError('not_found', 'No such station', { entity: 'station' });
  let table;
  try {
    table = await readTable(input.fileName, Buffer.from(input.base64, 'base64'));
  } catch (err) {
    if (err instanceof ImportFileError) throw new AppError('invalid_input', 'The plan file cannot be read', { reason: err.reason, params: err.params });
    throw err;
  }
  const trades = new Map(
    (db.prepare('SELECT id, name FROM trades WHERE station_id = ? AND active = 1').all(input.stationId) as { id: string; name: string }[]).map((t) => [t.name.replace(/\s/g, ''), t.id]),
  );
  let parsed: Parsed;
  try {
    parsed = parsePlan(table.rows, trades, input.year);
  } catch (err) {
    if (err instanceof ImportFileError) throw new AppError('invalid_input', 'No plan table found in the file', { reason: err.reason });
    throw err;
  }
  if (!input.dryRun) {
    const names = new Map([...trades].map(([n, id]) => [id, n]));
    const tradeName = db.prepare('SELECT name FROM trades WHERE id = ?').pluck();
    const upsert = db.prepare(UPSERT);
    const iso = now.toISOString();
    db.transaction(() => {
      for (const e of parsed.entries) {
        const name = e.tradeId ? ((tradeName.get(e.tradeId) as string | undefined) ?? names.get(e.tradeId) ?? '') : '';
        upsert.run(newId(now.getTime()), input.stationId, e.year, e.scopeKind, e.scope, e.tradeId, name, e.target, iso, iso);
      }
    })();
  }
  return {
    dryRun: input.dryRun,
    layout: parsed.layout,
    entries: parsed.entries.length,
    issues: parsed.issues,
    notes: table.notes.map((n) => ({ row: n.row, column: n.column, reason: n.reason, params: n.params })),
  };
}
