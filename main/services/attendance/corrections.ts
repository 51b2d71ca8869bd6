import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { TrainingSession } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { wallToInstant } from '../../../shared/domain/time';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { appendAudit } from '../audit';
import type { StationSettingsService } from '../settings';
import { appendEvent } from './chain';
import { recreditClosed } from './closing';
import { opensAt } from './placing';
import { auditRow, HIT_COLUMNS, type AttendanceDbRow, type WorkerHit } from './rows';

export interface Correction {
  sessionId: string;
  workerId: string;
  action: 'add' | 'excuse' | 'void' | 'sign_out';
  reason: string;
  /** add: arrival; sign_out: leaving. Station wall clock. */
  at?: string;
  /** add: leaving, for someone vouched for after they went. */
  leftAt?: string;
}

const KIND = { add: 'manual_add', excuse: 'excuse', void: 'void', sign_out: 'sign_out' } as const;

const badTime = (path: string, message: string) => new AppError('invalid_input', message, { fields: [{ path, message }] });

/**
 * A trainer's correction (补签, excuse, void, sign-out), recorded in the chain with who did it and why,
 * and in the audit log with the row before and after. The times are those the correction stands for:
 * a worker who forgot the badge and was there from the start arrived at the start (the default), not
 * when the trainer typed it. Once a session is closed its records are what reports, subsidies and
 * inspectors rely on: a correction then needs an admin and its hours are credited again at once.
 */
export function correctAttendance(
  db: Database,
  clock: Clock,
  settingsService: StationSettingsService,
  session: TrainingSession,
  input: Correction,
  caller: Caller,
): void {
  const w = db.prepare(`SELECT ${HIT_COLUMNS} FROM workers WHERE id = ?`).get(input.workerId) as WorkerHit | undefined;
  if (!w) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
  if (w.station_id !== session.stationId) throw new AppError('invalid_input', 'That worker is not on this station', { fields: [{ path: 'workerId', message: 'other station' }] });
  if (session.state === 'cancelled') throw new AppError('conflict', 'The session is cancelled', { reason: 'session_cancelled' });
  const closed = session.state === 'closed';
  if (closed && caller.role !== 'admin') throw new AppError('forbidden', 'Only an admin may correct a closed session', { reason: 'session_closed_admin_only' });
  const settings = settingsService.get(session.stationId);
  const nowMs = clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const startMs = wallToInstant(session.startsAt);
  const endMs = wallToInstant(session.endsAt);

  // The times the correction stands for, checked against the session and the clock.
  const arrival = input.action === 'add' ? (input.at ? wallToInstant(input.at) : Math.min(startMs, nowMs)) : null;
  if (input.at && arrival !== null && (arrival < opensAt(session, settings) || arrival > Math.min(endMs, nowMs)))
    throw badTime('at', 'The arrival must fall between the sign-in opening and the end of the session, and not in the future');
  const leaving =
    input.action === 'add'
      ? input.leftAt ? wallToInstant(input.leftAt) : null
      : input.action === 'sign_out'
        ? input.at ? wallToInstant(input.at) : Math.min(nowMs, endMs)
        : null;
  if (leaving !== null && leaving > nowMs) throw badTime(input.action === 'add' ? 'leftAt' : 'at', 'The leaving time is in the future');

  db.transaction(() => {
    const existing = db.prepare('SELECT * FROM attendance WHERE session_id = ? AND worker_id = ?').get(session.id, w.id) as AttendanceDbRow | undefined;
    if (input.action === 'add' && existing?.status === 'present') throw new AppError('conflict', 'Already signed in', { reason: 'already_present' });
    if ((input.action === 'void' || input.action === 'sign_out') && existing?.status !== 'present') throw new AppError('conflict', 'Not signed in', { reason: 'not_present' });
    if (input.action === 'sign_out' && existing?.signed_out_at) throw new AppError('conflict', 'Already signed out', { reason: 'already_signed_out' });
    if (input.action === 'sign_out' && leaving! < Date.parse(existing!.signed_in_at!)) throw badTime('at', 'The leaving time is before the sign-in');
    const event = (kind: string, atMs: number) =>
      appendEvent(db, {
        id: newId(nowMs), station_id: session.stationId, session_id: session.id, worker_id: w.id, kind, at: new Date(atMs).toISOString(),
        client_at: null, method: 'manual', account_id: caller.accountId ?? null, device_id: caller.deviceId ?? null, reason: input.reason, idempotency_key: null,
      });

    let rowId: string;
    if (input.action === 'sign_out') {
      rowId = existing!.id;
      event(KIND.sign_out, leaving!);
      db.prepare("UPDATE attendance SET signed_out_at = ?, sign_out_auto = 0, out_method = 'manual', reason = ?, updated_at = ? WHERE id = ?")
        .run(new Date(leaving!).toISOString(), input.reason, now, rowId);
    } else {
      event(KIND[input.action], arrival ?? nowMs);
      if (leaving !== null) event(KIND.sign_out, leaving);
      const status = input.action === 'add' ? 'present' : input.action === 'excuse' ? 'excused' : 'voided';
      const signedIn = arrival !== null ? new Date(arrival).toISOString() : null;
      const signedOut = leaving !== null ? new Date(leaving).toISOString() : null;
      const late = arrival !== null && arrival > startMs + settings.lateAfterMinutes * 60_000;
      const method = input.action === 'add' ? 'manual' : (existing?.in_method ?? null);
      if (existing) {
        rowId = existing.id;
        db.prepare(
          `UPDATE attendance SET status = ?, signed_in_at = ?, signed_out_at = ?, sign_out_auto = 0, out_method = ?, late = ?, in_method = ?, reason = ?,
             credited_hours = NULL, updated_at = ? WHERE id = ?`,
        ).run(status, signedIn, signedOut, signedOut ? 'manual' : null, late ? 1 : 0, method, input.reason, now, rowId);
      } else {
        rowId = newId(nowMs);
        db.prepare(
          `INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, signed_out_at, out_method, late, in_method, reason, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(rowId, session.stationId, session.id, w.id, w.seq, status, signedIn, signedOut, signedOut ? 'manual' : null, late ? 1 : 0, method, input.reason, now, now);
      }
    }
    const action = `correct_${input.action}`;
    if (closed) {
      recreditClosed(db, caller, { session, settings, rowId, before: existing, action, nowMs, reason: input.reason });
    } else {
      const after = db.prepare('SELECT * FROM attendance WHERE id = ?').get(rowId) as AttendanceDbRow;
      appendAudit(db, caller, {
        stationId: session.stationId, at: new Date(nowMs), action, entity: 'attendance', entityId: rowId,
        before: existing ? { ...auditRow(existing), sessionState: session.state } : undefined,
        after: { ...auditRow(after), reason: input.reason },
      });
    }
  }).immediate();
}
