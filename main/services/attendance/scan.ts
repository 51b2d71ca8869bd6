import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { KioskWorker, ScanAnswer, ScanMethod } from '../../../shared/contract/attendance-types';
import type { TrainingSession } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { checkResidentId, todayIso } from '../../../shared/domain/id-number';
import { classifyScan, maskName } from '../../../shared/domain/scan-codes';
import { wallClockTime, wallToInstant } from '../../../shared/domain/time';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import type { SessionService } from '../sessions';
import type { StationSettingsService } from '../settings';
import { appendEvent } from './chain';
import { recreditClosed } from './closing';
import { placeScan, type QueuedClock } from './placing';
import { HIT_COLUMNS, Statements, type AttendanceDbRow, type WorkerHit } from './rows';

export interface ScanInput {
  sessionId: string;
  code?: string;
  workerId?: string;
  method: ScanMethod;
  mode: 'in' | 'out';
  ack: boolean;
  idempotencyKey: string;
  queued?: QueuedClock;
  /** The language the worker picked at the kiosk for this scan. */
  language?: Language;
}

type Answer = Partial<ScanAnswer> & { outcome: ScanAnswer['outcome'] };

/** The session's notice in the worker's language, else the Chinese one it must have. */
export function noticeFor(s: TrainingSession, language: Language): { ackText: string; ackLanguage: Language } | null {
  if (!s.ackText) return null;
  const own = language === 'ug' ? s.ackTextUg : language === 'en' ? s.ackTextEn : s.ackText;
  return own ? { ackText: own, ackLanguage: language } : { ackText: s.ackText, ackLanguage: 'zh-CN' };
}

/**
 * Sign-ins and sign-outs from the kiosk: the PC's own kiosk window, a paired tablet live, or a
 * tablet's queue sent after a network drop. Every answer is given only after its write committed.
 */
export class KioskScans {
  private sql: Statements;

  constructor(
    private db: Database,
    private clock: Clock,
    private sessions: SessionService,
    private settings: StationSettingsService,
  ) {
    this.sql = new Statements(db);
  }

  private presentCount(sessionId: string): number {
    return (this.sql.get("SELECT count(*) AS n FROM attendance WHERE session_id = ? AND status = 'present'").get(sessionId) as { n: number }).n;
  }

  private answer(partial: Answer, sessionId: string): ScanAnswer {
    return {
      worker: null, at: null, time: null, candidates: [], ackText: null, ackLanguage: null, reopenedFrom: null, flagged: false, repeat: false,
      ...partial,
      presentCount: this.presentCount(sessionId),
    };
  }

  private workerById(id: string): WorkerHit | undefined {
    return this.sql.get(`SELECT ${HIT_COLUMNS} FROM workers WHERE id = ?`).get(id) as WorkerHit | undefined;
  }

  private kioskWorker(w: WorkerHit, chosen: Language | undefined): KioskWorker {
    const photo = this.sql.get('SELECT mime, bytes FROM worker_photos WHERE worker_id = ?').get(w.id) as { mime: string; bytes: Buffer } | undefined;
    return {
      id: w.id,
      name: w.name,
      // The language the worker tapped at the kiosk wins; their record's is the default.
      language: chosen ?? (isLanguage(w.language) ? w.language : 'zh-CN'),
      photoDataUrl: photo ? `data:${photo.mime};base64,${photo.bytes.toString('base64')}` : null,
    };
  }

