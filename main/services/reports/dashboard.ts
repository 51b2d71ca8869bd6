import type { Database } from 'better-sqlite3';
import type { Dashboard, TrainerOutput } from '../../../shared/contract/report-types';
import { planProgress } from './plan-progress';
import { categoryLabels, periodRange, round1, sessionHours, stationRow, type Range, type SessionHoursRow } from './scope';

/** Per trainer: sessions taught, class hours taught, attendees (person-times), most sessions first. */
export function trainerOutput(db: Database, stationId: string, r: Range): TrainerOutput[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, s.id AS session_id, s.starts_at, s.ends_at, s.minutes_per_hour, s.class_hours_override,
              (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'present') AS attendees
       FROM training_sessions s JOIN session_trainers st ON st.session_id = s.id JOIN trainers t ON t.id = st.trainer_id
       WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .all(stationId, r.startWall, r.endWall) as (SessionHoursRow & { id: string; name: string; session_id: string; attendees: number })[];
  const by = new Map<string, TrainerOutput>();
  for (const x of rows) {
    const t = by.get(x.id) ?? { trainerId: x.id, name: x.name, sessions: 0, hoursTaught: 0, attendees: 0, sessionIds: [] };
    t.sessions++;
    t.hoursTaught = round1(t.hoursTaught + sessionHours(x));
    t.attendees += x.attendees;
    t.sessionIds.push(x.session_id);
    by.set(x.id, t);
  }
  return [...by.values()].sort((a, b) => b.sessions - a.sessions || b.hoursTaught - a.hoursTaught || b.attendees - a.attendees || a.name.localeCompare(b.name, 'zh'));
}

/** The admin home's series for a year; each chart's numbers also serve as its table. */
export function dashboard(db: Database, stationId: string, year: number): Dashboard {
  stationRow(db, stationId);
  const r = periodRange('year', String(year));
  const perMonthRows = db
    .prepare(
      `SELECT substr(s.starts_at, 1, 7) AS month, count(DISTINCT s.id) AS sessions, count(a.id) AS personTimes
       FROM training_sessions s LEFT JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
       WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?
       GROUP BY 1`,
    )
    .all(stationId, r.startWall, r.endWall) as { month: string; sessions: number; personTimes: number }[];
  const byMonth = new Map(perMonthRows.map((m) => [m.month, m]));
  const perMonth = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return byMonth.get(month) ?? { month, sessions: 0, personTimes: 0 };
  });
  const label = categoryLabels(db, stationId);
  const sessions = db
    .prepare(
      `SELECT s.category, s.starts_at, s.ends_at, s.minutes_per_hour, s.class_hours_override,
              (SELECT coalesce(sum(a.credited_hours), 0) FROM attendance a WHERE a.session_id = s.id AND a.status = 'present') AS credited
       FROM training_sessions s WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .all(stationId, r.startWall, r.endWall) as (SessionHoursRow & { category: string; credited: number })[];
  const cats = new Map<string, { category: string; label: string; classHours: number; creditedHours: number }>();
  for (const s of sessions) {
    const c = cats.get(s.category) ?? { category: s.category, label: label(s.category), classHours: 0, creditedHours: 0 };
    c.classHours = round1(c.classHours + sessionHours(s));
    c.creditedHours = round1(c.creditedHours + s.credited);
    cats.set(s.category, c);
  }
  return {
    stationId,
    year,
    perMonth,
    hoursByCategory: [...cats.values()].sort((a, b) => b.classHours - a.classHours),
    plan: planProgress(db, stationId, year, r),
    trainers: trainerOutput(db, stationId, r),
  };
}
