import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { AttendanceRow, KioskSession, KioskState, KioskWorker, LiveView, ScanAnswer, ScanMethod } from '../../../shared/contract/attendance-types';
import type { TrainingSession, Audience } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { stationNow, wallClockTime, wallToInstant } from '../../../shared/domain/time';
import type { Clock } from '../../app/clock';
import { newId } from '../../app/ids';
import type { SessionService } from '../sessions';
import type { StationSettingsService } from '../station-settings';
import { appendAudit } from '../audit-trail';
import { appendEvent, sessionFingerprint } from './chain';
import { classifyScan, maskName } from '../../../shared/domain/scan-codes';
import { creditedHours } from './credit';

interface AttendanceDbRow {
  id: string;
  worker_id: string;
  status: 'present' | 'excused' | 'voided';
  signed_in_at: string | null;
  signed_out_at: string | null;
  sign_out_auto: number;
  late: number;
  in_method: string | null;
  reason: string | null;
  credited_hours: number | null;
}

interface WorkerHit {
  id: string;
  name: string;
  status: 'on_site' | 'left';
  language: string;
  team: string;
  archived_at: string | null;
  merged_into: string | null;
  /** The worker's number, which each attendance row carries for the reports (migration 016). */
  seq: number;
}

/** The columns of a WorkerHit, for every query that finds the worker a scan or a correction is about. */
const HIT_COLUMNS = 'id, name, status, language, team, archived_at, merged_into, seq';

export interface ScanInput {
  sessionId: string;
  code?: string;
  workerId?: string;
  method: ScanMethod;
  mode: 'in' | 'out';
  ack: boolean;
  idempotencyKey: string;
  queued?: { clientAt: string; clientNow: string };
}

const ID_MASK = (id: string) => (id.length >= 10 ? id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4) : '****');

/** An attendance row as the audit log keeps it: who, status and times, and the hours credited. */
const auditRow = (r: AttendanceDbRow) => ({
  workerId: r.worker_id, status: r.status, signedInAt: r.signed_in_at, signedOutAt: r.signed_out_at, late: r.late === 1, creditedHours: r.credited_hours,
});

export class AttendanceService {
  constructor(
    private db: Database,
    private clock: Clock,
    private sessions: SessionService,
    private settings: StationSettingsService,
  ) {}

  // --- the kiosk ------------------------------------------------------------

  private kioskSession(s: TrainingSession): KioskSession {
    return {
      id: s.id,
      title: s.title,
      category: s.category,
      trainerNames: s.trainerNames,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      state: s.state,
      presentCount: this.presentCount(s.id),
      requiresAck: !!s.ackText,
    };
  }

  private presentCount(sessionId: string): number {
    return (
      this.db.prepare("SELECT count(*) AS n FROM attendance WHERE session_id = ? AND status = 'present'").get(sessionId) as { n: number }
    ).n;
  }

  /** Whether a session takes sign-ins now: open, or planned and inside its sign-in window. */
  private accepting(s: TrainingSession, nowMs: number): boolean {
    if (s.state === 'open') return true;
    if (s.state !== 'planned') return false;
    const { signInOpensMinutesBefore } = this.settings.get(s.stationId);
    return nowMs >= wallToInstant(s.startsAt) - signInOpensMinutesBefore * 60_000 && nowMs <= wallToInstant(s.endsAt);
  }

  kioskState(stationId: string, stationName: string, sessionId?: string): KioskState {
    const now = this.clock.now();
    const today = stationNow(now).slice(0, 10);
    const list = this.sessions.list({ stationId, from: today, to: today, q: '', offset: 0, limit: 100 }).rows.reverse();
    const choices = list.filter((s) => s.state !== 'cancelled' && s.state !== 'closed');
    let chosen: TrainingSession | undefined;
    if (sessionId) {
      chosen = this.sessions.get(sessionId);
      if (chosen.stationId !== stationId) throw new AppError('not_found', 'No such session', { entity: 'session' });
    } else {
      const live = choices.filter((s) => this.accepting(s, now.getTime()));
      if (live.length === 1) chosen = live[0];
    }
    return {
      stationName,
      session: chosen ? this.kioskSession(chosen) : null,
      choices: choices.map((s) => this.kioskSession(s)),
      signOutRequired: this.settings.get(stationId).signOutRequired,
      serverTime: now.toISOString(),
    };
  }