  /** Who a scan points at, on this station only, or the kiosk answer that says why nobody. */
  private resolve(stationId: string, input: ScanInput): { worker: WorkerHit } | { answer: Answer } {
    const unknown = { answer: { outcome: 'unknown_code' as const } };
    const usable = (w: WorkerHit | undefined) => (w && !w.archived_at && w.station_id === stationId ? { worker: w } : unknown);
    if (input.workerId) return usable(this.workerById(input.workerId));
    const scanned = classifyScan(input.code ?? '');
    const find = (sql: string, ...args: unknown[]) => this.sql.get(sql).all(...args) as WorkerHit[];
    if (scanned.kind === 'empty') return unknown;
    if (scanned.kind === 'id_number') {
      const [w] = find(`SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND id_type = 'resident' AND id_number = ? AND archived_at IS NULL`, stationId, scanned.value);
      if (w) return { worker: w };
      // A number that checks out belongs to someone not on this roster; one that does not was misread.
      const valid = checkResidentId(scanned.value, todayIso(this.clock.now())).valid;
      return { answer: { outcome: valid ? 'id_not_on_roster' : 'misread' } };
    }
    if (scanned.kind === 'digits' && input.method === 'id_digits') {
      const rev = [...scanned.value].reverse().join('');
      const hits = find(
        `SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND id_rev >= ? AND id_rev < ? AND archived_at IS NULL ORDER BY name LIMIT 9`,
        stationId, rev, rev + '\uffff',
      );
      if (hits.length === 1) return { worker: hits[0]! };
      if (hits.length === 0) return unknown;
      return { answer: { outcome: 'choose', candidates: hits.map((h) => ({ workerId: h.id, maskedName: maskName(h.name), team: h.team })) } };
    }
    const badge = this.sql.get('SELECT worker_id, revoked_at FROM badges WHERE station_id = ? AND code = ?').get(stationId, scanned.value) as
      | { worker_id: string; revoked_at: string | null }
      | undefined;
    if (!badge) {
      const [w] = find(`SELECT ${HIT_COLUMNS} FROM workers WHERE station_id = ? AND badge_code = ? AND archived_at IS NULL`, stationId, scanned.value);
      return w ? { worker: w } : unknown;
    }
    if (badge.revoked_at) return { answer: { outcome: 'badge_replaced' } };
    return usable(this.workerById(badge.worker_id));
  }

  /** The answer to a scan already recorded under this key on this station (a retry, or a queue sent twice). */
  private replay(key: string, session: TrainingSession, chosen: Language | undefined): ScanAnswer | null {
    const e = this.sql.get('SELECT kind, at, worker_id, session_id, station_id FROM attendance_events WHERE idempotency_key = ?').get(key) as
      | { kind: string; at: string; worker_id: string; session_id: string; station_id: string }
      | undefined;
    if (!e) return null;
    // Keys are random per scan: one seen on another station is not this tablet's to read back.
    if (e.station_id !== session.stationId) throw new AppError('conflict', 'That scan key was used elsewhere', { reason: 'key_reused' });
    const w = this.workerById(e.worker_id);
    const row = this.sql.get('SELECT late, flag FROM attendance WHERE session_id = ? AND worker_id = ?').get(e.session_id, e.worker_id) as
      | { late: number; flag: string | null }
      | undefined;
    const outcome = e.kind === 'sign_out' ? 'signed_out' : row?.late ? 'late' : 'signed_in';
    return this.answer(
      { outcome, worker: w ? this.kioskWorker(w, chosen) : null, at: e.at, time: wallClockTime(e.at), repeat: true, flagged: !!row?.flag },
      session.id,
    );
  }

