import type { Database } from 'better-sqlite3';
import type { PlanEntry, PlanProgressRow } from '../../../shared/contract/report-types';
import { PresentReader, readRoster, type Roster, type RosterGroup } from './facts';
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

/**
 * Person-times in the sessions by the counting worker's roster group (trade, team, home township): a plan
 * target per trade and per township (seed 000) is met by the people of that trade and township who
 * trained. Read by worker number (facts.ts): a year to date on a big station is millions of attendances.
 */
function doneByGroup(db: Database, roster: Roster, sessionIds: string[]): Int32Array {
  const done = new Int32Array(roster.groups.length);
  const present = new PresentReader(db);
  for (const id of sessionIds) {
    const { n, seqs } = present.readSeqs(id);
    for (let i = 0; i < n; i++) done[roster.groupOf[roster.countsAs[seqs[i]!]!]!]!++;
  }
  return done;
}

/**
 * The plan's targets are seed 000's 建筑工匠培训 person-times by trade: vocational-skills training (the
 * 技能提升 category, or a session that carries a skill level). Safety talks and site-entry education
 * are not craftsman training and do not count towards them.
 */
export const PLAN_SESSIONS_SQL = "(category = 'skills' OR skill_level IS NOT NULL)";

function closedSessionIds(db: Database, stationId: string, startWall: string, endWall: string): string[] {
  return db
    .prepare(`SELECT id FROM training_sessions WHERE station_id = ? AND state = 'closed' AND starts_at >= ? AND starts_at < ? AND ${PLAN_SESSIONS_SQL}`)
    .pluck()
    .all(stationId, startWall, endWall) as string[];
}

function sumFor(e: PlanEntry, groups: RosterGroup[], done: Int32Array): number {
  let n = 0;
  groups.forEach((g, i) => {
    if (e.tradeId !== null && g.tradeId !== e.tradeId) return;
    if (e.scopeKind === 'team' && g.team !== e.scope) return;
    if (e.scopeKind === 'township' && g.township !== e.scope) return;
    n += done[i]!;
  });
  return n;
}

/**
 * Each target of the year beside what was done in the period and in the year up to the period's end.
 * A period report that has already counted its period by roster group passes those counts in, so only
 * the months before the period are read again.
 */
export function planProgress(db: Database, stationId: string, year: number, period: Range, counted?: { roster: Roster; inPeriod: Int32Array }): PlanProgressRow[] {
  const entries = planEntries(db, stationId, year);
  if (!entries.length) return [];
  const roster = counted?.roster ?? readRoster(db, stationId);
  const inPeriod = counted?.inPeriod ?? doneByGroup(db, roster, closedSessionIds(db, stationId, period.startWall, period.endWall));
  const before = doneByGroup(db, roster, closedSessionIds(db, stationId, `${year}-01-01T00:00`, period.startWall));
  const ytd = inPeriod.map((n, i) => n + before[i]!);
  return entries.map((e) => {
    const doneYearToDate = sumFor(e, roster.groups, ytd);
    return {
      planId: e.id,
      scopeKind: e.scopeKind,
      scope: e.scope,
      tradeId: e.tradeId,
      tradeName: e.tradeName,
      target: e.target,
      donePeriod: sumFor(e, roster.groups, inPeriod),
      doneYearToDate,
      percent: percentOf(doneYearToDate, e.target),
    };
  });
}
