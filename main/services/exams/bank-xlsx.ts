import ExcelJS from 'exceljs';
import type { Database } from 'better-sqlite3';
import type { BankImportReport, BankIssue, QuestionFields, QuestionKind, QuestionText } from '../../../shared/contract/exam-types';
import { OPTION_LETTERS, QUESTION_KIND_ZH } from '../../../shared/contract/exam-types';
import { readAnswer, questionProblems, stemKey } from '../../../shared/domain/exam-questions';
import { CONTENT_CATEGORY_ZH, SKILL_LEVELS, SKILL_LEVEL_ZH, type SkillLevel } from '../../../shared/domain/vocab';
import { ImportFileError, isBlank, readTable, type Cell, type Table } from '../imports';
import { insertQuestion, listQuestions } from './bank';

/**
 * The layout Chinese 题库 files use: 题型, 题目, 选项A … 选项F, 答案, 分值, 解析, 类别. The station's own
 * columns follow (内容类别, 适用工种, 技能等级, and the Uyghur and English texts as 题目(ug), 选项A(ug) …),
 * so an exported bank imports back whole and a plain 题库 file imports as it is.
 */
export const BANK_HEADERS = ['题型', '题目', ...OPTION_LETTERS.map((l) => `选项${l}`), '答案', '分值', '解析', '类别'] as const;
const EXTRA_HEADERS = ['内容类别', '适用工种', '技能等级'] as const;
const TEXT_LANGS = ['ug', 'en'] as const;
const langHeaders = (lang: (typeof TEXT_LANGS)[number]) => [`题目(${lang})`, ...OPTION_LETTERS.map((l) => `选项${l}(${lang})`), `解析(${lang})`];

const KIND_WORDS: Record<string, QuestionKind> = {
  单选: 'single', 单选题: 'single', 单项选择: 'single', 单项选择题: 'single', 选择题: 'single', single: 'single',
  多选: 'multiple', 多选题: 'multiple', 多项选择: 'multiple', 多项选择题: 'multiple', 不定项选择题: 'multiple', multiple: 'multiple',
  判断: 'truefalse', 判断题: 'truefalse', 是非题: 'truefalse', truefalse: 'truefalse',
};

/** More problems than this are counted, not listed, so a broken 3,000-row file still answers quickly. */
const MAX_LISTED = 500;

