import type { Database, Statement } from 'better-sqlite3';
import type { AttendanceFlag } from '../../../shared/contract/attendance-types';

/** An attendance row as stored. */
export interface AttendanceDbRow {
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
  flag: AttendanceFlag | null;
}

/** The worker a scan or a correction is about. */
export interface WorkerHit {
  id: string;
  station_id: string;
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
export const HIT_COLUMNS = 'id, station_id, name, status, language, team, archived_at, merged_into, seq';

/** An attendance row as the audit log keeps it: who, status and times, and the hours credited. */
export const auditRow = (r: AttendanceDbRow) => ({
  workerId: r.worker_id, status: r.status, signedInAt: r.signed_in_at, signedOutAt: r.signed_out_at, late: r.late === 1,
  creditedHours: r.credited_hours, flag: r.flag,
});

/**
 * Prepared statements kept per database: the sign-in path runs the same few statements thousands of
 * times a session, and preparing one costs as much as running it.
 */
export class Statements {
  private cache = new Map<string, Statement>();
  constructor(private db: Database) {}
  get(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