  scan(session: TrainingSession, input: ScanInput, caller: Caller): ScanAnswer {
    const replayed = this.replay(input.idempotencyKey, session, input.language);
    if (replayed) return replayed;
    const resolved = this.resolve(session.stationId, input);
    if ('answer' in resolved) return this.answer(resolved.answer, session.id);
    const w = resolved.worker;
    const worker = this.kioskWorker(w, input.language);
    if (w.status === 'left') return this.answer({ outcome: 'worker_left', worker }, session.id);

    const settings = this.settings.get(session.stationId);
    const nowMs = this.clock.now().getTime();
    const placed = placeScan(session, settings, nowMs, input.queued);
    if (!placed) return this.answer({ outcome: 'session_not_open', worker }, session.id);
    const at = new Date(placed.atMs).toISOString();
    const stamp = new Date(nowMs).toISOString();
    const flagged = placed.flag !== null;
    const closed = session.state === 'closed';

    return this.db.transaction((): ScanAnswer => {
      const existing = this.sql.get('SELECT * FROM attendance WHERE session_id = ? AND worker_id = ?').get(session.id, w.id) as AttendanceDbRow | undefined;
      const event = (kind: 'sign_in' | 'sign_out') =>
        appendEvent(this.db, {
          id: newId(nowMs), station_id: session.stationId, session_id: session.id, worker_id: w.id, kind, at,
          client_at: input.queued?.clientAt ?? null, method: input.method, account_id: caller.accountId ?? null, device_id: caller.deviceId ?? null,
          // The chain itself says why a scan was placed where it was.
          reason: placed.flag ? `queue:${placed.flag}` : null, idempotency_key: input.idempotencyKey,
        });
      const settle = (rowId: string, action: string) => {
        if (closed) recreditClosed(this.db, caller, { session, settings, rowId, before: existing, action, nowMs });
      };

      if (input.mode === 'out') {
        if (!existing || existing.status !== 'present' || !existing.signed_in_at) return this.answer({ outcome: 'not_signed_in', worker }, session.id);
        // A closed session signed everyone out at its end; a queued real sign-out before that replaces it.
        const replacesAuto = closed && existing.sign_out_auto === 1 && existing.signed_out_at !== null && at < existing.signed_out_at;
        if (existing.signed_out_at && !replacesAuto)
          return this.answer({ outcome: 'signed_out', worker, at: existing.signed_out_at, time: wallClockTime(existing.signed_out_at), repeat: true }, session.id);
        if (at < existing.signed_in_at) return this.answer({ outcome: 'not_signed_in', worker }, session.id);
        event('sign_out');
        this.sql
          .get('UPDATE attendance SET signed_out_at = ?, sign_out_auto = 0, out_method = ?, flag = coalesce(?, flag), updated_at = ? WHERE id = ?')
          .run(at, input.method, placed.flag, stamp, existing.id);
        settle(existing.id, 'queued_sign_out');
        return this.answer({ outcome: 'signed_out', worker, at, time: wallClockTime(at), flagged }, session.id);
      }

      if (existing && existing.status === 'present' && existing.signed_in_at) {
        // Signed in again after signing out (a tablet left in sign-out mode, or back from a break): the
        // sign-out is cancelled and the stay runs on from the first arrival, so the hours count.
        if (existing.signed_out_at && at > existing.signed_out_at) {
          event('sign_in');
          this.sql
            .get('UPDATE attendance SET signed_out_at = NULL, sign_out_auto = 0, out_method = NULL, flag = coalesce(?, flag), updated_at = ? WHERE id = ?')
            .run(placed.flag, stamp, existing.id);
          settle(existing.id, 'queued_sign_in');
          return this.answer({ outcome: 'reopened', worker, at, time: wallClockTime(at), reopenedFrom: wallClockTime(existing.signed_out_at), flagged }, session.id);
        }
        // A second scan within a few seconds is the same sign-in, answered the same way.
        const quick = nowMs - Date.parse(existing.signed_in_at) <= settings.repeatScanSeconds * 1000;
        const outcome = quick ? (existing.late ? 'late' : 'signed_in') : 'already_signed_in';
        return this.answer({ outcome, worker, at: existing.signed_in_at, time: wallClockTime(existing.signed_in_at), repeat: quick }, session.id);
      }
      const notice = noticeFor(session, worker.language);
      if (notice && !input.ack) return this.answer({ outcome: 'ack_required', worker, ...notice }, session.id);

      const late = placed.atMs > wallToInstant(session.startsAt) + settings.lateAfterMinutes * 60_000;
      event('sign_in');
      const ackAt = notice ? stamp : null;
      let rowId: string;
      if (existing) {
        rowId = existing.id;
        this.sql
          .get(
            `UPDATE attendance SET status = 'present', signed_in_at = ?, signed_out_at = NULL, sign_out_auto = 0, late = ?, in_method = ?,
               ack_at = ?, reason = NULL, flag = ?, updated_at = ? WHERE id = ?`,
          )
          .run(at, late ? 1 : 0, input.method, ackAt, placed.flag, stamp, existing.id);
      } else {
        rowId = newId(nowMs);
        this.sql
          .get(
            `INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, late, in_method, ack_at, flag, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(rowId, session.stationId, session.id, w.id, w.seq, at, late ? 1 : 0, input.method, ackAt, placed.flag, stamp, stamp);
      }
      if (session.state === 'planned') this.sessions.setState(session.id, 'open');
      settle(rowId, 'queued_sign_in');
      return this.answer({ outcome: late ? 'late' : 'signed_in', worker, at, time: wallClockTime(at), flagged }, session.id);
    }).immediate();
  }
}

