import type { Database } from 'better-sqlite3';
import type { ExamResult } from '../../../shared/contract/exam-types';
import type { EduLevel } from '../../../shared/domain/safety-education';
import { bestResult } from '../exams';

export interface LevelPass {
  /** null: no exam result is visible here (nothing recorded, or no exam store yet). */
  passed: boolean | null;
  score: number | null;
}

/**
 * The one place where 三级安全教育 reads exam passes: the best current exam result (exams service) of
 * the worker's attendance in each of the level's attended sessions. A level whose "exam pass required"
 * setting is on is complete only with a pass here; the card prints the best score.
 */
export function levelPassed(db: Database, workerId: string, _level: EduLevel, sessionIds: readonly string[]): LevelPass {
  if (!sessionIds.length) return { passed: null, score: null };
  const attendances = db
    .prepare(`SELECT id FROM attendance WHERE worker_id = ? AND session_id IN (${sessionIds.map(() => '?').join(',')})`)
    .pluck()
    .all(workerId, ...sessionIds) as string[];
  const results = attendances.map((id) => bestResult(db, id)).filter((r): r is ExamResult => r !== null);
  if (!results.length) return { passed: null, score: null };
  const best = results.sort((a, b) => Number(b.passed) - Number(a.passed) || b.percent - a.percent)[0]!;
  return { passed: best.passed, score: best.score };
}
