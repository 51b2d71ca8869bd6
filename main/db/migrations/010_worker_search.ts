import type { Migration } from '../migration';

/**
 * Mobile numbers reversed, so "the last digits of the phone" is an indexed prefix search like the
 * ID number's `id_rev`. Existing rows are filled in here.
 */
export const m010: Migration = {
  version: 10,
  name: 'worker_search',
  up(db) {
    db.exec(`
      ALTER TABLE workers ADD COLUMN mobile_rev TEXT NOT NULL DEFAULT '';
      CREATE INDEX workers_mobile_rev ON workers(station_id, mobile_rev);
      CREATE INDEX workers_employer ON workers(station_id, employer);
    `);
    const rows = db.prepare("SELECT id, mobile FROM workers WHERE mobile <> ''").all() as { id: string; mobile: string }[];
    const set = db.prepare('UPDATE workers SET mobile_rev = ? WHERE id = ?');
    for (const r of rows) set.run([...r.mobile].reverse().join(''), r.id);
  },
};
