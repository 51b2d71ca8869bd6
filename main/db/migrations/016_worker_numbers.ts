import type { Migration } from '../migration';

/**
 * Workers get a small integer number (workers.seq) and each attendance carries its worker's number
 * (attendance.worker_seq), so the period reports count people with integers read straight from an
 * index. Measured (bench "reports"): a month of 600,000 attendances spent most of its time turning 26-character
 * worker ids into JavaScript strings and looking each one up; read as numbers, a month's attendances
 * cross from SQLite in a few hundred milliseconds, and a year to date for the plan in well under a second.
 *
 * seq is an explicit column rather than the rowid because SQLite may renumber rowids of a table
 * without an INTEGER PRIMARY KEY (VACUUM). The app's own inserts give both numbers; the triggers fill
 * them for a row inserted any other way (another tool, an old backup restored by hand), so no
 * attendance is ever left out of a count for want of a number.
 */
/**
 * The triggers that fill a missing number. Each costs an insert a statement journal, which a bulk load
 * that gives every number itself (the demo generator) may set aside while it runs.
 */
export const NUMBER_FILL_TRIGGERS = ['workers_seq_insert', 'attendance_worker_seq_insert'] as const;

export const m016: Migration = {
  version: 16,
  name: 'worker_numbers',
  up(db) {
    db.exec(`
      ALTER TABLE workers ADD COLUMN seq INTEGER;
      UPDATE workers SET seq = rowid;
      CREATE UNIQUE INDEX workers_seq ON workers(seq);
      CREATE TRIGGER workers_seq_insert AFTER INSERT ON workers WHEN NEW.seq IS NULL BEGIN
        UPDATE workers SET seq = (SELECT ifnull(max(seq), 0) + 1 FROM workers) WHERE rowid = NEW.rowid;
      END;

      ALTER TABLE attendance ADD COLUMN worker_seq INTEGER;
      UPDATE attendance SET worker_seq = (SELECT seq FROM workers WHERE id = attendance.worker_id);
      CREATE TRIGGER attendance_worker_seq_insert AFTER INSERT ON attendance WHEN NEW.worker_seq IS NULL BEGIN
        UPDATE attendance SET worker_seq = (SELECT seq FROM workers WHERE id = NEW.worker_id) WHERE rowid = NEW.rowid;
      END;
      CREATE TRIGGER attendance_worker_seq_update AFTER UPDATE OF worker_id ON attendance BEGIN
        UPDATE attendance SET worker_seq = (SELECT seq FROM workers WHERE id = NEW.worker_id) WHERE rowid = NEW.rowid;
      END;

      -- A session's present attendances as worker numbers and credited hours, from the index alone.
      DROP INDEX attendance_report;
      CREATE INDEX attendance_report ON attendance(session_id, status, worker_seq, credited_hours);
      -- The roster in report groups (trade, team, home township), read in index order with no sort.
      DROP INDEX workers_report;
      CREATE INDEX workers_report ON workers(station_id, trade_id, team, home_township, seq);
      CREATE INDEX workers_merged ON workers(station_id) WHERE merged_into IS NOT NULL;
    `);
  },
};
