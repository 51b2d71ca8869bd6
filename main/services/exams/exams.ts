import type { Database } from 'better-sqlite3';
import type { Exam, ExamFields, SessionExamView } from '../../../shared/contract/exam-types';
import { AppError } from '../../../shared/contract/result';
import { newId } from '../../lib/ids';
import { poolFor, questionsById } from './bank';
import { resultsOfSession } from './results';

interface ExamDbRow {
  id: string;
  station_id: string;
  session_id: string | null;
  series_id: string | null;
  title: string;
  mode: 'draw' | 'fixed';
  draw_json: string;
  question_ids_json: string;
  pass_percent: number;
  time_limit_min: number | null;
  attempts_allowed: number;
  shuffle_options: number;
  created_at: string;
  updated_at: string;
}

function examOf(db: Database, r: ExamDbRow): Exam {
  const draw = JSON.parse(r.draw_json) as Exam['draw'];
  const questionIds = JSON.parse(r.question_ids_json) as string[];
  let questionCount: number;
  let maxScore: number;
  if (r.mode === 'fixed') {
    const qs = questionsById(db, questionIds);
    questionCount = questionIds.length;
    maxScore = questionIds.reduce((s, id) => s + (qs.get(id)?.points ?? 0), 0);
  } else {
    questionCount = draw.reduce((s, d) => s + d.count, 0);
    // Drawn papers may differ in points; the pass mark is a percent of each paper's own total.
    maxScore = draw.reduce((s, d) => {
      const pool = poolFor(db, r.station_id, d.category, d.topic);
      const avg = pool.length ? pool.reduce((a, q) => a + q.points, 0) / pool.length : 1;
      return s + avg * d.count;
    }, 0);
  }
  return {
    id: r.id, stationId: r.station_id, sessionId: r.session_id, seriesId: r.series_id, title: r.title, mode: r.mode, draw, questionIds,
    passPercent: r.pass_percent, timeLimitMinutes: r.time_limit_min, attemptsAllowed: r.attempts_allowed, shuffleOptions: r.shuffle_options === 1,
    questionCount, maxScore: Math.round(maxScore * 10) / 10, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** The exam a session's workers take: the session's own, else its series'. */
export function examForSession(db: Database, sessionId: string): Exam | null {
  const own = db.prepare('SELECT * FROM exams WHERE session_id = ?').get(sessionId) as ExamDbRow | undefined;
  if (own) return examOf(db, own);
  const series = db
    .prepare('SELECT e.* FROM exams e JOIN training_sessions s ON s.series_id = e.series_id WHERE s.id = ?')
    .get(sessionId) as ExamDbRow | undefined;
  return series ? examOf(db, series) : null;
}

export function getExam(db: Database, examId: string): Exam {
  const r = db.prepare('SELECT * FROM exams WHERE id = ?').get(examId) as ExamDbRow | undefined;
  if (!r) throw new AppError('not_found', 'No such exam', { entity: 'exam' });
  return examOf(db, r);
}

/** Sets (or replaces) the exam of a session, or of its whole series when `forSeries`. */
export function saveExam(db: Database, session: { id: string; stationId: string; seriesId: string | null }, f: ExamFields, forSeries: boolean, at: string): Exam {
  if (forSeries && !session.seriesId) throw new AppError('invalid_input', 'The session is not part of a series', { fields: [{ path: 'forSeries', message: 'no series' }] });
  if (f.mode === 'fixed') {
    const qs = questionsById(db, f.questionIds);
    f.questionIds.forEach((id, i) => {
      const q = qs.get(id);
      if (!q || q.stationId !== session.stationId)
        throw new AppError('invalid_input', 'Unknown question', { fields: [{ path: `fields.questionIds.${i}`, message: 'unknown question' }] });
    });
  }
  const key = forSeries ? { col: 'series_id', value: session.seriesId! } : { col: 'session_id', value: session.id };
  const existing = db.prepare(`SELECT id FROM exams WHERE ${key.col} = ?`).get(key.value) as { id: string } | undefined;
  const values = [f.title, f.mode, JSON.stringify(f.draw), JSON.stringify(f.questionIds), f.passPercent, f.timeLimitMinutes, f.attemptsAllowed, f.shuffleOptions ? 1 : 0];
  if (existing) {
    db.prepare(
      'UPDATE exams SET title = ?, mode = ?, draw_json = ?, question_ids_json = ?, pass_percent = ?, time_limit_min = ?, attempts_allowed = ?, shuffle_options = ?, updated_at = ? WHERE id = ?',
    ).run(...values, at, existing.id);
    return getExam(db, existing.id);
  }
  const id = newId(Date.parse(at));
  db.prepare(
    `INSERT INTO exams (id, station_id, ${key.col}, title, mode, draw_json, question_ids_json, pass_percent, time_limit_min, attempts_allowed, shuffle_options, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, session.stationId, key.value, ...values, at, at);
  return getExam(db, id);
}

/** Questions the bank holds for each rule of the exam. */
export function availability(db: Database, exam: Exam | null): SessionExamView['available'] {
  if (!exam || exam.mode !== 'draw') return [];
  return exam.draw.map((d) => ({ ...d, available: poolFor(db, exam.stationId, d.category, d.topic).length }));
}

export function sessionExamView(db: Database, sessionId: string, nowIso: string): SessionExamView {
  const exam = examForSession(db, sessionId);
  return { exam, available: availability(db, exam), rows: resultsOfSession(db, sessionId, exam, nowIso) };
}
