import type { Migration } from '../migration';

/**
 * Indexes the period reports read instead of the tables (measured in bench "reports": a month of a station with
 * 2,000,000 attendances took 7.9 s, most of it fetching attendance and worker rows one by one):
 * - the present attendances of a session with their worker and credited hours, straight from the
 *   index (status second, so 'present' is a range inside each session);
 * - each worker's counting record (merged_into), trade, team and township by station, so a report reads a
 *   big roster in one index scan instead of looking each worker up.
 */
export const m015: Migration = {
  version: 15,
  name: 'report_indexes',
  up(db) {
    db.exec(`
      CREATE INDEX attendance_report ON attendance(session_id, status, worker_id, credited_hours);
      CREATE INDEX workers_report ON workers(station_id, id, merged_into, trade_id, team, home_township);
    `);
  },
};
