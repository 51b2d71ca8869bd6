/**
 * Exams (考试): the question bank, an exam per session or series, attempts on the kiosk, oral and paper
 * results, corrections and pass rates. Other domains read results through `passedExam` and
 * `bestResult` (三级安全教育 levels that require a pass, the subsidy rules' 考试合格).
 */
export { passedExam, bestResult, resultHistory, workerResults, passes } from './results';
export { examForSession, getExam, saveExam, sessionExamView, availability } from './exams';
export { startAttempt, saveAnswers, finishAttempt, enterPaperScores, correctResult, settleExpired, OPEN_WITHOUT_LIMIT_MS } from './attempts';
export { getQuestion, insertQuestion, updateQuestion, deleteQuestion, listQuestions } from './bank';
export { importBank, exportBank, BANK_HEADERS } from './bank-xlsx';
export { loadStarterBank } from './starter';
export { passRates, platformScores } from './reports';
export { examPassCheck } from './pass-check';
