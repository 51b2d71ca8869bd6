import type { Database } from 'better-sqlite3';
import type { Question, QuestionFields, QuestionKind, QuestionPage } from '../../../shared/contract/exam-types';
import { AppError } from '../../../shared/contract/result';
import { questionProblems, stemKey } from '../../../shared/domain/exam-questions';
import { newId } from '../../lib/ids';

interface QuestionDbRow {
  id: string;
  station_id: string;
  kind: QuestionKind;
  category: string;
  topic: string;
  trade_ids_json: string;
  skill_level: Question['skillLevel'];
  texts_json: string;
  answer: string;
  points: number;
  source: Question['source'];
  created_at: string;
  updated_at: string;
}

export function questionOf(r: QuestionDbRow): Question {
  return {
    id: r.id,
    stationId: r.station_id,
    kind: r.kind,
    category: r.category,
    topic: r.topic,
    tradeIds: JSON.parse(r.trade_ids_json) as string[],
    skillLevel: r.skill_level,
    texts: JSON.parse(r.texts_json) as Question['texts'],
    answer: r.answer,
    points: r.points,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getQuestion(db: Database, id: string): Question {
  const r = db.prepare('SELECT * FROM exam_questions WHERE id = ? AND deleted_at IS NULL').get(id) as QuestionDbRow | undefined;
  if (!r) throw new AppError('not_found', 'No such question', { entity: 'question' });
  return questionOf(r);
}

/** Questions by id, deleted ones included (a paper already drawn keeps its questions). */
export function questionsById(db: Database, ids: readonly string[]): Map<string, Question> {
  const out = new Map<string, Question>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = db.prepare(`SELECT * FROM exam_questions WHERE id IN (${part.map(() => '?').join(',')})`).all(...part) as QuestionDbRow[];
    for (const r of rows) out.set(r.id, questionOf(r));
  }
  return out;
}

export function assertQuestion(f: QuestionFields): void {
  const problems = questionProblems(f);
  if (problems.length)
    throw new AppError('invalid_input', 'The question is not usable', { fields: problems.map((p) => ({ path: `fields.${p.path}`, message: p.reason })) });
}

function duplicateOf(db: Database, stationId: string, key: string, except?: string): string | null {
  const r = db.prepare('SELECT id FROM exam_questions WHERE station_id = ? AND stem_key = ? AND deleted_at IS NULL AND id IS NOT ?').get(stationId, key, except ?? null) as
    | { id: string }
    | undefined;
  return r?.id ?? null;
}

export function insertQuestion(db: Database, stationId: string, f: QuestionFields, source: Question['source'], at: string, starterKey: string | null = null): Question {
  const key = stemKey(f.texts['zh-CN'].stem);
  const dup = duplicateOf(db, stationId, key);
  if (dup) throw new AppError('conflict', 'The bank has this question', { reason: 'duplicate_question', existingId: dup });
  const id = newId(Date.parse(at));
  db.prepare(
    `INSERT INTO exam_questions (id, station_id, kind, category, topic, trade_ids_json, skill_level, texts_json, answer, points, stem_key, source, starter_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, stationId, f.kind, f.category, f.topic, JSON.stringify(f.tradeIds), f.skillLevel, JSON.stringify(f.texts), f.answer, f.points, key, source, starterKey, at, at);
  return getQuestion(db, id);
}

export function updateQuestion(db: Database, id: string, f: QuestionFields, at: string): Question {
  const before = getQuestion(db, id);
  const key = stemKey(f.texts['zh-CN'].stem);
  const dup = duplicateOf(db, before.stationId, key, id);
  if (dup) throw new AppError('conflict', 'The bank has this question', { reason: 'duplicate_question', existingId: dup });
  db.prepare(
    `UPDATE exam_questions SET kind = ?, category = ?, topic = ?, trade_ids_json = ?, skill_level = ?, texts_json = ?, answer = ?, points = ?, stem_key = ?, updated_at = ?
     WHERE id = ?`,
  ).run(f.kind, f.category, f.topic, JSON.stringify(f.tradeIds), f.skillLevel, JSON.stringify(f.texts), f.answer, f.points, key, at, id);
  return getQuestion(db, id);
}

/** Deleted questions stay as rows (hidden): papers already drawn name them. */
export function deleteQuestion(db: Database, id: string, at: string): Question {
  const before = getQuestion(db, id);
  db.prepare('UPDATE exam_questions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
  return before;
}

export interface QuestionFilter {
  stationId: string;
  category?: string | undefined;
  topic?: string | undefined;
  kind?: QuestionKind | undefined;
  q?: string | undefined;
  offset: number;
  limit: number;
}

export function listQuestions(db: Database, f: QuestionFilter): QuestionPage {
  const where = ['station_id = ?', 'deleted_at IS NULL'];
  const args: unknown[] = [f.stationId];
  if (f.category) (where.push('category = ?'), args.push(f.category));
  if (f.topic !== undefined) (where.push('topic = ?'), args.push(f.topic));
  if (f.kind) (where.push('kind = ?'), args.push(f.kind));
  if (f.q) (where.push("instr(texts_json, ?) > 0"), args.push(f.q));
  const sql = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM exam_questions WHERE ${sql}`).get(...args) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM exam_questions WHERE ${sql} ORDER BY category, topic, created_at, id LIMIT ? OFFSET ?`).all(...args, f.limit, f.offset) as QuestionDbRow[];
  const counts = db
    .prepare('SELECT category, topic, kind, count(*) AS n FROM exam_questions WHERE station_id = ? AND deleted_at IS NULL GROUP BY category, topic, kind ORDER BY category, topic, kind')
    .all(f.stationId) as QuestionPage['counts'];
  return { rows: rows.map(questionOf), total, offset: f.offset, counts };
}

/** Live questions matching a draw rule, in a stable order (the seed shuffles them per attempt). */
export function poolFor(db: Database, stationId: string, category: string, topic: string): Question[] {
  const rows = db
    .prepare(`SELECT * FROM exam_questions WHERE station_id = ? AND category = ? AND (? = '' OR topic = ?) AND deleted_at IS NULL ORDER BY id`)
    .all(stationId, category, topic, topic) as QuestionDbRow[];
  return rows.map(questionOf);
}