  private workerById(id: string): WorkerHit | undefined {
    return this.db
      .prepare(`SELECT ${HIT_COLUMNS} FROM workers WHERE id = ?`)
      .get(id) as WorkerHit | undefined;
  }

  private kioskWorker(w: WorkerHit): KioskWorker {
    const photo = this.db.prepare('SELECT mime, bytes FROM worker_photos WHERE worker_id = ?').get(w.id) as { mime: string; bytes: Buffer } | undefined;
    return {
      id: w.id,
      name: w.name,
      language: (isLanguage(w.language) ? w.language : 'zh-CN') as Language,
      photoDataUrl: photo ? `data:${photo.mime};base64,${photo.bytes.toString('base64')}` : null,
    };
  }

  private answer(partial: Partial<ScanAnswer> & { outcome: ScanAnswer['outcome'] }, sessionId: string): ScanAnswer {
    return {
      worker: null,
      at: null,
      time: null,
      candidates: [],
      ackText: null,
      repeat: false,
      ...partial,
      presentCount: this.presentCount(sessionId),
    };
  }

  /** Who a scan points at, or the kiosk answer that says why nobody. */
  private resolve(stationId: string, input: ScanInput): { worker: WorkerHit } | { answer: Omit<ScanAnswer, 'presentCount'> & { outcome: ScanAnswer['outcome'] } } {
    const none = { worker: null, at: null, time: null, candidates: [], ackText: null, repeat: false };
    if (input.workerId) {
      const w = this.workerById(input.workerId);
      if (!w || w.archived_at) return { answer: { ...none, outcome: 'unknown_code' } };
      return { worker: w };
    }
    const scanned = classifyScan(input.code ?? '');
    const find = (sql: string, ...args: unknown[]) => this.db.prepare(sql).all(...args) as WorkerHit[];
    if (scanned.kind === 'empty') return { answer: { ...none, outcome: 'unknown_code' } };
    if (scanned.kind === 'id_number') {
      const [w] = find(`SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND id_type = 'resident' AND id_number = ? AND archived_at IS NULL`, stationId, scanned.value);
      return w ? { worker: w } : { answer: { ...none, outcome: 'unknown_code' } };
    }
    if (scanned.kind === 'digits' && input.method === 'id_digits') {
      const rev = [...scanned.value].reverse().join('');
      const hits = find(
        `SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND id_rev >= ? AND id_rev < ? AND archived_at IS NULL ORDER BY name LIMIT 9`,
        stationId,
        rev,
        rev + '\uffff',
      );
      if (hits.length === 1) return { worker: hits[0]! };
      if (hits.length === 0) return { answer: { ...none, outcome: 'unknown_code' } };
      return {
        answer: { ...none, outcome: 'choose', candidates: hits.map((h) => ({ workerId: h.id, maskedName: maskName(h.name), team: h.team })) },
      };
    }
    const badge = this.db
      .prepare('SELECT worker_id, revoked_at FROM badges WHERE station_id = ? AND code = ?')
      .get(stationId, scanned.value) as { worker_id: string; revoked_at: string | null } | undefined;
    if (!badge) {
      const [w] = find(`SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND badge_code = ? AND archived_at IS NULL`, stationId, scanned.value);
      return w ? { worker: w } : { answer: { ...none, outcome: 'unknown_code' } };
    }
    if (badge.revoked_at) return { answer: { ...none, outcome: 'badge_replaced' } };
    const w = this.workerById(badge.worker_id);
    return w && !w.archived_at ? { worker: w } : { answer: { ...none, outcome: 'unknown_code' } };
  }

