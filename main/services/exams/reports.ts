import type { Database } from 'better-sqlite3';
import type { PassRateReport, PassRateRow } from '../../../shared/contract/exam-types';
import { CONTENT_CATEGORY_ZH } from '../../../shared/domain/vocab';
import { CURRENT } from './results';

interface Taken {
  attendance_id: string;
  session_id: string;
  title: string;
  starts_at: string;
  category: string;
  trade_id: string | null;
  trade_name: string | null;
  passed: number;
  best: number;
}

function rows(groups: Map<string, { label: string; takers: number; passed: number; sum: number }>): PassRateRow[] {
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, takers: g.takers, passed: g.passed, rate: g.takers ? g.passed / g.takers : null, averagePercent: g.takers ? Math.round((g.sum / g.takers) * 10) / 10 : null }))
    .sort((a, b) => b.takers - a.takers || a.label.localeCompare(b.label));
}

/**
 * Pass rates over the sessions starting in [from, to) (station dates): each attendance counts once,
 * passed when any attempt's current result passed, at its best percent. By session, by the session's
 * content category, by the worker's trade and by each of the session's trainers.
 */
export function passRates(db: Database, stationId: string, from: string, to: string): PassRateReport {
  const taken = db
    .prepare(
      `SELECT r.attendance_id, s.id AS session_id, s.title, s.starts_at, s.category, w.trade_id, t.name AS trade_name,
              max(r.passed) AS passed, max(r.score * 100.0 / r.max_score) AS best
       FROM exam_results r
       JOIN training_sessions s ON s.id = r.session_id
       JOIN workers w ON w.id = r.worker_id
       LEFT JOIN trades t ON t.id = w.trade_id
       WHERE r.station_id = ? AND s.starts_at >= ? AND s.starts_at < ? AND ${CURRENT}
       GROUP BY r.attendance_id`,
    )
    .all(stationId, from, to) as Taken[];
  const trainers = db
    .prepare(
      `SELECT st.session_id, t.id, t.name FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id
       JOIN training_sessions s ON s.id = st.session_id WHERE s.station_id = ? AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .all(stationId, from, to) as { session_id: string; id: string; name: string }[];
  const own = new Map((db.prepare("SELECT code, label FROM vocab WHERE station_id = ? AND list = 'content_category'").all(stationId) as { code: string; label: string }[]).map((o) => [o.code, o.label]));
  const bySession = new Map<string, { label: string; takers: number; passed: number; sum: number }>();
  const byCategory = new Map<string, { label: string; takers: number; passed: number; sum: number }>();
  const byTrade = new Map<string, { label: string; takers: number; passed: number; sum: number }>();
  const byTrainer = new Map<string, { label: string; takers: number; passed: number; sum: number }>();
  const trainersOf = new Map<string, { id: string; name: string }[]>();
  for (const t of trainers) trainersOf.set(t.session_id, [...(trainersOf.get(t.session_id) ?? []), t]);
  const add = (m: typeof bySession, key: string, label: string, x: Taken) => {
    const g = m.get(key) ?? { label, takers: 0, passed: 0, sum: 0 };
    g.takers++;
    g.passed += x.passed;
    g.sum += x.best;
    m.set(key, g);
  };
  for (const x of taken) {
    add(bySession, x.session_id, `${x.starts_at.slice(0, 10)} ${x.title}`, x);
    add(byCategory, x.category, (CONTENT_CATEGORY_ZH as Record<string, string>)[x.category] ?? own.get(x.category) ?? x.category, x);
    add(byTrade, x.trade_id ?? '', x.trade_name ?? '', x);
    for (const t of trainersOf.get(x.session_id) ?? []) add(byTrainer, t.id, t.name, x);
  }
  return { bySession: rows(bySession), byCategory: rows(byCategory), byTrade: rows(byTrade), byTrainer: rows(byTrainer) };
}

/** Per attendance of a session: passed and best score (percent), for the national platform's isPass / trainingScore. */
export function platformScores(db: Database, sessionIds: readonly string[]): Map<string, { isPass: boolean; score: number }> {
  const out = new Map<string, { isPass: boolean; score: number }>();
  for (let i = 0; i < sessionIds.length; i += 500) {
    const part = sessionIds.slice(i, i + 500);
    const rs = db
      .prepare(
        `SELECT r.session_id, r.worker_id, max(r.passed) AS passed, max(r.score * 100.0 / r.max_score) AS best FROM exam_results r
         WHERE r.session_id IN (${part.map(() => '?').join(',')}) AND ${CURRENT} GROUP BY r.attendance_id`,
      )
      .all(...part) as { session_id: string; worker_id: string; passed: number; best: number }[];
    for (const r of rs) out.set(`${r.session_id}:${r.worker_id}`, { isPass: r.passed === 1, score: Math.round(r.best * 10) / 10 });
  }
  return out;
}
