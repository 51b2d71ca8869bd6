import type { Database } from 'better-sqlite3';
import { CURRENT } from './results';

/**
 * The subsidy rules' "考试合格后": a passed exam in one of the sessions the rule counted for this person
 * is the pass; failing those exams (and holding no certificate) is a fail; without any result the
 * certificates decide, as before.
 */
/** The subsidy list's question (reports' PassQuery, structurally: reports reads exams, not the other way). */
interface PassQuery {
  workerId: string;
  workerIds: readonly string[];
  sessionIds: readonly string[];
}
interface PassAnswer {
  state: 'passed' | 'failed' | 'not_recorded';
  evidenceZh: string | null;
}

export function examPassCheck<Q extends PassQuery>(db: Database, fallback: (q: Q) => PassAnswer): (q: Q) => PassAnswer {
  return (q) => {
    const ids = q.workerIds.length ? q.workerIds : [q.workerId];
    if (!q.sessionIds.length) return fallback(q);
    const rows = db
      .prepare(
        `SELECT r.passed, r.score, r.max_score, s.title, substr(s.starts_at, 1, 10) AS day FROM exam_results r JOIN training_sessions s ON s.id = r.session_id
         WHERE r.worker_id IN (${ids.map(() => '?').join(',')}) AND r.session_id IN (${q.sessionIds.map(() => '?').join(',')}) AND ${CURRENT}
         ORDER BY r.passed DESC, r.score / r.max_score DESC, s.starts_at`,
      )
      .all(...ids, ...q.sessionIds) as { passed: number; score: number; max_score: number; title: string; day: string }[];
    const best = rows[0];
    if (best?.passed) return { state: 'passed', evidenceZh: `${best.day}《${best.title}》考试合格（${best.score}/${best.max_score}分）` };
    const cert = fallback(q);
    if (cert.state === 'passed' || !best) return cert;
    return { state: 'failed', evidenceZh: null };
  };
}
