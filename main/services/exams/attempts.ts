import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { Exam, ExamFinishAnswer, ExamMethod, ExamPaper, ExamResult, ExamStartAnswer } from '../../../shared/contract/exam-types';
import { AppError } from '../../../shared/contract/result';
import { isRight } from '../../../shared/domain/exam-questions';
import { classifyScan, maskName } from '../../../shared/domain/scan-codes';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { newId } from '../../lib/ids';
import { poolFor, questionsById } from './bank';
import { examForSession, getExam } from './exams';
import { drawPaper, presentQuestion, TooFewQuestions, type PaperItem } from './paper';
import { bestResult, CURRENT, getResult, passes, resultOf, type ResultDbRow } from './results';

/**
 * A worker who leaves the exam half-way can come back and resume the same attempt (same questions,
 * same option order, the answers given so far) until its deadline: the time limit, or without one,
 * this long after it began. Past the deadline the attempt is marked as it stands, unanswered questions
 * wrong, and counts as one of the attempts allowed (usually not passed).
 */
export const OPEN_WITHOUT_LIMIT_MS = 24 * 3600_000;

interface AttemptDbRow {
  id: string;
  station_id: string;
  exam_id: string;
  session_id: string;
  attendance_id: string;
  worker_id: string;
  attempt_no: number;
  method: ExamMethod;
  seed: string;
  paper_json: string;
  answers_json: string;
  language: string;
  started_at: string;
  deadline_at: string;
  state: 'open' | 'finished';
}

type Answers = Record<string, number[]>;

interface WorkerHit {
  id: string;
  name: string;
  team: string;
  language: string;
  status: string;
  station_id: string;
  archived_at: string | null;
}
const HIT = 'id, name, team, language, status, station_id, archived_at';

/** Who the exam scan points at, on this station only (the door's rules: badge, QR, ID card or last digits). */
export function resolveWorker(db: Database, stationId: string, who: { code?: string | undefined; workerId?: string | undefined; method: string }): { worker: WorkerHit } | { outcome: 'unknown_code' } | { candidates: ExamStartAnswer['candidates'] } {
  const usable = (w: WorkerHit | undefined) => (w && !w.archived_at && w.station_id === stationId ? { worker: w } : { outcome: 'unknown_code' as const });
  if (who.workerId) return usable(db.prepare(`SELECT ${HIT} FROM workers WHERE id = ?`).get(who.workerId) as WorkerHit | undefined);
  const scanned = classifyScan(who.code ?? '');
  if (scanned.kind === 'empty') return { outcome: 'unknown_code' };
  if (scanned.kind === 'id_number')
    return usable(db.prepare(`SELECT ${HIT} FROM workers WHERE station_id = ? AND id_type = 'resident' AND id_number = ? AND archived_at IS NULL`).get(stationId, scanned.value) as WorkerHit | undefined);
  if (scanned.kind === 'digits' && who.method === 'id_digits') {
    const rev = [...scanned.value].reverse().join('');
    const hits = db
      .prepare(`SELECT ${HIT} FROM workers WHERE station_id = ? AND id_rev >= ? AND id_rev < ? AND archived_at IS NULL ORDER BY name LIMIT 9`)
      .all(stationId, rev, rev + '\uffff') as WorkerHit[];
    if (hits.length === 1) return { worker: hits[0]! };
    if (!hits.length) return { outcome: 'unknown_code' };
    return { candidates: hits.map((h) => ({ workerId: h.id, maskedName: maskName(h.name), team: h.team })) };
  }
  const badge = db.prepare('SELECT worker_id, revoked_at FROM badges WHERE station_id = ? AND code = ?').get(stationId, scanned.value) as { worker_id: string; revoked_at: string | null } | undefined;
  if (badge && !badge.revoked_at) return usable(db.prepare(`SELECT ${HIT} FROM workers WHERE id = ?`).get(badge.worker_id) as WorkerHit | undefined);
  if (badge) return { outcome: 'unknown_code' };
  return usable(db.prepare(`SELECT ${HIT} FROM workers WHERE station_id = ? AND badge_code = ? AND archived_at IS NULL`).get(stationId, scanned.value) as WorkerHit | undefined);
}

