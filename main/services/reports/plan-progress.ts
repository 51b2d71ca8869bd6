import type { Database } from 'better-sqlite3';
import type { PlanEntry, PlanProgressRow } from '../../../shared/contract/report-types';
import { PRESENT_SQL, workerResolver, type PresentRow } from './facts';
import { percentOf, type Range } from './scope';

interface PlanRow {
  id: string;
  year: number;
  scope_kind: 'station' | 'township' | 'team';
  scope: string;
  trade_id: string | null;
  trade_name: string;
  target: number;
}

export function planEntries(db: Database, stationId: string, year: number): PlanEntry[] {
  const rows = db
    .prepare(
      `SELECT id, year, scope_kind, scope, trade_id, trade_name, target FROM training_plans
       WHERE station_id = ? AND year = ? ORDER BY scope_kind, scope, trade_name = '' DESC, trade_name`,
    )
    .all(stationId, year) as PlanRow[];
  return rows.map((r) => ({ id: r.id, year: r.year, scopeKind: r.scope_kind, scope: r.scope, tradeId: r.trade_id, tradeName: r.trade_name, target: r.target }));
}

interface DoneCount {
  trade: string | null;
  team: string;
  township: string;
  n: number;
}

/**
 * Person-times in a range by the counting worker's trade, team and home township: a plan target per
 * trade and per township (seed 000) is met by the people of that trade and township who trained.
 * Read through facts.ts (one index scan, each worker resolved once): a year to date on a big station
 * is millions of attendances.
 */
function doneCounts(db: Database, stationId: string, r: Range): DoneCount[] {
  const buckets = new Map<string, DoneCount>();
  const bucketOf = workerResolver<DoneCount>(db, stationId, (_countsAs, w) => {
    const c = { trade: w?.[2] ?? null, team: w?.[3] ?? '', township: w?.[4] ?? '', n: 0 };
    const key = `${c.trade ?? ''}\u0000${c.team}\u0000${c.township}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = c));
    return b;
  });
  for (const [, workerId] of db.prepare(PRESENT_SQL).raw(true).iterate(stationId, r.startWall, r.endWall) as IterableIterator<PresentRow>) bucketOf(workerId).n++;
  return [...buckets.values()].filter((b) => b.n > 0);
}

function sumFor(e: PlanEntry, counts: DoneCount[]): number {
  let n = 0;
  for (const c of counts) {
    if (e.tradeId !== null && c.trade !== e.tradeId) continue;
    if (e.scopeKind === 'team' && c.team !== e.scope) continue;
    if (e.scopeKind === 'township' && c.township !== e.scope) continue;
    n += c.n;
  }
  return n;
}

/** Each target of the year beside what was done in the period and in the year up to the period's end. */
export function planProgress(db: Database, stationId: string, year: number, period: Range): PlanProgressRow[] {
  const entries = planEntries(db, stationId, year);
  if (!entries.length) return [];
  const inPeriod = doneCounts(db, stationId, period);
  const ytdRange: Range = { ...period, from: `${year}-01-01`, startWall: `${year}-01-01T00:00` };
  const ytd = period.startWall === ytdRange.startWall ? inPeriod : doneCounts(db, stationId, ytdRange);
  return entries.map((e) => {
    const doneYearToDate = sumFor(e, ytd);
    return {
      planId: e.id,
      scopeKind: e.scopeKind,
      scope: e.scope,
      tradeId: e.tradeId,
      tradeName: e.tradeName,
      target: e.target,
      donePeriod: sumFor(e, inPeriod),
      doneYearToDate,
      percent: percentOf(doneYearToDate, e.target),
    };
  });
}