const norm = (h: string) => h.normalize('NFKC').replace(/[\s*※]/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

function textOf(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

function colLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Parsed {
  row: number;
  fields: QuestionFields;
}

export interface BankCheck {
  rows: number;
  accepted: Parsed[];
  existing: number;
  refused: BankIssue[];
  notes: BankIssue[];
}

/** Categories by code, built-in Chinese label or a station's own label. */
function categoryMatcher(db: Database, stationId: string): (s: string) => string | null {
  const map = new Map<string, string>();
  for (const [code, zh] of Object.entries(CONTENT_CATEGORY_ZH)) (map.set(norm(code), code), map.set(norm(zh), code));
  const own = db.prepare("SELECT code, label FROM vocab WHERE station_id = ? AND list = 'content_category'").all(stationId) as { code: string; label: string }[];
  for (const o of own) (map.set(norm(o.code), o.code), map.set(norm(o.label), o.code));
  return (s) => map.get(norm(s)) ?? null;
}

/**
 * Reads a 题库 table and checks every row, naming each problem by row and column (the header as the
 * file writes it): an unknown 题型, an empty 题目, an answer letter with no option behind it, an option
 * left empty between others, the same option twice (a merge across option columns does this), a
 * question twice in the file (a merge down the 题目 column does this), a 分值 that is not a number.
 * A question the bank already has (same Chinese stem) is left as it is and counted.
 */
export function checkBank(db: Database, stationId: string, table: Table, defaultCategory: string): BankCheck {
  const headerAt = table.rows.slice(0, 10).findIndex((r) => {
    const names = r.cells.map((c) => norm(textOf(c)));
    return names.includes('题目') && names.includes('答案');
  });
  if (headerAt < 0) throw new ImportFileError('exams.import.no_header');
  const header = table.rows[headerAt]!.cells.map((c) => textOf(c));
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    const k = norm(h);
    if (k && !col.has(k)) col.set(k, i);
  });
  const at = (name: string) => col.get(norm(name));
  const named = (name: string) => {
    const i = at(name);
    return i === undefined ? name : `${colLetter(i)}（${header[i]}）`;
  };
  if (at('题型') === undefined) throw new ImportFileError('exams.import.missing_column', { column: '题型' });

  const matchCategory = categoryMatcher(db, stationId);
  const trades = db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[];
  const tradeByName = new Map(trades.map((t) => [norm(t.name), t.id]));
  const levelByWord = new Map<string, SkillLevel>();
  for (const l of SKILL_LEVELS) (levelByWord.set(norm(l), l), levelByWord.set(norm(SKILL_LEVEL_ZH[l]), l));
  const inBank = new Set(
    (db.prepare('SELECT stem_key FROM exam_questions WHERE station_id = ? AND deleted_at IS NULL').all(stationId) as { stem_key: string }[]).map((r) => r.stem_key),
  );

  const refused: BankIssue[] = [];
  const notes: BankIssue[] = [...table.notes];
  const accepted: Parsed[] = [];
  const firstRow = new Map<string, number>();
  let existing = 0;
  let rows = 0;
  let unlisted = 0;
  const refuse = (issue: BankIssue) => {
    if (refused.length < MAX_LISTED) refused.push(issue);
    else unlisted++;
  };

  for (const r of table.rows.slice(headerAt + 1)) {
    if (r.cells.every(isBlank)) continue;
    rows++;
    const cell = (name: string) => {
      const i = at(name);
      return i === undefined ? '' : textOf(r.cells[i]);
    };
    const problems: BankIssue[] = [];
    const problem = (column: string | null, reason: string, params?: Record<string, string | number>) =>
      problems.push(params ? { row: r.row, column, reason: `exams.problem.${reason}`, params } : { row: r.row, column, reason: `exams.problem.${reason}` });

    const kind = KIND_WORDS[norm(cell('题型'))];
    if (!kind) problem(named('题型'), 'unknown_kind', { value: cell('题型').slice(0, 20) });
    const stem = cell('题目');
    const options: string[] = [];
    let gapAt = -1;
    OPTION_LETTERS.forEach((l, i) => {
      const v = cell(`选项${l}`);
      if (v) {
        if (gapAt >= 0) problem(named(`选项${OPTION_LETTERS[gapAt]}`), 'empty_option', { letter: OPTION_LETTERS[gapAt]! });
        gapAt = -1;
        while (options.length < i) options.push('');
        options.push(v);
      } else if (gapAt < 0) gapAt = i;
    });
    const rawAnswer = cell('答案');
    const answer = kind ? readAnswer(kind, rawAnswer) : null;
    if (kind && !rawAnswer) problem(named('答案'), 'required');
    else if (kind && answer === null) problem(named('答案'), 'bad_answer', { value: rawAnswer.slice(0, 20) });
    const pointsText = cell('分值');
    const points = pointsText === '' ? 1 : Number(pointsText);
    if (!Number.isFinite(points) || points <= 0 || points > 100) problem(named('分值'), 'bad_points', { value: pointsText.slice(0, 20) });

    const content = cell('内容类别');
    const label = cell('类别');
    let category = defaultCategory;
    let topic = '';
    if (content) {
      const c = matchCategory(content);
      if (c) category = c;
      else problem(named('内容类别'), 'unknown_category', { value: content.slice(0, 30) });
      topic = label;
    } else if (label) {
      const c = matchCategory(label);
      if (c) category = c;
      else topic = label;
    }
    const tradeIds: string[] = [];
    for (const name of cell('适用工种').split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean)) {
      const id = tradeByName.get(norm(name));
      if (id) tradeIds.push(id);
      else problem(named('适用工种'), 'unknown_trade', { value: name.slice(0, 30) });
    }
    const levelText = cell('技能等级');
    const skillLevel = levelText ? (levelByWord.get(norm(levelText)) ?? null) : null;
    if (levelText && !skillLevel) problem(named('技能等级'), 'unknown_level', { value: levelText.slice(0, 20) });

    const texts: QuestionFields['texts'] = { 'zh-CN': { stem, options: kind === 'truefalse' ? [] : options, explanation: cell('解析') } };
    for (const lang of TEXT_LANGS) {
      const [stemH, ...rest] = langHeaders(lang);
      const s = cell(stemH!);
      if (!s) continue;
      const opts = OPTION_LETTERS.slice(0, kind === 'truefalse' ? 0 : options.length).map((_, i) => cell(rest[i]!));
      const t: QuestionText = { stem: s, options: opts, explanation: cell(rest[rest.length - 1]!) };
      texts[lang] = t;
    }

    if (kind && answer !== null && Number.isFinite(points) && points > 0) {
      const fields: QuestionFields = { kind, category, topic, tradeIds, skillLevel, answer, points, texts };
      for (const p of questionProblems(fields)) {
        const column = p.path === 'answer' ? named('答案') : p.path.startsWith('texts.zh-CN.stem') ? named('题目') : p.path.startsWith('texts.zh-CN.options.') ? named(`选项${OPTION_LETTERS[Number(p.path.split('.').pop())] ?? 'A'}`) : p.path.startsWith('texts.zh-CN.options') ? named('选项A') : p.path;
        // An empty option between others was already named, column by column.
        if (p.reason === 'empty_option' && problems.some((x) => x.reason === 'exams.problem.empty_option')) continue;
        problem(column, p.reason, p.params);
      }
      if (!problems.length) {
        const key = stemKey(stem);
        const first = firstRow.get(key);
        if (first !== undefined) problem(named('题目'), 'duplicate_in_file', { first });
        else {
          firstRow.set(key, r.row);
          if (inBank.has(key)) {
            existing++;
            if (notes.length < MAX_LISTED) notes.push({ row: r.row, column: named('题目'), reason: 'exams.problem.in_bank' });
          } else accepted.push({ row: r.row, fields });
        }
      }
    } else if (!stem) problem(named('题目'), 'required');
    for (const p of problems) refuse(p);
  }
  if (unlisted) notes.push({ row: 0, column: null, reason: 'exams.problem.more', params: { count: unlisted } });
  return { rows, accepted, existing, refused, notes };
}

