import type { Database } from 'better-sqlite3';
import type { EduBrief, EduLevelProgress, EduLevelSession, EduProgress, SafetyEducationSettings } from '../../../shared/contract/safety-education-types';
import { EDU_LEVELS, type EduLevel, type EduState } from '../../../shared/domain/safety-education';
import { levelPassed } from './passes';

interface Row {
  worker_id: string;
  level: EduLevel;
  session_id: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  state: 'planned' | 'open' | 'closed';
  credited_hours: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Attendance that counts towards a level: present, in a session marked with that level that was not
 * cancelled. Hours are what closing credited (an open session's attendance shows, with no hours yet).
 */
function levelRows(db: Database, where: { workerIds: readonly string[] } | { stationId: string }): Row[] {
  const base = `SELECT a.worker_id, e.level, s.id AS session_id, s.title, s.description, s.starts_at, s.ends_at, s.state, a.credited_hours
     FROM safety_edu_sessions e
     JOIN training_sessions s ON s.id = e.session_id
     JOIN attendance a ON a.session_id = s.id
     WHERE a.status = 'present' AND s.state != 'cancelled'`;
  if ('stationId' in where) return db.prepare(`${base} AND e.station_id = ? ORDER BY s.starts_at, s.id`).all(where.stationId) as Row[];
  const out: Row[] = [];
  // SQLite's bound-parameter limit is far above this; chunks keep each statement small.
  for (let i = 0; i < where.workerIds.length; i += 500) {
    const chunk = where.workerIds.slice(i, i + 500);
    out.push(...(db.prepare(`${base} AND a.worker_id IN (${chunk.map(() => '?').join(',')}) ORDER BY s.starts_at, s.id`).all(...chunk) as Row[]));
  }
  return out;
}

function trainersOf(db: Database, sessionIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!sessionIds.length) return out;
  const unique = [...new Set(sessionIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT st.session_id, t.name FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id WHERE st.session_id IN (${chunk.map(() => '?').join(',')}) ORDER BY t.name`)
      .all(...chunk) as { session_id: string; name: string }[];
    for (const r of rows) out.set(r.session_id, [...(out.get(r.session_id) ?? []), r.name]);
  }
  return out;
}

function build(db: Database, workerId: string, rows: Row[], settings: SafetyEducationSettings, trainers: Map<string, string[]>): EduProgress {
  const levels: EduLevelProgress[] = EDU_LEVELS.map((level) => {
    const mine = rows.filter((r) => r.level === level);
    const sessions: EduLevelSession[] = mine.map((r) => ({
      sessionId: r.session_id,
      title: r.title,
      content: r.description,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      state: r.state,
      trainerNames: trainers.get(r.session_id) ?? [],
      creditedHours: r.state === 'closed' ? (r.credited_hours ?? 0) : null,
    }));
    const hours = round1(sessions.reduce((sum, s) => sum + (s.creditedHours ?? 0), 0));
    const requiredHours = settings.minHours[level];
    const passRequired = settings.passRequired[level];
    const pass = levelPassed(db, workerId, level, sessions.map((s) => s.sessionId));
    const missingHours = round1(Math.max(0, requiredHours - hours));
    const missingPass = passRequired && pass.passed !== true;
    return { level, requiredHours, hours, passRequired, passed: pass.passed, score: pass.score, complete: missingHours === 0 && !missingPass, missingHours, missingPass, sessions };
  });
  const due = levels.filter((l) => !l.complete).map((l) => l.level);
  const state: EduState = due.length === 0 ? 'cleared' : levels.some((l) => l.sessions.length > 0) ? 'in_progress' : 'not_started';
  return { workerId, state, levels, due };
}

export function progressOf(db: Database, workerIds: readonly string[], settings: SafetyEducationSettings): EduProgress[] {
  const rows = levelRows(db, { workerIds });
  return group(db, workerIds, rows, settings);
}

export function stationProgress(db: Database, stationId: string, workerIds: readonly string[], settings: SafetyEducationSettings): EduProgress[] {
  return group(db, workerIds, levelRows(db, { stationId }), settings);
}

function group(db: Database, workerIds: readonly string[], rows: Row[], settings: SafetyEducationSettings): EduProgress[] {
  const byWorker = new Map<string, Row[]>();
  for (const r of rows) byWorker.set(r.worker_id, [...(byWorker.get(r.worker_id) ?? []), r]);
  const trainers = trainersOf(db, rows.map((r) => r.session_id));
  return workerIds.map((w) => build(db, w, byWorker.get(w) ?? [], settings, trainers));
}

export function briefOf(p: EduProgress): EduBrief {
  return {
    workerId: p.workerId,
    state: p.state,
    due: p.levels.filter((l) => !l.complete).map((l) => ({ level: l.level, missingHours: l.missingHours, missingPass: l.missingPass })),
  };
}
