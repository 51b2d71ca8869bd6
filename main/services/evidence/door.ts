import type { Database } from 'better-sqlite3';
import type { ScanAnswer } from '../../../shared/contract/attendance-types';
import { hasConsent } from './photos';
import { readSettings } from './settings';

/** Sign-ins a photo goes with: the worker just came in (a repeat or a refusal takes none). */
const PHOTOGRAPHED: ReadonlySet<ScanAnswer['outcome']> = new Set(['signed_in', 'late', 'reopened']);

/**
 * Tells the kiosk, in the sign-in's answer, what to do once it has shown it: ask the worker's consent
 * (first time) or take the photo and send it with `kiosk.photo`. The sign-in itself is already
 * recorded: nothing here is in its way.
 */
export function evidenceAtDoor(db: Database, session: { id: string; stationId: string }) {
  const { enabled: on, retentionDays } = readSettings(db, session.stationId);
  return (answer: ScanAnswer): ScanAnswer => {
    if (!on || !answer.worker || answer.repeat || !PHOTOGRAPHED.has(answer.outcome)) return answer;
    return { ...answer, evidence: { step: hasConsent(db, answer.worker.id) ? 'photo' : 'consent', sessionId: session.id, retentionDays } };
  };
}
