import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { AttendanceRow, KioskSession, KioskState, LiveView, ScanAnswer } from '../../../shared/contract/attendance-types';
import type { TrainingSession, Audience } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { stationNow } from '../../../shared/domain/time';
import type { Clock } from '../../lib/clock';
import type { SessionService } from '../sessions';
import type { StationSettingsService } from '../settings';
import { sessionFingerprint } from './chain';
import { closeAttendance } from './closing';
import { correctAttendance, type Correction } from './corrections';
import { acceptingNow } from './placing';
import type { AttendanceDbRow } from './rows';
import { KioskScans, type ScanInput } from './scan';

export type { ScanInput } from './scan';

const ID_MASK = (id: string) => (id.length >= 10 ? id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4) : '****');

export class AttendanceService {
  private scans: KioskScans;

  constructor(
    private db: Database,
    private clock: Clock,
    private sessions: SessionService,
    private settings: StationSettingsService,
  ) {
    this.scans = new KioskScans(db, clock, sessions, settings);
  }

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
    return (this.db.prepare("SELECT count(*) AS n FROM attendance WHERE session_id = ? AND status = 'present'").get(sessionId) as { n: number }).n;
  }

  kioskState(stationId: string, stationName: string, sessionId?: string): KioskState {
    const now = this.clock.now();
    const today = stationNow(now).slice(0, 10);
    const list = this.sessions.list({ stationId, from: today, to: today, q: '', offset: 0, limit: 100 }).rows.reverse();
    const choices = list.filter((s) => s.state !== 'cancelled' && s.state !== 'closed');
    const settings = this.settings.get(stationId);
    let chosen: TrainingSession | undefined;
    if (sessionId) {
      chosen = this.sessions.get(sessionId);
      if (chosen.stationId !== stationId) throw new AppError('not_found', 'No such session', { entity: 'session' });
    } else {
      const live = choices.filter((s) => acceptingNow(s, settings, now.getTime()));
      if (live.length === 1) chosen = live[0];
    }
    return {
      stationName,
      session: chosen ? this.kioskSession(chosen) : null,
      choices: choices.map((s) => this.kioskSession(s)),
      signOutRequired: settings.signOutRequired,
      serverTime: now.toISOString(),
    };
  }

  /**
   * One scan at the kiosk, for a session the caller already loaded and checked. The answer is given
   * only after the write is committed (synchronous=FULL).
   */
  scan(session: TrainingSession, input: ScanInput, caller: Caller): ScanAnswer {
    return this.scans.scan(session, input, caller);
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
      .all(sessionId) as (AttendanceDbRow & { name: string; id_number: string; team: string; trade_name: string | null })[];
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
      flag: r.flag,
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

  /** A trainer's correction (see corrections.ts); answers the row as the live view shows it. */
  correct(input: Correction, caller: Caller): AttendanceRow {
    const session = this.sessions.get(input.sessionId);
    correctAttendance(this.db, this.clock, this.settings, session, input, caller);
    const row = this.live(session.id).rows.find((r) => r.workerId === input.workerId);
    if (!row) throw new AppError('internal', 'Correction not found after writing');
    return row;
  }

  /** When a session closes: forgotten sign-outs closed at its end, class hours credited. */
  closeSession(sessionId: string): void {
    const s = this.sessions.get(sessionId);
    closeAttendance(this.db, s, this.settings.get(s.stationId), this.clock.now().getTime());
  }

  /** Whether a worker has any attendance (for deleting versus archiving a person). */
  hasAttendance(workerId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM attendance WHERE worker_id = ? LIMIT 1').get(workerId);
  }
}