function markPaper(paper: PaperItem[], answers: Answers): { score: number; max: number; correct: number } {
  let score = 0;
  let max = 0;
  let correct = 0;
  for (const item of paper) {
    max += item.points;
    if (isRight(item.answer, answers[item.id] ?? [])) (score += item.points, correct++);
  }
  return { score, max, correct };
}

function insertResult(db: Database, a: AttemptDbRow, exam: Exam, score: number, max: number, at: string, caller: Caller, key: string | null): ResultDbRow {
  const id = newId(Date.parse(at));
  db.prepare(
    `INSERT INTO exam_results (id, station_id, exam_id, session_id, attendance_id, worker_id, attempt_id, attempt_no, score, max_score, passed, method, at, device_id, account_id, idempotency_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, a.station_id, a.exam_id, a.session_id, a.attendance_id, a.worker_id, a.id, a.attempt_no, score, max, passes(score, max, exam.passPercent) ? 1 : 0, a.method, at, caller.deviceId ?? null, caller.accountId ?? null, key);
  return getResult(db, id);
}

/** Marks an attempt with the answers it has (and `answers` given now) and records its first result, once. */
function finishRow(db: Database, a: AttemptDbRow, answers: Answers | null, at: string, caller: Caller, key: string | null): { row: ResultDbRow; correct: number; total: number } {
  const paper = JSON.parse(a.paper_json) as PaperItem[];
  const merged: Answers = { ...(JSON.parse(a.answers_json) as Answers), ...(answers ?? {}) };
  const { score, max, correct } = markPaper(paper, merged);
  db.prepare("UPDATE exam_attempts SET answers_json = ?, state = 'finished', updated_at = ? WHERE id = ?").run(JSON.stringify(merged), at, a.id);
  return { row: insertResult(db, a, getExam(db, a.exam_id), score, max, at, caller, key), correct, total: paper.length };
}

/** Open attempts past their deadline are marked as they stand (see OPEN_WITHOUT_LIMIT_MS). */
export function settleExpired(db: Database, nowIso: string, where: { attendanceId?: string; sessionId?: string } = {}): number {
  const cond = where.attendanceId ? 'AND attendance_id = ?' : where.sessionId ? 'AND session_id = ?' : '';
  const args = where.attendanceId ?? where.sessionId;
  const rows = db.prepare(`SELECT * FROM exam_attempts WHERE state = 'open' AND deadline_at <= ? ${cond}`).all(...(args ? [nowIso, args] : [nowIso])) as AttemptDbRow[];
  if (!rows.length) return 0;
  db.transaction(() => {
    for (const a of rows) finishRow(db, a, null, a.deadline_at, { role: 'anonymous', via: 'internal' }, null);
  }).immediate();
  return rows.length;
}

function paperOf(db: Database, a: AttemptDbRow, exam: Exam, worker: WorkerHit, language: Language, resumed: boolean): ExamPaper {
  const items = JSON.parse(a.paper_json) as PaperItem[];
  const qs = questionsById(db, items.map((i) => i.id));
  return {
    attemptId: a.id, attemptNo: a.attempt_no, attemptsAllowed: exam.attemptsAllowed,
    worker: { id: worker.id, name: worker.name, language },
    title: exam.title,
    questions: items.map((i) => presentQuestion(qs.get(i.id)!, i, language)),
    answers: JSON.parse(a.answers_json) as Answers,
    deadlineAt: a.deadline_at, resumed, passPercent: exam.passPercent, maxScore: items.reduce((s, i) => s + i.points, 0),
  };
}

export interface StartInput {
  session: { id: string; stationId: string };
  code?: string | undefined;
  workerId?: string | undefined;
  method: string;
  language?: Language | undefined;
  takenBy: ExamMethod;
}

/**
 * A worker starts (or resumes) the session's exam: they must be on this station's roster and present
 * at the session; an open attempt is resumed; otherwise a new one is drawn while attempts remain.
 */
export function startAttempt(db: Database, nowIso: string, input: StartInput, caller: Caller): ExamStartAnswer {
  const none: ExamStartAnswer = { outcome: 'unknown_code', paper: null, candidates: [], workerName: null, language: input.language ?? null, last: null };
  const found = resolveWorker(db, input.session.stationId, input);
  if ('outcome' in found) return none;
  if ('candidates' in found) return { ...none, outcome: 'choose', candidates: found.candidates };
  const w = found.worker;
  const language: Language = input.language ?? (isLanguage(w.language) ? w.language : 'zh-CN');
  const base = { ...none, workerName: w.name, language };
  if (w.status === 'left') return { ...base, outcome: 'worker_left' };
  const exam = examForSession(db, input.session.id);
  if (!exam) return { ...base, outcome: 'no_exam' };
  const attendance = db.prepare("SELECT id FROM attendance WHERE session_id = ? AND worker_id = ? AND status = 'present' AND signed_in_at IS NOT NULL").get(input.session.id, w.id) as { id: string } | undefined;
  if (!attendance) return { ...base, outcome: 'not_attended' };
  settleExpired(db, nowIso, { attendanceId: attendance.id });

  return db.transaction((): ExamStartAnswer => {
    const open = db.prepare("SELECT * FROM exam_attempts WHERE attendance_id = ? AND state = 'open' ORDER BY attempt_no DESC LIMIT 1").get(attendance.id) as AttemptDbRow | undefined;
    if (open) {
      if (open.language !== language) db.prepare('UPDATE exam_attempts SET language = ? WHERE id = ?').run(language, open.id);
      return { ...base, outcome: 'paper', paper: paperOf(db, open, getExam(db, open.exam_id), w, language, true) };
    }
    const best = bestResult(db, attendance.id);
    if (best?.passed) return { ...base, outcome: 'already_passed', last: best };
    const taken = (db.prepare('SELECT count(*) AS n, coalesce(max(attempt_no), 0) AS last FROM exam_attempts WHERE attendance_id = ?').get(attendance.id) as { n: number; last: number });
    if (taken.n >= exam.attemptsAllowed && input.takenBy === 'kiosk') return { ...base, outcome: 'no_attempts_left', last: best };
    const seed = randomBytes(12).toString('base64url');
    let paper: PaperItem[];
    try {
      const pools = exam.mode === 'draw' ? exam.draw.map((d) => poolFor(db, exam.stationId, d.category, d.topic)) : [];
      const fixed = exam.mode === 'fixed' ? [...questionsById(db, exam.questionIds).values()].sort((a, b) => exam.questionIds.indexOf(a.id) - exam.questionIds.indexOf(b.id)) : [];
      paper = drawPaper(exam, pools, fixed, seed);
    } catch (err) {
      if (err instanceof TooFewQuestions) return { ...base, outcome: 'too_few_questions' };
      throw err;
    }
    if (!paper.length) return { ...base, outcome: 'too_few_questions' };
    const nowMs = Date.parse(nowIso);
    const deadline = new Date(nowMs + (exam.timeLimitMinutes ? exam.timeLimitMinutes * 60_000 : OPEN_WITHOUT_LIMIT_MS)).toISOString();
    const id = newId(nowMs);
    db.prepare(
      `INSERT INTO exam_attempts (id, station_id, exam_id, session_id, attendance_id, worker_id, attempt_no, method, seed, paper_json, language, started_at, deadline_at, device_id, account_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, exam.stationId, exam.id, input.session.id, attendance.id, w.id, taken.last + 1, input.takenBy, seed, JSON.stringify(paper), language, nowIso, deadline, caller.deviceId ?? null, caller.accountId ?? null, nowIso);
    const row = db.prepare('SELECT * FROM exam_attempts WHERE id = ?').get(id) as AttemptDbRow;
    return { ...base, outcome: 'paper', paper: paperOf(db, row, exam, w, language, false) };
  }).immediate();
}

