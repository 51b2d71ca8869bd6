import type { Language } from '../i18n/languages';
import type { SkillLevel } from '../domain/vocab';

/** Exams (考试): the question bank, an exam on a session, attempts and results. */

export const QUESTION_KINDS = ['single', 'multiple', 'truefalse'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** The 题型 column's words, as Chinese 题库 files write them. */
export const QUESTION_KIND_ZH: Record<QuestionKind, string> = { single: '单选题', multiple: '多选题', truefalse: '判断题' };
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const EXAM_METHODS = ['kiosk', 'oral', 'paper'] as const;
export type ExamMethod = (typeof EXAM_METHODS)[number];

/** A question's words in one language. A true/false question has no options (正确 / 错误 are the app's). */
export interface QuestionText {
  stem: string;
  options: string[];
  explanation: string;
}

export interface QuestionFields {
  kind: QuestionKind;
  category: string;
  topic: string;
  tradeIds: string[];
  skillLevel: SkillLevel | null;
  /** Letters of the right options, in order: 'B', 'ACD'; true/false: 'A' true, 'B' false. */
  answer: string;
  points: number;
  texts: { 'zh-CN': QuestionText; ug?: QuestionText; en?: QuestionText };
}

export interface Question extends QuestionFields {
  id: string;
  stationId: string;
  source: 'manual' | 'import' | 'starter';
  createdAt: string;
  updatedAt: string;
}

export interface QuestionPage {
  rows: Question[];
  total: number;
  offset: number;
  /** Questions per category (and topic) in the whole bank, for drawing an exam. */
  counts: { category: string; topic: string; kind: QuestionKind; n: number }[];
}

export interface BankIssue {
  row: number;
  column: string | null;
  reason: string;
  params?: Record<string, string | number>;
}

export interface BankImportReport {
  rows: number;
  added: number;
  /** Already in the bank (same Chinese stem): left as they are. */
  existing: number;
  refused: BankIssue[];
  notes: BankIssue[];
  committed: boolean;
}

export interface DrawRule {
  category: string;
  /** '' for any topic of the category. */
  topic: string;
  count: number;
}

export interface ExamFields {
  title: string;
  mode: 'draw' | 'fixed';
  draw: DrawRule[];
  questionIds: string[];
  /** Percent of the paper's points needed to pass. */
  passPercent: number;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  shuffleOptions: boolean;
}

export interface Exam extends ExamFields {
  id: string;
  stationId: string;
  sessionId: string | null;
  seriesId: string | null;
  /** Questions on one paper and their points. */
  questionCount: number;
  maxScore: number;
  createdAt: string;
  updatedAt: string;
}

/** One question as a worker sees it: in their language (or Chinese, said so), options in this paper's order. */
export interface PaperQuestion {
  id: string;
  kind: QuestionKind;
  stem: string;
  /** Shown options; each carries its index in the stored question, which is what answers name. */
  options: { index: number; text: string }[];
  points: number;
  language: Language;
  fallback: boolean;
}

export interface ExamPaper {
  attemptId: string;
  attemptNo: number;
  attemptsAllowed: number;
  worker: { id: string; name: string; language: Language };
  title: string;
  questions: PaperQuestion[];
  /** Saved answers (stored option indexes), so a worker who comes back resumes where they left. */
  answers: Record<string, number[]>;
  deadlineAt: string;
  resumed: boolean;
  passPercent: number;
  maxScore: number;
}

export interface ExamResult {
  id: string;
  examId: string;
  sessionId: string;
  attendanceId: string;
  workerId: string;
  attemptId: string;
  attemptNo: number;
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean;
  method: ExamMethod;
  at: string;
  deviceId: string | null;
  accountId: string | null;
  /** A correction: the row it replaces and why. */
  corrects: string | null;
  reason: string | null;
}

export type ExamStartOutcome =
  | 'paper'
  | 'choose'
  | 'unknown_code'
  | 'worker_left'
  | 'no_exam'
  | 'not_attended'
  | 'no_attempts_left'
  | 'already_passed'
  | 'too_few_questions';

export interface ExamStartAnswer {
  outcome: ExamStartOutcome;
  paper: ExamPaper | null;
  /** Several people end in the typed digits. */
  candidates: { workerId: string; maskedName: string; team: string }[];
  /** The worker (named) when known; the last result when no attempt is left or already passed. */
  workerName: string | null;
  language: Language | null;
  last: ExamResult | null;
}

export interface ExamFinishAnswer {
  result: ExamResult;
  /** The same attempt was already recorded (another tablet, a retry): this is that result. */
  repeat: boolean;
  correct: number;
  total: number;
}

/** A session's attendees and their exam results, for the trainer's table. */
export interface SessionExamRow {
  attendanceId: string;
  workerId: string;
  name: string;
  team: string;
  attempts: number;
  /** The best current result over the attempts. */
  best: ExamResult | null;
  results: ExamResult[];
  openAttempt: boolean;
}

export interface SessionExamView {
  exam: Exam | null;
  /** Questions the bank holds for each draw rule (fewer than asked makes the exam unusable). */
  available: { category: string; topic: string; count: number; available: number }[];
  rows: SessionExamRow[];
}

export interface PassRateRow {
  key: string;
  label: string;
  takers: number;
  passed: number;
  /** 0..1; null when nobody took it. */
  rate: number | null;
  averagePercent: number | null;
}

export interface PassRateReport {
  bySession: PassRateRow[];
  byCategory: PassRateRow[];
  byTrade: PassRateRow[];
  byTrainer: PassRateRow[];
}

export interface WorkerExamRow {
  sessionId: string;
  sessionTitle: string;
  startsAt: string;
  result: ExamResult;
}
