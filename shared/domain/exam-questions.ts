import { OPTION_LETTERS, type QuestionFields, type QuestionKind } from '../contract/exam-types';

/** A question's problem: where (a field path) and an i18n key under `exams.problem.`. */
export interface QuestionProblem {
  path: string;
  reason: string;
  params?: Record<string, string | number>;
}

/** The Chinese stem as compared for duplicates: no spaces, punctuation or width differences. */
export function stemKey(stem: string): string {
  return stem
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** True/false answers as 题库 files write them (对 / 错, √ / ×, 正确 / 错误, A / B, T / F). */
const TRUE_WORDS = new Set(['A', '对', '正确', '√', '✓', 'T', 'TRUE', 'Y', '是']);
const FALSE_WORDS = new Set(['B', '错', '错误', '×', '✗', 'X', 'F', 'FALSE', 'N', '否']);

/**
 * An answer cell read into letters ('ACD'), or null when it is not letters. Full-width letters,
 * separators (A,C / A、C / A C) and lower case are accepted; for true/false, the words above.
 */
export function readAnswer(kind: QuestionKind, raw: string): string | null {
  const s = raw.normalize('NFKC').trim().toUpperCase();
  if (kind === 'truefalse') {
    if (TRUE_WORDS.has(s)) return 'A';
    if (FALSE_WORDS.has(s)) return 'B';
    return null;
  }
  const letters = s.replace(/[\s,，、;；/|]+/g, '');
  if (!/^[A-Z]{1,26}$/.test(letters)) return null;
  return [...new Set(letters)].sort().join('');
}

/** How many options a question has (true/false: two, the app's own words). */
export function optionCount(f: Pick<QuestionFields, 'kind' | 'texts'>): number {
  return f.kind === 'truefalse' ? 2 : f.texts['zh-CN'].options.length;
}

/** Everything wrong with a question; empty when it may go into the bank. */
export function questionProblems(f: QuestionFields): QuestionProblem[] {
  const out: QuestionProblem[] = [];
  const zh = f.texts['zh-CN'];
  if (!zh.stem.trim()) out.push({ path: 'texts.zh-CN.stem', reason: 'required' });
  const n = optionCount(f);
  if (f.kind !== 'truefalse') {
    if (zh.options.length < 2) out.push({ path: 'texts.zh-CN.options', reason: 'too_few_options' });
    zh.options.forEach((o, i) => {
      if (!o.trim()) out.push({ path: `texts.zh-CN.options.${i}`, reason: 'empty_option', params: { letter: OPTION_LETTERS[i] ?? '?' } });
    });
    const seen = new Map<string, number>();
    zh.options.forEach((o, i) => {
      const k = stemKey(o);
      if (!k) return;
      const first = seen.get(k);
      if (first !== undefined) out.push({ path: `texts.zh-CN.options.${i}`, reason: 'same_option', params: { letter: OPTION_LETTERS[i] ?? '?', first: OPTION_LETTERS[first] ?? '?' } });
      else seen.set(k, i);
    });
  } else if (zh.options.length) {
    out.push({ path: 'texts.zh-CN.options', reason: 'truefalse_options' });
  }
  if (!/^[A-F]{1,6}$/.test(f.answer)) out.push({ path: 'answer', reason: 'bad_answer' });
  else {
    for (const letter of f.answer) {
      if (OPTION_LETTERS.indexOf(letter as (typeof OPTION_LETTERS)[number]) >= n) out.push({ path: 'answer', reason: 'answer_without_option', params: { letter } });
    }
    if (f.kind !== 'multiple' && f.answer.length !== 1) out.push({ path: 'answer', reason: 'one_answer_only' });
  }
  for (const lang of ['ug', 'en'] as const) {
    const t = f.texts[lang];
    if (!t) continue;
    if (!t.stem.trim()) out.push({ path: `texts.${lang}.stem`, reason: 'required' });
    if (t.options.length !== zh.options.length) out.push({ path: `texts.${lang}.options`, reason: 'options_differ', params: { n: zh.options.length } });
  }
  return out;
}

/** Marks one answer: all or nothing (a multiple-choice answer with one wrong or missing option scores 0). */
export function isRight(answer: string, chosen: readonly number[]): boolean {
  const letters = [...new Set(chosen)]
    .sort((a, b) => a - b)
    .map((i) => OPTION_LETTERS[i] ?? '?')
    .join('');
  return letters === answer;
}
