import type { Database } from 'better-sqlite3';
import type { Exam, ExamResult, SessionExamRow, WorkerExamRow } from '../../../shared/contract/exam-types';
import { AppError } from '../../../shared/contract/result';

export interface ResultDbRow {
  seq: number;
  id: string;
  station_id: string;
  exam_id: string;
  session_id: string;
  attendance_id: string;
  worker_id: string;
  attempt_id: string;
  attempt_no: number;
  score: number;
  max_score: number;
  passed: number;
  method: ExamResult['method'];
  at: string;
  device_id: string | null;
  account_id: string | null;
  idempotency_key: string | null;
  corrects: string | null;
  reason: string | null;
}

export function resultOf(r: ResultDbRow): ExamResult {
  return {
    id: r.id, examId: r.exam_id, sessionId: r.session_id, attendanceId: r.attendance_id, workerId: r.worker_id, attemptId: r.attempt_id,
    attemptNo: r.attempt_no, score: r.score, maxScore: r.max_score, percent: Math.round((r.score / r.max_score) * 1000) / 10, passed: r.passed === 1,
    method: r.method, at: r.at, deviceId: r.device_id, accountId: r.account_id, corrects: r.corrects, reason: r.reason,
  };
}

/** The current result of each attempt is its latest row (a correction is appended, never written over). */
export const CURRENT = 'r.seq = (SELECT max(seq) FROM exam_results x WHERE x.attempt_id = r.attempt_id)';

/** Passed when a percent reaches the mark (rounded to a tenth, so 59.99 % is not 60 %). */
export function passes(score: number, maxScore: number, passPercent: number): boolean {
  return Math.round((score / maxScore) * 1000) / 10 >= passPercent;
}

/** Whether this attendance has a passed exam (any attempt's current result). For the levels of 三级安全教育 and the subsidy rules. */
export function passedExam(db: Database, attendanceId: string): boolean {
  return !!db.prepare(`SELECT 1 FROM exam_results r WHERE r.attendance_id = ? AND ${CURRENT} AND r.passed = 1 LIMIT 1`).get(attendanceId);
}

/** The best current result of an attendance (passed first, then the highest percent, then the latest), or null. */
export function bestResult(db: Database, attendanceId: string): ExamResult | null {
  const r = db
    .prepare(`SELECT r.* FROM exam_results r WHERE r.attendance_id = ? AND ${CURRENT} ORDER BY r.passed DESC, r.score / r.max_score DESC, r.seq DESC LIMIT 1`)
    .get(attendanceId) as ResultDbRow | undefined;
  return r ? resultOf(r) : null;
}

/** Every row (corrections included) of an attendance, oldest first. */
export function resultHistory(db: Database, attendanceId: string): ExamResult[] {
  return (db.prepare('SELECT * FROM exam_results WHERE attendance_id = ? ORDER BY seq').all(attendanceId) as ResultDbRow[]).map(resultOf);
}

export function getResult(db: Database, id: string): ResultDbRow {
  const r = db.prepare('SELECT * FROM exam_results WHERE id = ?').get(id) as ResultDbRow | undefined;
  if (!r) throw new AppError('not_found', 'No such result', { entity: 'exam_result' });
  return r;
}

/** A worker's current results, best per attendance, for the worker page. */
export function workerResults(db: Database, workerIds: readonly string[]): WorkerExamRow[] {
  const rows = db
    .prepare(
      `SELECT r.*, s.title AS session_title, s.starts_at FROM exam_results r JOIN training_sessions s ON s.id = r.session_id
       WHERE r.worker_id IN (${workerIds.map(() => '?').join(',')}) AND ${CURRENT}
       ORDER BY s.starts_at DESC, r.passed DESC, r.score / r.max_score DESC`,
    )
    .all(...workerIds) as (ResultDbRow & { session_title: string; starts_at: string })[];
  const seen = new Set<string>();
  const out: WorkerExamRow[] = [];
  for (const r of rows) {
    if (seen.has(r.attendance_id)) continue;
    seen.add(r.attendance_id);
    out.push({ sessionId: r.session_id, sessionTitle: r.session_title, startsAt: r.starts_at, result: resultOf(r) });
  }
  return out;
}

/** The session's present attendees with their attempts and results, for the trainer's table. */
export function resultsOfSession(db: Database, sessionId: string, exam: Exam | null, nowIso: string): SessionExamRow[] {
  const people = db
    .prepare(
      `SELECT a.id AS attendance_id, w.id AS worker_id, w.name, w.team FROM attendance a JOIN workers w ON w.id = a.worker_id
       WHERE a.session_id = ? AND a.status = 'present' ORDER BY w.team, w.name`,
    )
    .all(sessionId) as { attendance_id: string; worker_id: string; name: string; team: string }[];
  const all = db.prepare('SELECT * FROM exam_results WHERE session_id = ? ORDER BY seq').all(sessionId) as ResultDbRow[];
  const attempts = db
    .prepare("SELECT attendance_id, count(*) AS n, sum(state = 'open' AND deadline_at > ?) AS open FROM exam_attempts WHERE session_id = ? GROUP BY attendance_id")
    .all(nowIso, sessionId) as { attendance_id: string; n: number; open: number }[];
  const byAttendance = new Map<string, ResultDbRow[]>();
  for (const r of all) byAttendance.set(r.attendance_id, [...(byAttendance.get(r.attendance_id) ?? []), r]);
  const att = new Map(attempts.map((a) => [a.attendance_id, a]));
  void exam;
  return people.map((p) => {
    const rows = byAttendance.get(p.attendance_id) ?? [];
    const latest = new Map<string, ResultDbRow>();
    for (const r of rows) latest.set(r.attempt_id, r);
    const current = [...latest.values()].sort((a, b) => b.passed - a.passed || b.score / b.max_score - a.score / a.max_score || b.seq - a.seq);
    return {
      attendanceId: p.attendance_id, workerId: p.worker_id, name: p.name, team: p.team,
      attempts: att.get(p.attendance_id)?.n ?? 0, best: current[0] ? resultOf(current[0]) : null, results: rows.map(resultOf), openAttempt: (att.get(p.attendance_id)?.open ?? 0) > 0,
    };
  });
}
