import type { Database } from 'better-sqlite3';
import type { PlanEntry, PlanProgressRow } from '../../../shared/contract/report-types';
import { planProgressOf } from '../../report-core/plan-progress';
import { PresentReader, readRoster, type Roster } from './facts';
import type { Range } from './scope';

interface PlanRow {
  id: string;
  year: number;
  year_to: number;
  kind: PlanEntry['kind'];
  scope_kind: 'station' | 'township' | 'team';
  scope: string;
  trade_id: string | null;
  trade_name: string;
  target: number;
}

/** The targets that cover the year: its own, and those spanning several years that include it. */
export function planEntries(db: Database, stationId: string, year: number): PlanEntry[] {
  const rows = db
    .prepare(
      `SELECT id, year, year_to, kind, scope_kind, scope, trade_id, trade_name, target FROM training_plans
       WHERE station_id = ? AND year <= ? AND year_to >= ?
       ORDER BY year_to - year, scope_kind, scope, kind = 'total' DESC, kind = 'broker', trade_name`,
    )
    .all(stationId, year, year) as PlanRow[];
  return rows.map((r) => ({ id: r.id, year: r.year, yearTo: r.year_to, kind: r.kind, scopeKind: r.scope_kind, scope: r.scope, tradeId: r.trade_id, tradeName: r.trade_name, target: r.target }));
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

/** People trained as labour brokers (seed 000 三(六)'s 专项培训) in the range, of the entry's township or team. */
function brokersTrained(db: Database, stationId: string, e: PlanEntry, startWall: string, endWall: string): number {
  const scope = e.scopeKind === 'township' ? 'AND k.home_township = ?' : e.scopeKind === 'team' ? 'AND k.team = ?' : '';
  return db
    .prepare(
      `SELECT count(DISTINCT k.id) FROM training_sessions s
       JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
       JOIN workers w ON w.id = a.worker_id JOIN workers k ON k.id = ifnull(w.merged_into, w.id)
       WHERE s.station_id = ? AND s.state = 'closed' AND s.category = 'labour_broker' AND s.starts_at >= ? AND s.starts_at < ? ${scope}`,
    )
    .pluck()
    .get(stationId, startWall, endWall, ...(scope ? [e.scope] : [])) as number;
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
  return planProgressOf({
    entries,
    roster,
    inPeriod,
    doneBefore: (from) => doneByGroup(db, roster, closedSessionIds(db, stationId, `${from}-01-01T00:00`, period.startWall)),
    brokers: (e, span) => brokersTrained(db, stationId, e, span === 'period' ? period.startWall : `${e.year}-01-01T00:00`, period.endWall),
  });
}
