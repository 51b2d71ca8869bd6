import type { Database } from 'better-sqlite3';
import type { SubsidyRule } from '../../../shared/contract/subsidy-rules';

/** Whether a person passed what a rule's clause asks them to pass (考试合格后 / 取得考核合格证书). */
export type PassState = 'passed' | 'failed' | 'not_recorded';

export interface PassQuery {
  stationId: string;
  workerId: string;
  /** Archived records merged into this one: their results count too. */
  workerIds: readonly string[];
  rule: SubsidyRule;
  year: number;
  tradeId: string | null;
  /** The sessions the rule counted for this person. */
  sessionIds: readonly string[];
}

export interface PassAnswer {
  state: PassState;
  /** What the pass rests on, in the form's Chinese (a certificate number, an exam), when passed. */
  evidenceZh: string | null;
}

/**
 * Where the subsidy list asks "did this person pass?". An exam result in one of the sessions the rule
 * counted answers first (exams/pass-check.ts: 考试合格后); else a certificate of the kind the rule names
 * (002 (九): 取得考核合格证书) issued in the year; with neither, "pass not recorded", paid nothing.
 */
export type PassCheck = (q: PassQuery) => PassAnswer;

export function certificatePassCheck(db: Database): PassCheck {
  return (q) => {
    if (!q.rule.passCertificateKinds.length) return { state: 'not_recorded', evidenceZh: null };
    const kinds = q.rule.passCertificateKinds;
    const ids = q.workerIds.length ? q.workerIds : [q.workerId];
    const row = db
      .prepare(
        `SELECT number, issued_on FROM certificates WHERE worker_id IN (${ids.map(() => '?').join(',')})
           AND kind IN (${kinds.map(() => '?').join(',')}) AND issued_on >= ? AND issued_on <= ?
         ORDER BY issued_on LIMIT 1`,
      )
      .get(...ids, ...kinds, `${q.year}-01-01`, `${q.year}-12-31`) as { number: string; issued_on: string } | undefined;
    if (!row) return { state: 'not_recorded', evidenceZh: null };
    return { state: 'passed', evidenceZh: `${row.issued_on}取得考核合格证书${row.number ? `（证书编号${row.number}）` : ''}` };
  };
}
