import type { Database } from 'better-sqlite3';
import type { PeriodKind, PeriodReport } from '../../../shared/contract/report-types';
import type { NationalTrainingType, SkillLevel } from '../../../shared/domain/vocab';
import type { FactSession, MandarinLevel } from '../../report-core/facts';
import { computePeriodFigures, LANGUAGE } from '../../report-core/period-figures';
import { PresentReader, readRoster } from './facts';
import { planProgress } from './plan-progress';
import { categoryLabels, instantBounds, periodRange, sessionHours, stationRow, type Range, type SessionHoursRow } from './scope';

interface SessionRow extends SessionHoursRow {
  rid: number;
  id: string;
  title: string;
  category: string;
  skill_level: SkillLevel | null;
  national_type: NationalTrainingType | null;
}

export { ADVANCED_TARGET, CERTIFICATE_TARGET } from '../../report-core/period-figures';

/**
 * Closed sessions whose start falls in the range. Cancelled, planned and still-open sessions are not
 * training done; a session across midnight counts on the day (and in the month) it started.
 */
export function sessionsIn(db: Database, stationId: string, r: Range): SessionRow[] {
  return db
    .prepare(
      `SELECT rowid AS rid, id, title, category, skill_level, national_type, starts_at, ends_at, minutes_per_hour, class_hours_override
       FROM training_sessions WHERE station_id = ? AND state = 'closed' AND starts_at >= ? AND starts_at < ?
       ORDER BY starts_at, id`,
    )
    .all(stationId, r.startWall, r.endWall) as SessionRow[];
}

export function trainersIn(db: Database, stationId: string, r: Range): { session_id: string; trainer_id: string; name: string }[] {
  return db
    .prepare(
      `SELECT st.session_id, t.id AS trainer_id, t.name FROM training_sessions s
       JOIN session_trainers st ON st.session_id = s.id JOIN trainers t ON t.id = st.trainer_id
       WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?
       ORDER BY t.name, t.id`,
    )
    .all(stationId, r.startWall, r.endWall) as { session_id: string; trainer_id: string; name: string }[];
}

/**
 * The facts every figure is counted from, as plain SQL (the benchmark's baseline aggregates these;
 * computePeriodReport reads the same rows faster through facts.ts, by worker number):
 * present attendances in those sessions, each credited to the worker who counts: a record merged into
 * another (workers.merged_into) counts for the record it was merged into, with that record's trade and
 * team. Rows come back as arrays: [session_id, worker, trade_id, trade name, team, credited_hours].
 */
export const FACTS_SQL = `
  SELECT a.session_id,
         COALESCE(w.merged_into, w.id),
         CASE WHEN w.merged_into IS NULL THEN w.trade_id ELSE m.trade_id END AS trade_id,
         CASE WHEN w.merged_into IS NULL THEN w.team ELSE m.team END,
         a.credited_hours
  FROM training_sessions s
  JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
  JOIN workers w ON w.id = a.worker_id
  LEFT JOIN workers m ON m.id = w.merged_into
  WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?`;

/** The monthly / quarterly / annual figures, each with the session ids behind it. */
export function computePeriodReport(db: Database, stationId: string, kind: PeriodKind, period: string): PeriodReport {
  // One read transaction: every figure is counted from the same state of the data.
  return db.transaction(() => periodReportNow(db, stationId, kind, period))();
}

function periodReportNow(db: Database, stationId: string, kind: PeriodKind, period: string): PeriodReport {
  const station = stationRow(db, stationId);
  const range = periodRange(kind, period);
  const rows = sessionsIn(db, stationId, range);
  const sessions: FactSession[] = rows.map((s) => ({ ...s, hours: sessionHours(s) }));
  const indexOf = new Map(sessions.map((s, i) => [s.id, i]));
  const trainersOf: { id: string; name: string }[][] = sessions.map(() => []);
  for (const t of trainersIn(db, stationId, range)) trainersOf[indexOf.get(t.session_id)!]!.push({ id: t.trainer_id, name: t.name });
  const tradeNames = new Map(
    (db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[]).map((t) => [t.id, t.name]),
  );
  const roster = readRoster(db, stationId);
  const present = new PresentReader(db);
  const [createdFrom, createdTo] = instantBounds(range);
  const newWorkers = db
    .prepare('SELECT count(*) FROM workers WHERE station_id = ? AND merged_into IS NULL AND created_at >= ? AND created_at < ?')
    .pluck()
    .get(stationId, createdFrom, createdTo) as number;
  const certificateIds = db
    .prepare('SELECT id FROM certificates WHERE station_id = ? AND issued_on >= ? AND issued_on <= ? ORDER BY issued_on, id')
    .pluck()
    .all(stationId, range.from, range.to) as string[];
  const certifiedSeqs = db
    .prepare(`SELECT w.seq FROM certificates c JOIN workers w ON w.id = c.worker_id WHERE c.station_id = ? AND c.kind = 'skill_level' AND c.issued_on <= ?`)
    .pluck()
    .all(stationId, range.to) as number[];
  const mandarin = db
    .prepare(
      `SELECT ifnull(k.mandarin_level, 'unknown') AS level, count(DISTINCT k.id) AS workers
       FROM training_sessions s JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
       JOIN workers w ON w.id = a.worker_id JOIN workers k ON k.id = ifnull(w.merged_into, w.id)
       WHERE s.station_id = ? AND s.state = 'closed' AND s.category = ? AND s.starts_at >= ? AND s.starts_at < ?
       GROUP BY 1`,
    )
    .all(stationId, LANGUAGE, range.startWall, range.endWall) as { level: MandarinLevel; workers: number }[];
  return computePeriodFigures({
    stationId,
    stationName: station.name,
    kind,
    period,
    range,
    label: categoryLabels(db, stationId),
    sessions,
    trainersOf,
    tradeNames,
    roster,
    present: (i) => present.read(sessions[i]!.id, sessions[i]!.hours),
    newWorkers,
    certificateIds,
    certifiedSeqs,
    mandarin,
    plan: (counted) => planProgress(db, stationId, Number(period.slice(0, 4)), range, counted),
  });
}
