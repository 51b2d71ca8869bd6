import type { Database } from 'better-sqlite3';
import type { ScanAnswer } from '../../../shared/contract/attendance-types';
import type { Clock } from '../../lib/clock';
import { safetyEducation } from './service';

/** Answers after which the worker is (or was already) in the room: the kiosk then says what is still due. */
const TOLD: ReadonlySet<ScanAnswer['outcome']> = new Set(['signed_in', 'late', 'reopened', 'already_signed_in', 'education_due']);

/**
 * 三级安全教育 at the door, for one session: whether a worker with levels due is refused (the station's
 * `allowOtherSessions` off, and this session stands for no level), and the levels added to the answer
 * so the kiosk can tell the worker, in their language, which is due.
 */
export function educationAtDoor(core: { db: Database; clock: Clock }, session: { id: string; stationId: string }) {
  const edu = safetyEducation(core);
  const settings = edu.settings(session.stationId);
  const levelSession = edu.sessionLevel(session.id).level !== null;
  const refuse = !settings.allowOtherSessions && !levelSession ? (workerId: string) => edu.dueFor(session.stationId, workerId) !== null : undefined;
  return {
    refuse,
    tell(answer: ScanAnswer): ScanAnswer {
      if (!answer.worker || !TOLD.has(answer.outcome)) return answer;
      const due = edu.dueFor(session.stationId, answer.worker.id);
      return due ? { ...answer, educationDue: due } : answer;
    },
  };
}
