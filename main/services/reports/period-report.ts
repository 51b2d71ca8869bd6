import type { Database } from 'better-sqlite3';
import type { FigureRow, PeriodKind, PeriodReport, ReportSession } from '../../../shared/contract/report-types';
import { ADVANCED_LEVELS, type SkillLevel } from '../../../shared/domain/vocab';
import { planProgress } from './plan-progress';
import { categoryLabels, instantBounds, percentOf, periodRange, round1, sessionHours, stationRow, type Range, type SessionHoursRow } from './scope';

interface SessionRow extends SessionHoursRow {
  id: string;
  title: string;
  category: string;
  skill_level: SkillLevel | null;
}

/**
 * Closed sessions whose start falls in the range. Cancelled, planned and still-open sessions are not
 * training done; a session across midnight counts on the day (and in the month) it started.
 */
export function sessionsIn(db: Database, stationId: string, r: Range): SessionRow[] {
  return db
    .prepare(
      `SELECT id, title, category, skill_level, starts_at, ends_at, minutes_per_hour, class_hours_override
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
 * Present attendances in those sessions, each credited to the worker who counts: a record merged into
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

type Fact = [sessionId: string, workerId: string, tradeId: string | null, team: string, credited: number | null];

class Group {
  sessionIds = new Set<string>();
  workers = new Set<string>();
  personTimes = 0;
  creditedHours = 0;
  constructor(
    readonly key: string,
    readonly label: string,
  ) {}
  add(f: Fact) {
    this.sessionIds.add(f[0]);
    this.workers.add(f[1]);
    this.personTimes++;
    this.creditedHours += f[4] ?? 0;
  }
  row(hoursOf: Map<string, number>): FigureRow {
    let classHours = 0;
    for (const id of this.sessionIds) classHours += hoursOf.get(id) ?? 0;
    return {
      key: this.key,
      label: this.label,
      sessions: this.sessionIds.size,
      personTimes: this.personTimes,
      distinctWorkers: this.workers.size,
      classHours: round1(classHours),
      creditedHours: round1(this.creditedHours),
      sessionIds: [...this.sessionIds],
    };
  }
}

class Groups {
  private map = new Map<string, Group>();
  get(key: string, label: () => string): Group {
    let g = this.map.get(key);
    if (!g) this.map.set(key, (g = new Group(key, label())));
    return g;
  }
  rows(hoursOf: Map<string, number>): FigureRow[] {
    return [...this.map.values()].map((g) => g.row(hoursOf)).sort((a, b) => b.personTimes - a.personTimes || a.label.localeCompare(b.label, 'zh'));
  }
}

/** The monthly / quarterly / annual figures, each with the session ids behind it. */
export function computePeriodReport(db: Database, stationId: string, kind: PeriodKind, period: string): PeriodReport {
  const station = stationRow(db, stationId);
  const range = periodRange(kind, period);
  const label = categoryLabels(db, stationId);
  const sessions = sessionsIn(db, stationId, range);
  const hoursOf = new Map(sessions.map((s) => [s.id, sessionHours(s)]));
  const trainerRows = trainersIn(db, stationId, range);
  const trainersOf = new Map<string, { id: string; name: string }[]>();
  for (const t of trainerRows) {
    const list = trainersOf.get(t.session_id) ?? [];
    list.push({ id: t.trainer_id, name: t.name });
    trainersOf.set(t.session_id, list);
  }
  const tradeNames = new Map(
    (db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[]).map((t) => [t.id, t.name]),
  );
  const sessionById = new Map(sessions.map((s) => [s.id, s]));

  const totals = new Group('total', '合计');
  const byCategory = new Groups();
  const byTrade = new Groups();
  const byTrainer = new Groups();
  const byTeam = new Groups();
  const perSession = new Map<string, number>();
  let advanced = 0;
  let leveled = 0;
  const facts = db.prepare(FACTS_SQL).raw(true).iterate(stationId, range.startWall, range.endWall) as IterableIterator<Fact>;
  for (const f of facts) {
    const s = sessionById.get(f[0])!;
    totals.add(f);
    byCategory.get(s.category, () => label(s.category)).add(f);
    byTrade.get(f[2] ?? '', () => (f[2] ? (tradeNames.get(f[2]) ?? f[2]) : '未填工种')).add(f);
    byTeam.get(f[3], () => f[3] || '未填班组').add(f);
    for (const t of trainersOf.get(f[0]) ?? []) byTrainer.get(t.id, () => t.name).add(f);
    perSession.set(f[0], (perSession.get(f[0]) ?? 0) + 1);
    if (s.skill_level) {
      leveled++;
      if (ADVANCED_LEVELS.includes(s.skill_level)) advanced++;
    }
  }
  // Sessions held count even when nobody attended: put each into its category and trainers' groups.
  for (const s of sessions) {
    totals.sessionIds.add(s.id);
    byCategory.get(s.category, () => label(s.category)).sessionIds.add(s.id);
    for (const t of trainersOf.get(s.id) ?? []) byTrainer.get(t.id, () => t.name).sessionIds.add(s.id);
  }

  const [createdFrom, createdTo] = instantBounds(range);
  const newWorkers = db
    .prepare('SELECT count(*) FROM workers WHERE station_id = ? AND merged_into IS NULL AND created_at >= ? AND created_at < ?')
    .pluck()
    .get(stationId, createdFrom, createdTo) as number;
  const certificateIds = db
    .prepare('SELECT id FROM certificates WHERE station_id = ? AND issued_on >= ? AND issued_on <= ? ORDER BY issued_on, id')
    .pluck()
    .all(stationId, range.from, range.to) as string[];

  const reportSessions: ReportSession[] = sessions.map((s) => ({
    id: s.id,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    title: s.title,
    category: s.category,
    categoryLabel: label(s.category),
    trainerNames: (trainersOf.get(s.id) ?? []).map((t) => t.name),
    classHours: hoursOf.get(s.id) ?? 0,
    personTimes: perSession.get(s.id) ?? 0,
  }));

  return {
    stationId,
    stationName: station.name,
    kind,
    period,
    from: range.from,
    to: range.to,
    totals: totals.row(hoursOf),
    byCategory: byCategory.rows(hoursOf),
    byTrade: byTrade.rows(hoursOf),
    byTrainer: byTrainer.rows(hoursOf),
    byTeam: byTeam.rows(hoursOf),
    newWorkers,
    certificates: { count: certificateIds.length, certificateIds },
    advanced: { advancedPersonTimes: advanced, leveledPersonTimes: leveled, percent: percentOf(advanced, leveled) },
    plan: planProgress(db, stationId, Number(period.slice(0, 4)), range),
    sessions: reportSessions,
  };
}