/** Checks a 题库 file and, when asked and every row is usable (or `partial`), adds its questions in one transaction. */
export async function importBank(
  db: Database,
  stationId: string,
  file: { fileName: string; bytes: Buffer },
  opts: { commit: boolean; partial: boolean; defaultCategory: string; at: string },
): Promise<BankImportReport> {
  let table: Table;
  try {
    table = await readTable(file.fileName, file.bytes);
  } catch (err) {
    if (err instanceof ImportFileError) return { rows: 0, added: 0, existing: 0, refused: [{ row: 0, column: null, reason: err.reason, params: err.params }], notes: [], committed: false };
    throw err;
  }
  let check: BankCheck;
  try {
    check = checkBank(db, stationId, table, opts.defaultCategory);
  } catch (err) {
    if (err instanceof ImportFileError) return { rows: 0, added: 0, existing: 0, refused: [{ row: 0, column: null, reason: err.reason, params: err.params }], notes: [], committed: false };
    throw err;
  }
  const report = { rows: check.rows, added: check.accepted.length, existing: check.existing, refused: check.refused, notes: check.notes, committed: false };
  if (!opts.commit || (check.refused.length && !opts.partial)) return report;
  db.transaction(() => {
    for (const p of check.accepted) insertQuestion(db, stationId, p.fields, 'import', opts.at);
  }).immediate();
  return { ...report, committed: true };
}

/** The bank in the same layout, one question a row; Uyghur and English columns only when some question has them. */
export async function exportBank(db: Database, stationId: string): Promise<Buffer> {
  const { rows } = listQuestions(db, { stationId, offset: 0, limit: 1_000_000 });
  const trades = new Map((db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[]).map((t) => [t.id, t.name]));
  const own = new Map((db.prepare("SELECT code, label FROM vocab WHERE station_id = ? AND list = 'content_category'").all(stationId) as { code: string; label: string }[]).map((o) => [o.code, o.label]));
  const categoryZh = (c: string) => (CONTENT_CATEGORY_ZH as Record<string, string>)[c] ?? own.get(c) ?? c;
  const langs = TEXT_LANGS.filter((l) => rows.some((q) => q.texts[l]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Upgrade Station';
  const ws = wb.addWorksheet('题库');
  ws.addRow([...BANK_HEADERS, ...EXTRA_HEADERS, ...langs.flatMap(langHeaders)]).font = { bold: true };
  for (const q of rows) {
    const zh = q.texts['zh-CN'];
    const opts = OPTION_LETTERS.map((_, i) => (q.kind === 'truefalse' ? (i === 0 ? '正确' : i === 1 ? '错误' : '') : (zh.options[i] ?? '')));
    const answer = q.kind === 'truefalse' ? (q.answer === 'A' ? '正确' : '错误') : q.answer;
    const extra = langs.flatMap((l) => {
      const t = q.texts[l];
      return [t?.stem ?? '', ...OPTION_LETTERS.map((_, i) => t?.options[i] ?? ''), t?.explanation ?? ''];
    });
    ws.addRow([
      QUESTION_KIND_ZH[q.kind], zh.stem, ...opts, answer, q.points, zh.explanation, q.topic || categoryZh(q.category),
      categoryZh(q.category), q.tradeIds.map((t) => trades.get(t) ?? '').filter(Boolean).join('、'), q.skillLevel ? SKILL_LEVEL_ZH[q.skillLevel] : '',
      ...extra,
    ]);
  }
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 50 : i >= 2 && i <= 7 ? 24 : 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