function attemptFor(db: Database, attemptId: string, caller: Caller): AttemptDbRow {
  const a = db.prepare('SELECT * FROM exam_attempts WHERE id = ?').get(attemptId) as AttemptDbRow | undefined;
  if (!a) throw new AppError('not_found', 'No such attempt', { entity: 'exam_attempt' });
  if (caller.role === 'kiosk' && caller.stationId && caller.stationId !== a.station_id) throw new AppError('forbidden', 'This kiosk belongs to another station');
  return a;
}

function checkAnswers(a: AttemptDbRow, answers: Answers): void {
  const paper = JSON.parse(a.paper_json) as PaperItem[];
  const byId = new Map(paper.map((p) => [p.id, p]));
  for (const [qid, chosen] of Object.entries(answers)) {
    const item = byId.get(qid);
    if (!item) throw new AppError('invalid_input', 'Not a question of this paper', { fields: [{ path: `answers.${qid}`, message: 'not on the paper' }] });
    if (chosen.some((i) => !item.order.includes(i))) throw new AppError('invalid_input', 'No such option', { fields: [{ path: `answers.${qid}`, message: 'no such option' }] });
  }
}

/** Keeps the answers given so far (the kiosk sends them as the worker goes), so a worker who leaves can resume. */
export function saveAnswers(db: Database, nowIso: string, attemptId: string, answers: Answers, caller: Caller): { saved: boolean; state: 'open' | 'finished' } {
  const a = attemptFor(db, attemptId, caller);
  checkAnswers(a, answers);
  if (a.state !== 'open') return { saved: false, state: 'finished' };
  if (a.deadline_at <= nowIso) {
    settleExpired(db, nowIso, { attendanceId: a.attendance_id });
    return { saved: false, state: 'finished' };
  }
  db.transaction(() => {
    const cur = db.prepare('SELECT answers_json, state FROM exam_attempts WHERE id = ?').get(a.id) as { answers_json: string; state: string };
    if (cur.state !== 'open') return;
    db.prepare('UPDATE exam_attempts SET answers_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify({ ...(JSON.parse(cur.answers_json) as Answers), ...answers }), nowIso, a.id);
  }).immediate();
  return { saved: true, state: 'open' };
}

/**
 * The worker (or the trainer, orally) hands the paper in. Sent twice (a retry, a second tablet holding
 * the same attempt), it is recorded once: the key's result, or the attempt's first result, comes back
 * with `repeat`. Answers sent after the deadline are not counted; the paper is marked as it stood.
 */
export function finishAttempt(db: Database, nowIso: string, input: { attemptId: string; answers: Answers; idempotencyKey: string }, caller: Caller): ExamFinishAnswer {
  const a = attemptFor(db, input.attemptId, caller);
  checkAnswers(a, input.answers);
  return db.transaction((): ExamFinishAnswer => {
    const total = (JSON.parse(a.paper_json) as PaperItem[]).length;
    const replay = (r: ResultDbRow): ExamFinishAnswer => {
      const current = db.prepare(`SELECT * FROM exam_results r WHERE r.attempt_id = ? AND ${CURRENT}`).get(r.attempt_id) as ResultDbRow;
      const fresh = db.prepare('SELECT * FROM exam_attempts WHERE id = ?').get(a.id) as AttemptDbRow;
      return { result: resultOf(current), repeat: true, correct: markPaper(JSON.parse(fresh.paper_json) as PaperItem[], JSON.parse(fresh.answers_json) as Answers).correct, total };
    };
    const byKey = db.prepare('SELECT * FROM exam_results WHERE idempotency_key = ?').get(input.idempotencyKey) as ResultDbRow | undefined;
    if (byKey) {
      if (byKey.attempt_id !== a.id) throw new AppError('conflict', 'That key was used for another attempt', { reason: 'key_reused' });
      return replay(byKey);
    }
    const fresh = db.prepare('SELECT * FROM exam_attempts WHERE id = ?').get(a.id) as AttemptDbRow;
    if (fresh.state === 'finished') return replay(db.prepare('SELECT * FROM exam_results WHERE attempt_id = ? AND corrects IS NULL').get(a.id) as ResultDbRow);
    const late = fresh.deadline_at <= nowIso;
    const done = finishRow(db, fresh, late ? null : input.answers, late ? fresh.deadline_at : nowIso, caller, input.idempotencyKey);
    return { result: resultOf(done.row), repeat: false, correct: done.correct, total: done.total };
  }).immediate();
}

/**
 * Paper-exam scores for a session, one row a worker (method `paper`): each a finished attempt with its
 * result. A worker who already has a paper result keeps it (a change is a correction, with a reason).
 */
export function enterPaperScores(
  db: Database,
  nowIso: string,
  sessionId: string,
  maxScore: number,
  rows: { workerId: string; score: number }[],
  caller: Caller,
): { recorded: ExamResult[]; skipped: { workerId: string; reason: 'not_attended' | 'has_paper_result' }[] } {
  const exam = examForSession(db, sessionId);
  if (!exam) throw new AppError('conflict', 'The session has no exam', { reason: 'no_exam' });
  const recorded: ExamResult[] = [];
  const skipped: { workerId: string; reason: 'not_attended' | 'has_paper_result' }[] = [];
  db.transaction(() => {
    for (const r of rows) {
      if (r.score > maxScore) throw new AppError('invalid_input', 'Score above the maximum', { fields: [{ path: `rows.${rows.indexOf(r)}.score`, message: 'above the maximum' }] });
      const att = db.prepare("SELECT id FROM attendance WHERE session_id = ? AND worker_id = ? AND status = 'present'").get(sessionId, r.workerId) as { id: string } | undefined;
      if (!att) {
        skipped.push({ workerId: r.workerId, reason: 'not_attended' });
        continue;
      }
      if (db.prepare("SELECT 1 FROM exam_attempts WHERE attendance_id = ? AND method = 'paper'").get(att.id)) {
        skipped.push({ workerId: r.workerId, reason: 'has_paper_result' });
        continue;
      }
      const last = (db.prepare('SELECT coalesce(max(attempt_no), 0) AS n FROM exam_attempts WHERE attendance_id = ?').get(att.id) as { n: number }).n;
      const id = newId(Date.parse(nowIso));
      db.prepare(
        `INSERT INTO exam_attempts (id, station_id, exam_id, session_id, attendance_id, worker_id, attempt_no, method, seed, paper_json, language, started_at, deadline_at, state, device_id, account_id, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'paper', '', '[]', 'zh-CN', ?, ?, 'finished', ?, ?, ?)`,
      ).run(id, exam.stationId, exam.id, sessionId, att.id, r.workerId, last + 1, nowIso, nowIso, caller.deviceId ?? null, caller.accountId ?? null, nowIso);
      const a = db.prepare('SELECT * FROM exam_attempts WHERE id = ?').get(id) as AttemptDbRow;
      recorded.push(resultOf(insertResult(db, a, exam, r.score, maxScore, nowIso, caller, null)));
    }
  }).immediate();
  return { recorded, skipped };
}

/** A corrected score: a new row naming the row it replaces and why; the attempt's current result from then on. */
export function correctResult(db: Database, nowIso: string, resultId: string, score: number, reason: string, caller: Caller): { before: ExamResult; after: ExamResult } {
  const target = getResult(db, resultId);
  const current = db.prepare(`SELECT * FROM exam_results r WHERE r.attempt_id = ? AND ${CURRENT}`).get(target.attempt_id) as ResultDbRow;
  if (score > current.max_score) throw new AppError('invalid_input', 'Score above the maximum', { fields: [{ path: 'score', message: 'above the maximum' }] });
  const exam = getExam(db, current.exam_id);
  const id = newId(Date.parse(nowIso));
  db.prepare(
    `INSERT INTO exam_results (id, station_id, exam_id, session_id, attendance_id, worker_id, attempt_id, attempt_no, score, max_score, passed, method, at, device_id, account_id, corrects, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, current.station_id, current.exam_id, current.session_id, current.attendance_id, current.worker_id, current.attempt_id, current.attempt_no, score, current.max_score,
    passes(score, current.max_score, exam.passPercent) ? 1 : 0, current.method, nowIso, caller.deviceId ?? null, caller.accountId ?? null, current.id, reason);
  return { before: resultOf(current), after: resultOf(getResult(db, id)) };
}