  /**
   * One scan at the kiosk. The answer is given only after the write is committed (synchronous=FULL),
   * and its time is the PC's clock; a queued scan from a tablet is placed at its own time, corrected
   * for the tablet's clock error.
   */
  scan(input: ScanInput, caller: Caller): ScanAnswer {
    const session = this.sessions.get(input.sessionId);
    const replay = this.replay(input.idempotencyKey, session.id);
    if (replay) return replay;

    const resolved = this.resolve(session.stationId, input);
    if ('answer' in resolved) return this.answer(resolved.answer, session.id);
    const w = resolved.worker;
    const worker = this.kioskWorker(w);
    const nowMs = this.clock.now().getTime();
    const atMs = input.queued ? Date.parse(input.queued.clientAt) + (nowMs - Date.parse(input.queued.clientNow)) : nowMs;
    const at = new Date(Math.min(atMs, nowMs)).toISOString();

    if (w.status === 'left') return this.answer({ outcome: 'worker_left', worker }, session.id);
    if (!this.accepting(session, Date.parse(at)) && !(input.queued && this.accepting(session, nowMs)))
      return this.answer({ outcome: 'session_not_open', worker }, session.id);

    const settings = this.settings.get(session.stationId);
    return this.db.transaction((): ScanAnswer => {
      const existing = this.db
        .prepare('SELECT * FROM attendance WHERE session_id = ? AND worker_id = ?')
        .get(session.id, w.id) as AttendanceDbRow | undefined;
      const base = {
        station_id: session.stationId,
        session_id: session.id,
        worker_id: w.id,
        client_at: input.queued?.clientAt ?? null,
        method: input.method,
        account_id: caller.accountId ?? null,
        device_id: caller.deviceId ?? null,
        reason: null,
        idempotency_key: input.idempotencyKey,
      };

      if (input.mode === 'out') {
        if (!existing || existing.status !== 'present' || !existing.signed_in_at) return this.answer({ outcome: 'not_signed_in', worker }, session.id);
        if (existing.signed_out_at) return this.answer({ outcome: 'signed_out', worker, at: existing.signed_out_at, time: wallClockTime(existing.signed_out_at), repeat: true }, session.id);
        appendEvent(this.db, { ...base, id: newId(nowMs), kind: 'sign_out', at });
        this.db
          .prepare("UPDATE attendance SET signed_out_at = ?, out_method = ?, updated_at = ? WHERE id = ?")
          .run(at, input.method, new Date(nowMs).toISOString(), existing.id);
        return this.answer({ outcome: 'signed_out', worker, at, time: wallClockTime(at) }, session.id);
      }

      if (existing && existing.status === 'present' && existing.signed_in_at) {
        // A second scan within a few seconds is the same sign-in, answered the same way.
        const quick = nowMs - Date.parse(existing.signed_in_at) <= settings.repeatScanSeconds * 1000;
        const outcome = quick ? (existing.late ? 'late' : 'signed_in') : 'already_signed_in';
        return this.answer({ outcome, worker, at: existing.signed_in_at, time: wallClockTime(existing.signed_in_at), repeat: quick }, session.id);
      }
      if (session.ackText && !input.ack) return this.answer({ outcome: 'ack_required', worker, ackText: session.ackText }, session.id);

      const late = Date.parse(at) > wallToInstant(session.startsAt) + settings.lateAfterMinutes * 60_000;
      const stamp = new Date(nowMs).toISOString();
      appendEvent(this.db, { ...base, id: newId(nowMs), kind: 'sign_in', at });
      if (existing) {
        this.db
          .prepare(
            `UPDATE attendance SET status = 'present', signed_in_at = ?, signed_out_at = NULL, sign_out_auto = 0, late = ?, in_method = ?,
               ack_at = ?, reason = NULL, updated_at = ? WHERE id = ?`,
          )
          .run(at, late ? 1 : 0, input.method, session.ackText ? stamp : null, stamp, existing.id);
      } else {
        this.db
          .prepare(
            `INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, late, in_method, ack_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, ?)`,
          )
          .run(newId(nowMs), session.stationId, session.id, w.id, w.seq, at, late ? 1 : 0, input.method, session.ackText ? stamp : null, stamp, stamp);
      }
      if (session.state === 'planned') this.sessions.setState(session.id, 'open');
      return this.answer({ outcome: late ? 'late' : 'signed_in', worker, at, time: wallClockTime(at) }, session.id);
    }).immediate();
  }

