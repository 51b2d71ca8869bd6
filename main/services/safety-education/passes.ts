import type { Database } from 'better-sqlite3';
import type { EduLevel } from '../../../shared/domain/safety-education';

export interface LevelPass {
  /** null: no exam result is visible here (nothing recorded, or no exam store yet). */
  passed: boolean | null;
  score: number | null;
}

/**
 * THE ONE PLACE where 三级安全教育 reads exam passes. Exam results are recorded by the exams service
 * (a separate part of the app, built beside this one); until it is wired in here, no pass is visible,
 * so a level whose "exam pass required" setting is on is NOT complete for anyone (its hours alone do
 * not clear it), and the card's score line is left blank for the pen. Levels without that setting
 * are unaffected. To wire it: answer from the exam results of `worker` in `sessionIds` (the level's
 * attended sessions), best attempt first.
 */
export function levelPassed(_db: Database, _workerId: string, _level: EduLevel, _sessionIds: readonly string[]): LevelPass {
  return { passed: null, score: null };
}
