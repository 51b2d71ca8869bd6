import type { Database } from 'better-sqlite3';

/**
 * The present attendances of a station's closed sessions in a range, read from the covering index
 * attendance_report with no per-attendance worker lookup: [session rowid, worker id, credited hours].
 * The same rows as FACTS_SQL (period-report.ts) before the workers are joined in.
 */
export const PRESENT_SQL = `
  SELECT s.rowid, a.worker_id, a.credited_hours
  FROM training_sessions s
  JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
  WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?`;

export type PresentRow = [sessionRowid: number, workerId: string, credited: number | null];

/** A roster row as the index gives it (arrays: a big roster is 200,000 of them). */
export type WorkerAttrs = [id: string, mergedInto: string | null, tradeId: string | null, team: string, township: string];

/** After this many single lookups the station's roster is read in one index scan (workers_report) instead. */
const ROSTER_SCAN_AFTER = 2000;
const COLUMNS = 'id, merged_into, trade_id, team, home_township';

/**
 * Turns a worker id into what a report keeps per worker, computed once per worker: `make` gets the id
 * the attendance counts as and that record's attributes. As FACTS_SQL: a merged record counts as the
 * one it was merged into, with that one's trade, team and township.
 */
export function workerResolver<T>(db: Database, stationId: string, make: (countsAs: string, w: WorkerAttrs | undefined) => T): (workerId: string) => T {
  const one = db.prepare(`SELECT ${COLUMNS} FROM workers WHERE id = ?`).raw(true);
  const attrs = new Map<string, WorkerAttrs>();
  let lookups = 0;
  const find = (id: string): WorkerAttrs | undefined => {
    let w = attrs.get(id);
    if (w) return w;
    // A small report looks its few workers up; a big one reads the station's roster once.
    if (++lookups === ROSTER_SCAN_AFTER) {
      for (const r of db.prepare(`SELECT ${COLUMNS} FROM workers WHERE station_id = ?`).raw(true).iterate(stationId) as IterableIterator<WorkerAttrs>) attrs.set(r[0], r);
      w = attrs.get(id);
      if (w) return w;
    }
    w = one.get(id) as WorkerAttrs | undefined;
    if (w) attrs.set(id, w);
    return w;
  };
  const resolved = new Map<string, T>();
  return (workerId) => {
    let t = resolved.get(workerId);
    if (t === undefined) {
      const w = find(workerId);
      const mergedInto = w?.[1] ?? null;
      t = make(mergedInto ?? workerId, mergedInto ? find(mergedInto) : w);
      resolved.set(workerId, t);
    }
    return t;
  };
}