  /** The answer to a scan already recorded under this idempotency key (a retry, or a queued resend). */
  private replay(key: string, sessionId: string): ScanAnswer | null {
    const e = this.db.prepare('SELECT kind, at, worker_id, session_id FROM attendance_events WHERE idempotency_key = ?').get(key) as
      | { kind: string; at: string; worker_id: string; session_id: string }
      | undefined;
    if (!e) return null;
    const w = this.workerById(e.worker_id);
    const row = this.db.prepare('SELECT late FROM attendance WHERE session_id = ? AND worker_id = ?').get(e.session_id, e.worker_id) as { late: number } | undefined;
    const outcome = e.kind === 'sign_out' ? 'signed_out' : row?.late ? 'late' : 'signed_in';
    return this.answer({ outcome, worker: w ? this.kioskWorker(w) : null, at: e.at, time: wallClockTime(e.at), repeat: true }, sessionId);
  }

  // --- the trainer's live view and corrections --------------------------------

  live(sessionId: string): LiveView {
    const session = this.sessions.get(sessionId);
    const rows = this.db
      .prepare(
        `SELECT a.*, w.name, w.id_number, w.team, t.name AS trade_name FROM attendance a
         JOIN workers w ON w.id = a.worker_id LEFT JOIN trades t ON t.id = w.trade_id
         WHERE a.session_id = ? ORDER BY a.signed_in_at IS NULL, a.signed_in_at, w.name`,
      )
      .all(sessionId) as (AttendanceDbRow & { name: string; id_number: string; team: string; trade_name: string | null; out_method: string | null })[];
    const out: AttendanceRow[] = rows.map((r) => ({
      workerId: r.worker_id,
      name: r.name,
      idMasked: ID_MASK(r.id_number),
      team: r.team,
      tradeName: r.trade_name,
      status: r.status,
      signedInAt: r.signed_in_at,
      signedOutAt: r.signed_out_at,
      signOutAuto: r.sign_out_auto === 1,
      late: r.late === 1,
      method: r.in_method,
      reason: r.reason,
      creditedHours: r.credited_hours,
    }));
    const expected = this.expected(session);
    const seen = new Set(rows.filter((r) => r.status !== 'voided').map((r) => r.worker_id));
    const missing = expected.filter((w) => !seen.has(w.id)).map((w) => ({ workerId: w.id, name: w.name, idMasked: ID_MASK(w.id_number), team: w.team }));
    const present = out.filter((r) => r.status === 'present');
    return {
      session: this.kioskSession(session),
      rows: out,
      missing,
      counts: {
        present: present.length,
        late: present.filter((r) => r.late).length,
        excused: out.filter((r) => r.status === 'excused').length,
        expected: expected.length,
        signedOut: present.filter((r) => r.signedOutAt).length,
      },
      fingerprint: sessionFingerprint(this.db, sessionId),
    };
  }

  /** The session's expected audience among workers on site; 'all' means everyone on site. */
  private expected(s: TrainingSession): { id: string; name: string; id_number: string; team: string }[] {
    const a: Audience = s.audience;
    const base = "SELECT id, name, id_number, team FROM workers WHERE station_id = ? AND status = 'on_site' AND archived_at IS NULL";
    const limit = ' ORDER BY team, name LIMIT 2000';
    if (a.kind === 'team') return this.db.prepare(base + ' AND team = ?' + limit).all(s.stationId, a.value) as never;
    if (a.kind === 'trade') return this.db.prepare(base + ' AND trade_id = ?' + limit).all(s.stationId, a.value) as never;
    if (a.kind === 'new_since') return this.db.prepare(base + ' AND (entry_date >= ? OR created_at >= ?)' + limit).all(s.stationId, a.value, a.value) as never;
    return this.db.prepare(base + limit).all(s.stationId) as never;
  }

