// Exams: the question bank's import and its bad files, drawing papers, attempts on two tablets,
// resuming half-way, oral and paper results, corrections, pass rates and the platform export.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import { passedExam } from '../../main/services/exams';
import { starterQuestions } from '../../main/services/exams/starter';
import type { Caller } from '../../shared/contract/access';
import type { BankImportReport, ExamFinishAnswer, ExamResult, ExamStartAnswer, PassRateReport, QuestionPage, SessionExamView, WorkerExamRow } from '../../shared/contract/exam-types';
import type { TrainingSession } from '../../shared/contract/records';
import { setUp } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';
import { readXlsxWithPython } from '../support/xlsx-read';

async function call<T>(core: Core, caller: Caller, name: string, input: unknown): Promise<T> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details)}`);
  return r.value as T;
}
async function refused(core: Core, caller: Caller, name: string, input: unknown) {
  const r = await dispatch(core, caller, name, input);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

const HEAD = ['题型', '题目', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '类别'];
async function bankFile(rows: (string | number | null)[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(HEAD);
  for (const r of rows) ws.addRow(r);
  build?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

let k = 0;
const key = () => `exam-key-${++k}-${Date.now()}`;

/** A station, a session 08:00-09:30 (station time) with five workers signed in, the starter bank loaded. */
async function station(opts: { load?: boolean } = {}) {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '艾力', language: 'ug' }, { name: '王五' }, { name: '赵六' }, { name: '孙七' }]);
  const [session] = await call<TrainingSession[]>(core, admin, 'sessions.create', {
    stationId,
    fields: { title: '入场安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  const sessionId = session!.id;
  const tablet = (n: number): Caller => ({ role: 'kiosk', deviceId: `tablet-${n}`, via: 'internal', stationId });
  for (const p of people.slice(0, 4)) await call(core, tablet(1), 'kiosk.scan', { sessionId, code: p.badge, method: 'badge', idempotencyKey: key() });
  if (opts.load !== false) await call(core, admin, 'exams.loadStarter', { stationId });
  const setExam = (fields: Record<string, unknown>) => call(core, admin, 'exams.save', { sessionId, fields: { mode: 'draw', draw: [{ category: 'safety', count: 10 }], passPercent: 60, ...fields } });
  const start = (code: string, caller = tablet(1), extra: Record<string, unknown> = {}) =>
    call<ExamStartAnswer>(core, caller, 'kiosk.examStart', { sessionId, code, method: 'badge', ...extra });
  return { core, clock, admin, stationId, people, sessionId, tablet, setExam, start };
}

/** The right answers of a paper (from the bank), or all wrong. */
function answersFor(core: Core, paper: NonNullable<ExamStartAnswer['paper']>, right: boolean): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const q of paper.questions) {
    const { answer } = core.db.prepare('SELECT answer FROM exam_questions WHERE id = ?').get(q.id) as { answer: string };
    const good = [...answer].map((l) => l.charCodeAt(0) - 65);
    out[q.id] = right ? good : [q.options.map((o) => o.index).find((i) => !good.includes(i))!];
  }
  return out;
}

describe('the starter bank', () => {
  it('has at least 60 questions, each in Chinese and Uyghur, and loads once', async () => {
    const qs = starterQuestions();
    expect(qs.length).toBeGreaterThanOrEqual(60);
    for (const q of qs) expect(q.fields.texts.ug?.stem).toMatch(/[\u0600-\u06ff]/);
    const s = await station({ load: false });
    expect(await call(s.core, s.admin, 'exams.loadStarter', { stationId: s.stationId })).toEqual({ added: qs.length, existing: 0 });
    expect(await call(s.core, s.admin, 'exams.loadStarter', { stationId: s.stationId })).toEqual({ added: 0, existing: qs.length });
  });
});

describe('importing a 题库 file', () => {
  const good = [
    ['单选题', '施工现场的火警电话是？', '110', '119', '120', '', '', '', 'B', 2, '', '消防'],
    ['多选题', '哪些是个人防护用品？', '安全帽', '拖鞋', '安全带', '', '', '', 'A、C', 2, '', '个人防护'],
    ['判断题', '可以酒后上岗。', '', '', '', '', '', '', '错', 1, '', '安全教育'],
  ];

  it('adds good rows, keeps the topic, and exports the same layout that imports back', async () => {
    const s = await station({ load: false });
    const base64 = await bankFile(good);
    const check = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'bank.xlsx', base64 });
    expect(check).toMatchObject({ rows: 3, added: 3, refused: [], committed: false });
    const done = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'bank.xlsx', base64, commit: true });
    expect(done.committed).toBe(true);
    const page = await call<QuestionPage>(s.core, s.admin, 'exams.questions', { stationId: s.stationId });
    expect(page.rows.map((q) => [q.kind, q.category, q.topic, q.answer]).sort()).toEqual([
      ['multiple', 'safety', '个人防护', 'AC'],
      ['single', 'safety', '消防', 'B'],
      ['truefalse', 'safety', '', 'B'],
    ]);
    const file = await call<{ base64: string }>(s.core, s.admin, 'exams.exportBank', { stationId: s.stationId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const head = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 13);
    expect(head).toEqual(HEAD);
    // Into an empty bank of another station the export imports whole; into this one it is all "already there".
    const again = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'back.xlsx', base64: file.base64 });
    expect(again).toMatchObject({ rows: 3, added: 0, existing: 3, refused: [] });
  });

  it('names an answer letter without an option, a bad 题型 and an empty option between others by row and column', async () => {
    const s = await station({ load: false });
    const base64 = await bankFile([
      ['单选题', '安全帽的作用是？', '防晒', '防止头部受伤', '', '', '', '', 'E', 1, '', ''],
      ['问答题', '什么是三宝？', '', '', '', '', '', '', 'A', 1, '', ''],
      ['单选题', '灭火器放在哪里？', '通道旁', '', '仓库里', '', '', '', 'A', 1, '', ''],
      ['多选题', '高处作业要做到？', '系安全带', '不抛物', '', '', '', '', 'AB', 'x', '', ''],
    ]);
    const r = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'bad.xlsx', base64, commit: true });
    expect(r.committed).toBe(false);
    expect(r.refused.map((i) => [i.row, i.column, i.reason, i.params?.letter ?? null])).toEqual([
      [2, 'I（答案）', 'exams.problem.answer_without_option', 'E'],
      [3, 'A（题型）', 'exams.problem.unknown_kind', null],
      [4, 'D（选项B）', 'exams.problem.empty_option', 'B'],
      [5, 'J（分值）', 'exams.problem.bad_points', null],
    ]);
    expect((await call<QuestionPage>(s.core, s.admin, 'exams.questions', { stationId: s.stationId })).total).toBe(0);
    // `partial` adds the usable rows only: none here.
    const p = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'bad.xlsx', base64, commit: true, partial: true });
    expect(p).toMatchObject({ committed: true, added: 0 });
  });

  it('refuses duplicates in the file (a merge down 题目 makes them) and the same option twice (a merge across options), counts those already in the bank', async () => {
    const s = await station({ load: false });
    await call(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'a.xlsx', base64: await bankFile([good[0]!]), commit: true });
    const base64 = await bankFile(
      [
        ['单选题', '施工现场的火警电话是？', '110', '119', '120', '', '', '', 'B', 2, '', '消防'],
        ['单选题', '进入现场要戴什么？', '安全帽', '草帽', '', '', '', '', 'A', 1, '', '个人防护'],
        ['判断题', null, '', '', '', '', '', '', '对', 1, '', '个人防护'],
        ['单选题', '配电箱应当怎样？', '有门有锁', '', '', '', '', '', 'A', 1, '', '临时用电'],
        ['判断题', '进入现场要戴什么？', '', '', '', '', '', '', '对', 1, '', ''],
      ],
      (ws) => {
        ws.mergeCells('B3:B4'); // 题目 merged down two rows
        ws.mergeCells('C5:D5'); // options A and B merged across
      },
    );
    const r = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'merged.xlsx', base64 });
    expect(r.notes.some((n) => n.reason === 'import.merged_cells_filled')).toBe(true);
    expect(r.existing).toBe(1);
    expect(r.refused.map((i) => [i.row, i.reason, i.params?.first ?? null])).toEqual([
      [4, 'exams.problem.duplicate_in_file', 3],
      [5, 'exams.problem.same_option', 'A'],
      [6, 'exams.problem.duplicate_in_file', 3],
    ]);
    expect(r.added).toBe(1);
  });

  it('takes 3,000 questions in one file and lists refusals by row', async () => {
    const s = await station({ load: false });
    const rows: (string | number)[][] = [];
    for (let i = 1; i <= 3000; i++) rows.push(['单选题', `第${i}题：安全距离是多少米？`, '1', '2', '3', '4', '', '', i % 1000 === 0 ? 'G' : 'B', 1, '', i % 2 ? '高处作业' : '临时用电']);
    const base64 = await bankFile(rows);
    const t0 = Date.now();
    const r = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'big.xlsx', base64, commit: true, partial: true });
    expect(r).toMatchObject({ rows: 3000, added: 2997, committed: true });
    expect(r.refused.map((i) => i.row)).toEqual([1001, 2001, 3001]);
    expect((await call<QuestionPage>(s.core, s.admin, 'exams.questions', { stationId: s.stationId, topic: '高处作业', limit: 1 })).total).toBe(1500);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it('refuses a file that is not a 题库 and a question form with an answer letter without an option', async () => {
    const s = await station({ load: false });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名', '身份证号']);
    const r = await call<BankImportReport>(s.core, s.admin, 'exams.importBank', { stationId: s.stationId, fileName: 'x.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });
    expect(r.refused[0]!.reason).toBe('exams.import.no_header');
    const e = await refused(s.core, s.admin, 'exams.saveQuestion', {
      stationId: s.stationId,
      fields: { kind: 'single', category: 'safety', answer: 'D', texts: { 'zh-CN': { stem: '题？', options: ['甲', '乙'] } } },
    });
    expect(e.code).toBe('invalid_input');
    expect(JSON.stringify(e.details)).toContain('answer_without_option');
  });
});

describe('taking the exam', () => {
  it('draws a paper in the worker language, shuffled per worker, the same again on resume', async () => {
    const s = await station();
    await s.setExam({ draw: [{ category: 'safety', count: 10 }] });
    const a = await s.start(s.people[1]!.badge, s.tablet(1), { language: 'ug' });
    expect(a.outcome).toBe('paper');
    expect(a.paper!.questions).toHaveLength(10);
    expect(a.paper!.questions.every((q) => q.language === 'ug' && !q.fallback)).toBe(true);
    // Half-way: three answers saved, the tablet closed; scanning again resumes the same paper and answers.
    const some = Object.fromEntries(Object.entries(answersFor(s.core, a.paper!, true)).slice(0, 3));
    await call(s.core, s.tablet(1), 'kiosk.examSave', { attemptId: a.paper!.attemptId, answers: some });
    s.clock.advance(5 * 60_000);
    const b = await s.start(s.people[1]!.badge, s.tablet(2), { language: 'ug' });
    expect(b.paper!.attemptId).toBe(a.paper!.attemptId);
    expect(b.paper!.resumed).toBe(true);
    expect(b.paper!.questions).toEqual(a.paper!.questions);
    expect(b.paper!.answers).toEqual(some);
    // Another worker gets another order (the seed is per attempt).
    const c = await s.start(s.people[0]!.badge);
    expect(c.paper!.questions.map((q) => q.id)).not.toEqual(a.paper!.questions.map((q) => q.id));
  });

  it('counts an attempt left past its time limit as taken with the answers it had (not passed)', async () => {
    const s = await station();
    await s.setExam({ timeLimitMinutes: 20, attemptsAllowed: 1 });
    const a = await s.start(s.people[0]!.badge);
    const some = Object.fromEntries(Object.entries(answersFor(s.core, a.paper!, true)).slice(0, 2));
    await call(s.core, s.tablet(1), 'kiosk.examSave', { attemptId: a.paper!.attemptId, answers: some });
    s.clock.advance(21 * 60_000);
    const again = await s.start(s.people[0]!.badge);
    expect(again.outcome).toBe('no_attempts_left');
    expect(again.last).toMatchObject({ passed: false, method: 'kiosk' });
    expect(again.last!.score).toBeGreaterThan(0);
    const att = s.core.db.prepare('SELECT a.id FROM attendance a WHERE a.worker_id = ?').get(s.people[0]!.id) as { id: string };
    expect(passedExam(s.core.db, att.id)).toBe(false);
  });

  it('records an attempt sent by two tablets once', async () => {
    const s = await station();
    await s.setExam({});
    const a = await s.start(s.people[0]!.badge, s.tablet(1));
    const answers = answersFor(s.core, a.paper!, true);
    const [x, y] = await Promise.all([
      call<ExamFinishAnswer>(s.core, s.tablet(1), 'kiosk.examFinish', { attemptId: a.paper!.attemptId, answers, idempotencyKey: key() }),
      call<ExamFinishAnswer>(s.core, s.tablet(2), 'kiosk.examFinish', { attemptId: a.paper!.attemptId, answers, idempotencyKey: key() }),
    ]);
    expect([x.repeat, y.repeat].sort()).toEqual([false, true]);
    expect(x.result.id).toBe(y.result.id);
    expect(x.result).toMatchObject({ passed: true, percent: 100, deviceId: 'tablet-1' });
    // The same key again (a retry after a lost answer) gives the same result too.
    const n = s.core.db.prepare('SELECT count(*) AS n FROM exam_results').get() as { n: number };
    expect(n.n).toBe(1);
    const att = s.core.db.prepare('SELECT id FROM attendance WHERE worker_id = ?').get(s.people[0]!.id) as { id: string };
    expect(passedExam(s.core.db, att.id)).toBe(true);
    expect((await s.start(s.people[0]!.badge)).outcome).toBe('already_passed');
  });

  it('refuses an exam with fewer bank questions than it asks for, and a worker who did not attend', async () => {
    const s = await station();
    await s.setExam({ draw: [{ category: 'safety', count: 200 }] });
    const view = await call<SessionExamView>(s.core, s.admin, 'exams.session', { sessionId: s.sessionId });
    expect(view.available[0]!.available).toBeLessThan(200);
    expect((await s.start(s.people[0]!.badge)).outcome).toBe('too_few_questions');
    expect(s.core.db.prepare('SELECT count(*) AS n FROM exam_attempts').get()).toEqual({ n: 0 });
    await s.setExam({});
    expect((await s.start(s.people[4]!.badge)).outcome).toBe('not_attended');
    // A tablet of another station cannot start it.
    const e = await refused(s.core, { role: 'kiosk', deviceId: 'x', via: 'internal', stationId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }, 'kiosk.examStart', { sessionId: s.sessionId, code: s.people[0]!.badge, method: 'badge' });
    expect(e.code).toBe('forbidden');
  });

  it('retakes up to the attempts allowed; a pass on any attempt counts', async () => {
    const s = await station();
    await s.setExam({ attemptsAllowed: 2 });
    const a = await s.start(s.people[2]!.badge);
    const f1 = await call<ExamFinishAnswer>(s.core, s.tablet(1), 'kiosk.examFinish', { attemptId: a.paper!.attemptId, answers: answersFor(s.core, a.paper!, false), idempotencyKey: key() });
    expect(f1.result).toMatchObject({ passed: false, score: 0, attemptNo: 1 });
    const b = await s.start(s.people[2]!.badge);
    expect(b.paper!.attemptNo).toBe(2);
    const f2 = await call<ExamFinishAnswer>(s.core, s.tablet(1), 'kiosk.examFinish', { attemptId: b.paper!.attemptId, answers: answersFor(s.core, b.paper!, true), idempotencyKey: key() });
    expect(f2.result).toMatchObject({ passed: true, attemptNo: 2 });
  });
});

describe('trainer entries, corrections and reports', () => {
  it('takes paper scores for a session, an oral exam, and a correction with a reason that is audited', async () => {
    const s = await station();
    await s.setExam({});
    const r = await call<{ recorded: ExamResult[]; skipped: { workerId: string; reason: string }[] }>(s.core, s.admin, 'exams.paperScores', {
      sessionId: s.sessionId,
      rows: [{ workerId: s.people[0]!.id, score: 85 }, { workerId: s.people[2]!.id, score: 40 }, { workerId: s.people[4]!.id, score: 90 }],
    });
    expect(r.recorded.map((x) => [x.method, x.score, x.passed])).toEqual([['paper', 85, true], ['paper', 40, false]]);
    expect(r.skipped).toEqual([{ workerId: s.people[4]!.id, reason: 'not_attended' }]);

    const oral = await call<ExamStartAnswer>(s.core, s.admin, 'exams.startOral', { sessionId: s.sessionId, workerId: s.people[3]!.id });
    const f = await call<ExamFinishAnswer>(s.core, s.admin, 'kiosk.examFinish', { attemptId: oral.paper!.attemptId, answers: answersFor(s.core, oral.paper!, true), idempotencyKey: key() });
    expect(f.result).toMatchObject({ method: 'oral', passed: true });

    expect((await refused(s.core, s.admin, 'exams.correct', { resultId: r.recorded[1]!.id, score: 70, reason: '' })).code).toBe('invalid_input');
    const fixed = await call<ExamResult>(s.core, s.admin, 'exams.correct', { resultId: r.recorded[1]!.id, score: 70, reason: '阅卷漏加第二页分数' });
    expect(fixed).toMatchObject({ score: 70, passed: true, corrects: r.recorded[1]!.id, reason: '阅卷漏加第二页分数' });
    expect(() => s.core.db.prepare('UPDATE exam_results SET score = 100').run()).toThrow(/append-only/);
    const audit = s.core.db.prepare("SELECT action FROM audit_log WHERE entity = 'exam_result' ORDER BY at").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['paper_scores', 'correct']);

    const view = await call<SessionExamView>(s.core, s.admin, 'exams.session', { sessionId: s.sessionId });
    const wang = view.rows.find((x) => x.workerId === s.people[2]!.id)!;
    expect(wang.best).toMatchObject({ score: 70, passed: true });
    expect(wang.results).toHaveLength(2);

    const mine = await call<WorkerExamRow[]>(s.core, s.admin, 'exams.workerResults', { workerId: s.people[2]!.id });
    expect(mine.map((x) => [x.sessionTitle, x.result.score, x.result.passed])).toEqual([['入场安全教育', 70, true]]);
    const rates = await call<PassRateReport>(s.core, s.admin, 'exams.passRates', { stationId: s.stationId, from: '2026-03-01', to: '2026-03-31' });
    expect(rates.bySession[0]).toMatchObject({ takers: 3, passed: 3, rate: 1 });
    expect(rates.byCategory[0]).toMatchObject({ key: 'safety', takers: 3 });
  });

  it('gives the national platform export isPass and trainingScore per attendee', async () => {
    const s = await station();
    await s.setExam({});
    await call(s.core, s.admin, 'exams.paperScores', { sessionId: s.sessionId, maxScore: 50, rows: [{ workerId: s.people[0]!.id, score: 45 }, { workerId: s.people[1]!.id, score: 20 }] });
    s.clock.set('2026-03-02T01:31:00.000Z');
    await call(s.core, s.admin, 'sessions.setState', { sessionId: s.sessionId, state: 'closed' });
    const file = await call<{ base64: string }>(s.core, s.admin, 'exports.platform', { stationId: s.stationId, from: '2026-03-01', to: '2026-03-31', defaultNationalType: '003001' });
    const sheet = readXlsxWithPython(Buffer.from(file.base64, 'base64'))[0]!;
    const head = sheet.rows.findIndex((r) => r[0] === '培训名称');
    const cols = sheet.rows[head]!;
    const pass = cols.indexOf('是否合格（isPass）');
    const score = cols.indexOf('培训成绩（trainingScore）');
    expect([pass, score].every((i) => i > 0)).toBe(true);
    const byName = new Map(sheet.rows.slice(head + 1).map((r) => [r[9], [r[pass], r[score]]]));
    expect(byName.get('张三')).toEqual(['是', 90]);
    expect(byName.get('艾力')).toEqual(['否', 40]);
    expect(byName.get('王五')!.map((v) => v ?? '')).toEqual(['', '']);
  });
});
