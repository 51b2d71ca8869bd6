import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { QuestionFields } from '../../../shared/contract/exam-types';
import { questionProblems, stemKey } from '../../../shared/domain/exam-questions';
import starterJson from '../../../resources/exams/starter-bank.json' with { type: 'json' };
import { insertQuestion } from './bank';

const text = z.object({ stem: z.string().min(1), options: z.array(z.string().min(1)).max(6), explanation: z.string().default('') }).strict();
const starterSchema = z.array(
  z
    .object({
      key: z.string().regex(/^[a-z]+-\d+$/),
      kind: z.enum(['single', 'multiple', 'truefalse']),
      category: z.string(),
      topic: z.string(),
      answer: z.string(),
      zh: text,
      ug: text,
      en: text.optional(),
    })
    .strict(),
);

/**
 * The starter bank: general construction-site safety questions written for this app (resources/exams/
 * starter-bank.json), in Chinese and Uyghur. Checked like any question when read.
 */
export function starterQuestions(): { key: string; fields: QuestionFields }[] {
  return starterSchema.parse(starterJson).map((s) => {
    const fields: QuestionFields = {
      kind: s.kind, category: s.category, topic: s.topic, tradeIds: [], skillLevel: null, answer: s.answer, points: s.kind === 'multiple' ? 2 : 1,
      texts: { 'zh-CN': s.zh, ug: s.ug, ...(s.en ? { en: s.en } : {}) },
    };
    const problems = questionProblems(fields);
    if (problems.length) throw new Error(`starter question ${s.key}: ${problems.map((p) => `${p.path} ${p.reason}`).join(', ')}`);
    return { key: s.key, fields };
  });
}

/** Loads the starter questions the bank lacks (by their key or the same stem); loading twice adds nothing. */
export function loadStarterBank(db: Database, stationId: string, at: string): { added: number; existing: number } {
  const keys = new Set((db.prepare('SELECT starter_key FROM exam_questions WHERE station_id = ? AND starter_key IS NOT NULL').all(stationId) as { starter_key: string }[]).map((r) => r.starter_key));
  const stems = new Set((db.prepare('SELECT stem_key FROM exam_questions WHERE station_id = ? AND deleted_at IS NULL').all(stationId) as { stem_key: string }[]).map((r) => r.stem_key));
  let added = 0;
  let existing = 0;
  db.transaction(() => {
    for (const s of starterQuestions()) {
      if (keys.has(s.key) || stems.has(stemKey(s.fields.texts['zh-CN'].stem))) {
        existing++;
        continue;
      }
      insertQuestion(db, stationId, s.fields, 'starter', at, s.key);
      added++;
    }
  }).immediate();
  return { added, existing };
}