  /**
   * A trainer's correction, recorded in the chain with who did it and why, and in the audit log with
   * the row before and after. Once a session is closed its records are what reports, subsidies and
   * inspectors rely on: a late correction needs an admin (the reason is required anyway) and its
   * class hours are credited again at once, so the closed session's figures stay consistent.
   */
  correct(input: { sessionId: string; workerId: string; action: 'add' | 'excuse' | 'void' | 'sign_out'; reason: string }, caller: Caller): AttendanceRow {
    const session = this.sessions.get(input.sessionId);
    const w = this.workerById(input.workerId);
    if (!w) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    const stationOf = (this.db.prepare('SELECT station_id FROM workers WHERE id = ?').get(w.id) as { station_id: string }).station_id;
    if (stationOf !== session.stationId) throw new AppError('invalid_input', 'That worker is not on this station', { fields: [{ path: 'workerId', message: 'other station' }] });
    if (session.state === 'cancelled') throw new AppError('conflict', 'The session is cancelled', { reason: 'session_cancelled' });
    const closed = session.state === 'closed';
    if (closed && caller.role !== 'admin')
      throw new AppError('forbidden', 'Only an admin may correct a closed session', { reason: 'session_closed_admin_only' });
    const nowMs = this.clock.now().getTime();
    const now = new Date(nowMs).toISOString();
    this.db.transaction(() => {
      const existing = this.db.prepare('SELECT * FROM attendance WHERE session_id = ? AND worker_id = ?').get(session.id, w.id) as AttendanceDbRow | undefined;
      const kind = { add: 'manual_add', excuse: 'excuse', void: 'void', sign_out: 'sign_out' }[input.action];
      if (input.action === 'add' && existing?.status === 'present') throw new AppError('conflict', 'Already signed in', { reason: 'already_present' });
      if ((input.action === 'void' || input.action === 'sign_out') && existing?.status !== 'present')
        throw new AppError('conflict', 'Not signed in', { reason: 'not_present' });
      if (input.action === 'sign_out' && existing?.signed_out_at) throw new AppError('conflict', 'Already signed out', { reason: 'already_signed_out' });
      // Once the session is over (closed, or past its end) the event carries the time it stands for:
      // a worker added vouched present from the start (else "now" would credit 0 hours), a sign-out no
      // later than the end. Its id still says when it was made.
      const over = closed || nowMs > wallToInstant(session.endsAt);
      const at = !over
        ? now
        : input.action === 'add'
          ? new Date(wallToInstant(session.startsAt)).toISOString()
          : input.action === 'sign_out'
            ? new Date(Math.min(nowMs, wallToInstant(session.endsAt))).toISOString()
            : now;
      appendEvent(this.db, {
        id: newId(nowMs),
        station_id: session.stationId,
        session_id: session.id,
        worker_id: w.id,
        kind,
        at,
        client_at: null,
        method: 'manual',
        account_id: caller.accountId ?? null,
        device_id: caller.deviceId ?? null,
        reason: input.reason,
        idempotency_key: null,
      });
      const settings = this.settings.get(session.stationId);
      const finish = () => {
        const after = this.db.prepare('SELECT * FROM attendance WHERE session_id = ? AND worker_id = ?').get(session.id, w.id) as AttendanceDbRow;
        if (closed) {
          const hours =
            after.status === 'present' && after.signed_in_at
              ? creditedHours({ startsAt: session.startsAt, endsAt: session.endsAt, sessionHours: session.classHours, signedInAt: after.signed_in_at, signedOutAt: after.signed_out_at, fullShare: settings.fullCreditShare })
              : 0;
          this.db.prepare('UPDATE attendance SET credited_hours = ? WHERE id = ?').run(hours, after.id);
          after.credited_hours = hours;
        }
        appendAudit(this.db, caller, {
          stationId: session.stationId, at: new Date(nowMs), action: `correct_${input.action}`, entity: 'attendance', entityId: after.id,
          before: existing ? { ...auditRow(existing), sessionState: session.state } : undefined,
          after: { ...auditRow(after), reason: input.reason },
        });
      };
      if (input.action === 'sign_out') {
        this.db.prepare("UPDATE attendance SET signed_out_at = ?, out_method = 'manual', reason = ?, updated_at = ? WHERE id = ?").run(at, input.reason, now, existing!.id);
        finish();
        return;
      }
      const status = input.action === 'add' ? 'present' : input.action === 'excuse' ? 'excused' : 'voided';
      // Added after the session was over: vouched present from the start.
      const signedIn = input.action === 'add' ? at : null;
      const late = input.action === 'add' && !over && nowMs > wallToInstant(session.startsAt) + settings.lateAfterMinutes * 60_000;
      if (existing) {
        this.db
          .prepare('UPDATE attendance SET status = ?, signed_in_at = ?, signed_out_at = NULL, late = ?, in_method = ?, reason = ?, credited_hours = NULL, updated_at = ? WHERE id = ?')
          .run(status, signedIn, late ? 1 : 0, input.action === 'add' ? 'manual' : existing.in_method, input.reason, now, existing.id);
      } else {
        this.db
          .prepare(
            `INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, late, in_method, reason, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(newId(nowMs), session.stationId, session.id, w.id, w.seq, status, signedIn, late ? 1 : 0, input.action === 'add' ? 'manual' : null, input.reason, now, now);
      }
      finish();
    }).immediate();
    const row = this.live(session.id).rows.find((r) => r.workerId === w.id);
    if (!row) throw new AppError('internal', 'Correction not found after writing');
    return row;
  }

  /**
   * When a session closes: forgotten sign-outs are closed at the session's end and flagged, and
   * every attendance gets its credited class hours.
   */
  closeSession(sessionId: string): void {
    const s = this.sessions.get(sessionId);
    const settings = this.settings.get(s.stationId);
    const endIso = new Date(wallToInstant(s.endsAt)).toISOString();
    const nowMs = this.clock.now().getTime();
    const now = new Date(nowMs).toISOString();
    const rows = this.db.prepare("SELECT * FROM attendance WHERE session_id = ? AND status = 'present'").all(sessionId) as AttendanceDbRow[];
    for (const r of rows) {
      let out = r.signed_out_at;
      if (!out && settings.signOutRequired) {
        out = new Date(Math.min(nowMs, Date.parse(endIso))).toISOString();
        appendEvent(this.db, {
          id: newId(nowMs), station_id: s.stationId, session_id: s.id, worker_id: r.worker_id, kind: 'auto_sign_out', at: out,
          client_at: null, method: 'auto', account_id: null, device_id: null, reason: null, idempotency_key: null,
        });
        this.db.prepare("UPDATE attendance SET signed_out_at = ?, sign_out_auto = 1, out_method = 'auto', updated_at = ? WHERE id = ?").run(out, now, r.id);
      }
      const hours = creditedHours({
        startsAt: s.startsAt, endsAt: s.endsAt, sessionHours: s.classHours, signedInAt: r.signed_in_at!, signedOutAt: out, fullShare: settings.fullCreditShare,
      });
      this.db.prepare('UPDATE attendance SET credited_hours = ?, updated_at = ? WHERE id = ?').run(hours, now, r.id);
    }
    this.db.prepare("UPDATE attendance SET credited_hours = 0, updated_at = ? WHERE session_id = ? AND status <> 'present'").run(now, sessionId);
  }

  /** Whether a worker has any attendance (for deleting versus archiving a person). */
  hasAttendance(workerId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM attendance WHERE worker_id = ? LIMIT 1').get(workerId);
  }
}
