import { createHash } from 'node:crypto';
import type { ExamFields, PaperQuestion, Question } from '../../../shared/contract/exam-types';
import type { Language } from '../../../shared/i18n/languages';
import { optionCount } from '../../../shared/domain/exam-questions';

/** What an attempt keeps of each question: enough to show it in the same order and to mark it. */
export interface PaperItem {
  id: string;
  points: number;
  answer: string;
  /** Stored option indexes in the order this worker sees them. */
  order: number[];
}

/** A small PRNG (mulberry32) seeded from a string: the same seed gives the same paper on any PC. */
export function rngFrom(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export class TooFewQuestions extends Error {
  constructor(readonly short: { category: string; topic: string; count: number; available: number }[]) {
    super('too few questions');
  }
}

/**
 * The paper of one attempt: questions drawn by each rule from its pool (or the fixed list), and each
 * question's options in an order of their own, all from the attempt's seed. True/false keeps 正确 before 错误.
 */
export function drawPaper(exam: ExamFields, pools: Question[][], fixed: Question[], seed: string): PaperItem[] {
  const rnd = rngFrom(`draw:${seed}`);
  let chosen: Question[];
  if (exam.mode === 'fixed') chosen = fixed;
  else {
    const short = exam.draw.map((r, i) => ({ ...r, available: pools[i]!.length })).filter((r) => r.available < r.count);
    if (short.length) throw new TooFewQuestions(short);
    const taken = new Set<string>();
    chosen = [];
    exam.draw.forEach((r, i) => {
      const pool = shuffled(pools[i]!.filter((q) => !taken.has(q.id)), rnd);
      if (pool.length < r.count) throw new TooFewQuestions([{ ...r, available: pool.length }]);
      for (const q of pool.slice(0, r.count)) (taken.add(q.id), chosen.push(q));
    });
  }
  return chosen.map((q) => {
    const n = optionCount(q);
    const natural = Array.from({ length: n }, (_, i) => i);
    const order = exam.shuffleOptions && q.kind !== 'truefalse' ? shuffled(natural, rngFrom(`options:${seed}:${q.id}`)) : natural;
    return { id: q.id, points: q.points, answer: q.answer, order };
  });
}

/** True/false's two answers, in each kiosk language. */
export const TRUE_FALSE: Record<Language, [string, string]> = { 'zh-CN': ['正确', '错误'], ug: ['توغرا', 'خاتا'], en: ['True', 'False'] };

/** A paper question in the worker's language, or in Chinese (said so) where the bank has no translation. */
export function presentQuestion(q: Question, item: PaperItem, language: Language): PaperQuestion {
  const own = q.texts[language];
  const text = own ?? q.texts['zh-CN'];
  const shownIn: Language = own ? language : 'zh-CN';
  const words = q.kind === 'truefalse' ? TRUE_FALSE[shownIn] : text.options;
  return {
    id: q.id,
    kind: q.kind,
    stem: text.stem,
    options: item.order.map((index) => ({ index, text: words[index] ?? '' })),
    points: item.points,
    language: shownIn,
    fallback: !own,
  };
}
