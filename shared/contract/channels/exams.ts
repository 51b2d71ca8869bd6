import { z } from 'zod';
import { channel } from '../define';
import { SKILL_LEVELS } from '../../domain/vocab';
import { questionProblems } from '../../domain/exam-questions';
import { base64, id, isoDate, language, requiredText, text } from '../schemas';
import { MAX_IMPORT_BYTES } from './people';
import type { ExportFile } from '../records';
import type {
  BankImportReport,
  Exam,
  ExamFinishAnswer,
  ExamResult,
  ExamStartAnswer,
  PassRateReport,
  Question,
  QuestionFields,
  QuestionPage,
  SessionExamView,
  WorkerExamRow,
} from '../exam-types';

const questionText = z
  .object({
    stem: requiredText(500),
    options: z.array(text(200)).max(6).default([]),
    explanation: text(500).default(''),
  })
  .strict();

const category = z.string().regex(/^[a-z0-9_]{1,40}$/);

export const questionFields = z
  .object({
    kind: z.enum(['single', 'multiple', 'truefalse']),
    category,
    topic: text(50).default(''),
    tradeIds: z.array(id).max(50).default([]),
    skillLevel: z.enum(SKILL_LEVELS).nullable().default(null),
    answer: z.string().regex(/^[A-F]{1,6}$/, { message: 'letters A to F' }),
    points: z.number().positive().max(100).default(1),
    texts: z.object({ 'zh-CN': questionText, ug: questionText.optional(), en: questionText.optional() }).strict(),
  })
  .strict()
  .superRefine((f, ctx) => {
    for (const p of questionProblems(f as QuestionFields)) ctx.addIssue({ code: 'custom', message: p.reason, path: p.path.split('.') });
  });

const examFields = z
  .object({
    title: text(100).default(''),
    mode: z.enum(['draw', 'fixed']),
    draw: z.array(z.object({ category, topic: text(50).default(''), count: z.number().int().min(1).max(200) }).strict()).max(20).default([]),
    questionIds: z.array(id).max(200).default([]),
    passPercent: z.number().min(1).max(100).default(60),
    timeLimitMinutes: z.number().int().min(1).max(600).nullable().default(null),
    attemptsAllowed: z.number().int().min(1).max(10).default(1),
    shuffleOptions: z.boolean().default(true),
  })
  .strict()
  .refine((f) => (f.mode === 'draw' ? f.draw.length > 0 : f.questionIds.length > 0), { message: 'no questions', path: ['draw'] })
  .refine((f) => new Set(f.questionIds).size === f.questionIds.length, { message: 'a question twice', path: ['questionIds'] });

const key = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Answers by question id: the stored option indexes chosen. */
const answers = z.record(id, z.array(z.number().int().min(0).max(5)).max(6)).refine((a) => Object.keys(a).length <= 200, { message: 'too many answers' });

export const examChannels = {
  'exams.questions': channel<QuestionPage>()({
    access: 'trainer',
    input: z
      .object({
        stationId: id,
        category: category.optional(),
        topic: text(50).optional(),
        kind: z.enum(['single', 'multiple', 'truefalse']).optional(),
        q: text(50).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  }),
  'exams.saveQuestion': channel<Question>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ stationId: id, questionId: id.optional(), fields: questionFields }).strict(),
  }),
  'exams.deleteQuestion': channel<{ deleted: true }>()({ access: 'trainer', mutates: true, input: z.object({ questionId: id }).strict() }),
  /** Checks a 题库 file; with `commit`, adds its questions (all, or with `partial` the usable ones). */
  'exams.importBank': channel<BankImportReport>()({
    access: 'trainer',
    mutates: true,
    maxBodyBytes: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024,
    input: z
      .object({
        stationId: id,
        fileName: text(200).pipe(z.string().min(1)),
        base64: base64(MAX_IMPORT_BYTES),
        commit: z.boolean().default(false),
        partial: z.boolean().default(false),
        /** Where a row's 类别 is not a content category (a topic such as 高处作业). */
        defaultCategory: category.default('safety'),
      })
      .strict(),
  }),
  'exams.exportBank': channel<ExportFile>()({ access: 'trainer', input: z.object({ stationId: id }).strict() }),
  'exams.loadStarter': channel<{ added: number; existing: number }>()({ access: 'trainer', mutates: true, input: z.object({ stationId: id }).strict() }),

  'exams.session': channel<SessionExamView>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),
  'exams.save': channel<Exam>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ sessionId: id, forSeries: z.boolean().default(false), fields: examFields }).strict(),
  }),
  /** The trainer takes the exam with a worker who cannot read: the paper in the worker's language, method oral. */
  'exams.startOral': channel<ExamStartAnswer>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ sessionId: id, workerId: id, language: language.optional() }).strict(),
  }),
  /** Scores of a paper exam for a whole session, one row a worker. */
  'exams.paperScores': channel<{ recorded: ExamResult[]; skipped: { workerId: string; reason: 'not_attended' | 'has_paper_result' }[] }>()({
    access: 'trainer',
    mutates: true,
    input: z
      .object({
        sessionId: id,
        maxScore: z.number().positive().max(1000).default(100),
        rows: z.array(z.object({ workerId: id, score: z.number().min(0).max(1000) }).strict()).min(1).max(2000),
      })
      .strict()
      .refine((v) => new Set(v.rows.map((r) => r.workerId)).size === v.rows.length, { message: 'a worker twice', path: ['rows'] }),
  }),
  /** A corrected score, with the reason; appended and audited, the earlier row kept. */
  'exams.correct': channel<ExamResult>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ resultId: id, score: z.number().min(0).max(1000), reason: requiredText(200) }).strict(),
  }),
  'exams.passRates': channel<PassRateReport>()({
    access: 'trainer',
    input: z.object({ stationId: id, from: isoDate, to: isoDate }).strict(),
  }),
  'exams.workerResults': channel<WorkerExamRow[]>()({ access: 'trainer', input: z.object({ workerId: id }).strict() }),

  /** At the kiosk: the worker scans again (or types last digits) to start or resume the session's exam. */
  'kiosk.examStart': channel<ExamStartAnswer>()({
    access: 'kiosk',
    mutates: true,
    input: z
      .object({
        sessionId: id,
        code: z.string().max(600).optional(),
        workerId: id.optional(),
        method: z.enum(['badge', 'qr', 'id_digits', 'id_card']),
        language: language.optional(),
      })
      .strict()
      .refine((v) => (v.code === undefined) !== (v.workerId === undefined), { message: 'give a code or a worker', path: ['code'] }),
  }),
  /** The answers so far, sent as the worker goes, so an attempt left half-way resumes where it was. */
  'kiosk.examSave': channel<{ saved: boolean; state: 'open' | 'finished' }>()({
    access: 'kiosk',
    mutates: true,
    input: z.object({ attemptId: id, answers }).strict(),
  }),
  'kiosk.examFinish': channel<ExamFinishAnswer>()({
    access: 'kiosk',
    mutates: true,
    input: z.object({ attemptId: id, answers, idempotencyKey: key }).strict(),
  }),
} as const;
