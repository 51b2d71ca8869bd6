import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { StationSettings, TrainingSession } from '../../../shared/contract/records';
import { wallToInstant } from '../../../shared/domain/time';
import { appendAudit } from '../audit';
import { newId } from '../../lib/ids';
import { appendEvent } from './chain';
import { creditedHours } from './credit';
import { auditRow, type AttendanceDbRow } from './rows';

/** The class hours one present attendance earns in its session, under the station's rules. */
export function hoursFor(s: TrainingSession, settings: StationSettings, r: Pick<AttendanceDbRow, 'status' | 'signed_in_at' | 'signed_out_at'>): number {
  if (r.status !== 'present' || !r.signed_in_at) return 0;
  return creditedHours({
    startsAt: s.startsAt, endsAt: s.endsAt, sessionHours: s.classHours, signedInAt: r.signed_in_at, signedOutAt: r.signed_out_at, fullShare: settings.fullCreditShare,
  });
}

/**
 * A change to an attendance of a closed session (an admin's correction, or a scan a tablet queued
 * while the session was open and delivered after it closed): its hours are credited again at once,
 * so the closed session's figures stay consistent, and the audit log keeps the row before and after.
 */
export function recreditClosed(
  db: Database,
  caller: Caller,
  c: { session: TrainingSession; settings: StationSettings; rowId: string; before: AttendanceDbRow | undefined; action: string; nowMs: number; reason?: string },
): AttendanceDbRow {
  const after = db.prepare('SELECT * FROM attendance WHERE id = ?').get(c.rowId) as AttendanceDbRow;
  after.credited_hours = hoursFor(c.session, c.settings, after);
  db.prepare('UPDATE attendance SET credited_hours = ? WHERE id = ?').run(after.credited_hours, after.id);
  appendAudit(db, caller, {
    stationId: c.session.stationId, at: new Date(c.nowMs), action: c.action, entity: 'attendance', entityId: after.id,
    before: c.before ? { ...auditRow(c.before), sessionState: c.session.state } : undefined,
    after: { ...auditRow(after), ...(c.reason !== undefined ? { reason: c.reason } : {}) },
  });
  return after;
}

/**
 * When a session closes: forgotten sign-outs are closed at the session's end and flagged, and every
 * attendance gets its credited class hours. Runs inside the caller's transaction.
 */
export function closeAttendance(db: Database, s: TrainingSession, settings: StationSettings, nowMs: number): void {
  const endMs = wallToInstant(s.endsAt);
  const now = new Date(nowMs).toISOString();
  const rows = db.prepare("SELECT * FROM attendance WHERE session_id = ? AND status = 'present'").all(s.id) as AttendanceDbRow[];
  const setOut = db.prepare("UPDATE attendance SET signed_out_at = ?, sign_out_auto = 1, out_method = 'auto', updated_at = ? WHERE id = ?");
  const setHours = db.prepare('UPDATE attendance SET credited_hours = ?, updated_at = ? WHERE id = ?');
  for (const r of rows) {
    if (!r.signed_out_at && settings.signOutRequired) {
      r.signed_out_at = new Date(Math.min(nowMs, endMs)).toISOString();
      appendEvent(db, {
        id: newId(nowMs), station_id: s.stationId, session_id: s.id, worker_id: r.worker_id, kind: 'auto_sign_out', at: r.signed_out_at,
        client_at: null, method: 'auto', account_id: null, device_id: null, reason: null, idempotency_key: null,
      });
      setOut.run(r.signed_out_at, now, r.id);
    }
    setHours.run(hoursFor(s, settings, r), now, r.id);
  }
  db.prepare("UPDATE attendance SET credited_hours = 0, updated_at = ? WHERE session_id = ? AND status <> 'present'").run(now, s.id);
}
