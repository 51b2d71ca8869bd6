import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import { exportFile, safeFileName } from '../../services/exports';
import {
  correctResult, deleteQuestion, enterPaperScores, exportBank, finishAttempt, getQuestion, importBank, insertQuestion, listQuestions, loadStarterBank,
  passRates, saveAnswers, saveExam, sessionExamView, settleExpired, startAttempt, updateQuestion, workerResults,
} from '../../services/exams';
import { audited } from '../audited';
import type { Core } from '../core';
import type { HandlerGroup } from '../handler';

/** A kiosk device is confined to its own station. */
function confine(caller: Caller, stationId: string): void {
  if (caller.role === 'kiosk' && caller.stationId && caller.stationId !== stationId) throw new AppError('forbidden', 'This kiosk belongs to another station');
}

function assertCategory(core: Core, stationId: string, category: string, path: string): void {
  if (!core.vocab.has(stationId, 'content_category', category)) throw new AppError('invalid_input', 'Unknown category', { fields: [{ path, message: 'unknown category' }] });
}

const now = (core: Core) => core.clock.now().toISOString();

export const examHandlers: HandlerGroup<
  | 'exams.questions' | 'exams.saveQuestion' | 'exams.deleteQuestion' | 'exams.importBank' | 'exams.exportBank' | 'exams.loadStarter'
  | 'exams.session' | 'exams.save' | 'exams.startOral' | 'exams.paperScores' | 'exams.correct' | 'exams.passRates' | 'exams.workerResults'
  | 'kiosk.examStart' | 'kiosk.examSave' | 'kiosk.examFinish'
> = {
  'exams.questions': (input, { core }) => {
    core.stations.get(input.stationId);
    return listQuestions(core.db, { ...input });
  },
  'exams.saveQuestion': (input, { core, caller }) => {
    core.stations.get(input.stationId);
    assertCategory(core, input.stationId, input.fields.category, 'fields.category');
    return audited(core, caller, (note) => {
      if (!input.questionId) {
        const after = insertQuestion(core.db, input.stationId, input.fields, 'manual', now(core));
        note({ stationId: input.stationId, action: 'create', entity: 'exam_question', entityId: after.id, after });
        return after;
      }
      const before = getQuestion(core.db, input.questionId);
      if (before.stationId !== input.stationId) throw new AppError('not_found', 'No such question', { entity: 'question' });
      const after = updateQuestion(core.db, input.questionId, input.fields, now(core));
      note({ stationId: input.stationId, action: 'update', entity: 'exam_question', entityId: after.id, before, after });
      return after;
    });
  },
  'exams.deleteQuestion': (input, { core, caller }) =>
    audited(core, caller, (note) => {
      const before = deleteQuestion(core.db, input.questionId, now(core));
      note({ stationId: before.stationId, action: 'delete', entity: 'exam_question', entityId: before.id, before });
      return { deleted: true as const };
    }),
  'exams.importBank': async (input, { core, caller }) => {
    core.stations.get(input.stationId);
    assertCategory(core, input.stationId, input.defaultCategory, 'defaultCategory');
    const report = await importBank(core.db, input.stationId, { fileName: input.fileName, bytes: Buffer.from(input.base64, 'base64') }, { ...input, at: now(core) });
    if (report.committed)
      audited(core, caller, (note) =>
        note({ stationId: input.stationId, action: 'import', entity: 'exam_question', entityId: null, after: { fileName: input.fileName, rows: report.rows, added: report.added, existing: report.existing, refused: report.refused.length } }),
      );
    return report;
  },
  'exams.exportBank': async (input, { core }) => {
    const station = core.stations.get(input.stationId);
    return exportFile(`${safeFileName(station.name)}-题库.xlsx`, await exportBank(core.db, input.stationId));
  },
  'exams.loadStarter': (input, { core, caller }) => {
    core.stations.get(input.stationId);
    return audited(core, caller, (note) => {
      const r = loadStarterBank(core.db, input.stationId, now(core));
      note({ stationId: input.stationId, action: 'load_starter_bank', entity: 'exam_question', entityId: null, after: r });
      return r;
    });
  },
  'exams.session': (input, { core }) => {
    core.sessions.get(input.sessionId);
    settleExpired(core.db, now(core), { sessionId: input.sessionId });
    return sessionExamView(core.db, input.sessionId, now(core));
  },
  'exams.save': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    input.fields.draw.forEach((d, i) => assertCategory(core, session.stationId, d.category, `fields.draw.${i}.category`));
    return audited(core, caller, (note) => {
      const before = sessionExamView(core.db, session.id, now(core)).exam;
      const after = saveExam(core.db, session, input.fields, input.forSeries, now(core));
      note({ stationId: session.stationId, action: before ? 'update' : 'create', entity: 'exam', entityId: after.id, before, after });
      return after;
    });
  },
  'exams.startOral': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    return startAttempt(core.db, now(core), { session, workerId: input.workerId, method: 'badge', language: input.language, takenBy: 'oral' }, caller);
  },
  'exams.paperScores': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    return audited(core, caller, (note) => {
      const r = enterPaperScores(core.db, now(core), session.id, input.maxScore, input.rows, caller);
      note({ stationId: session.stationId, action: 'paper_scores', entity: 'exam_result', entityId: session.id, after: { recorded: r.recorded.map((x) => ({ workerId: x.workerId, score: x.score, passed: x.passed })), skipped: r.skipped } });
      return r;
    });
  },
  'exams.correct': (input, { core, caller }) =>
    audited(core, caller, (note) => {
      const { before, after } = correctResult(core.db, now(core), input.resultId, input.score, input.reason, caller);
      note({ stationId: core.sessions.get(after.sessionId).stationId, action: 'correct', entity: 'exam_result', entityId: after.id, before, after });
      return after;
    }),
  'exams.passRates': (input, { core }) => {
    core.stations.get(input.stationId);
    settleExpired(core.db, now(core));
    return passRates(core.db, input.stationId, input.from, `${input.to}T99`);
  },
  'exams.workerResults': (input, { core }) => {
    const ids = core.db.prepare('SELECT id FROM workers WHERE id = ? OR merged_into = ?').all(input.workerId, input.workerId) as { id: string }[];
    if (!ids.length) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return workerResults(core.db, ids.map((r) => r.id));
  },

  'kiosk.examStart': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    confine(caller, session.stationId);
    return startAttempt(core.db, now(core), { session, code: input.code, workerId: input.workerId, method: input.method, language: input.language, takenBy: 'kiosk' }, caller);
  },
  'kiosk.examSave': (input, { core, caller }) => saveAnswers(core.db, now(core), input.attemptId, input.answers, caller),
  'kiosk.examFinish': (input, { core, caller }) => finishAttempt(core.db, now(core), input, caller),
};
