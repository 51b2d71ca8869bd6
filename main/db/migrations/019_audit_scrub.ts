import type { Migration } from '../migration';

/**
 * PIPL art. 47 (deletion) and 28 (sensitive data): anonymising a worker must also scrub their name, ID number, phone and birth date from
 * the audit rows written about them before, while the rows (who did what, when, to which record)
 * stay. The log is append-only by trigger (009), so this opens exactly one door, deliberately:
 *
 * - `audit_scrub` lists the audit rows that may be rewritten. Only anonymiseWorker fills it, inside
 *   its own transaction, and empties it again before committing, so outside that transaction it is
 *   always empty and the log is as closed as before.
 * - The UPDATE trigger now lets an update through only for a row listed there, and only when every
 *   column but the two snapshots (before_json, after_json) stays as it was. DELETE stays refused.
 *
 * Why this and not personal data kept in a side table keyed by worker that anonymising clears: the
 * rows already written hold the data inside their snapshots, so they would have to be rewritten once
 * anyway; every reader (screen, filter, export) would have to join the side table back in; and a
 * future snapshot that forgets the split would leak again. A grant list keeps one table, one reader,
 * and an exception that names its rows.
 *
 * The same step brings earlier rows to the masking rule: a worker snapshot's full birth date becomes
 * its year (beside the masked ID number the date gives the number back).
 */
export const m019: Migration = {
  version: 19,
  name: 'audit_scrub',
  up(db) {
    db.exec(`
      CREATE TABLE audit_scrub (audit_id TEXT PRIMARY KEY) STRICT;
      DROP TRIGGER audit_no_update;
    `);
    const rows = db
      .prepare(
        `SELECT id, before_json, after_json FROM audit_log
         WHERE instr(coalesce(before_json, ''), '"birthDate"') > 0 OR instr(coalesce(after_json, ''), '"birthDate"') > 0`,
      )
      .all() as { id: string; before_json: string | null; after_json: string | null }[];
    const update = db.prepare('UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?');
    for (const r of rows) update.run(yearOnly(r.before_json), yearOnly(r.after_json), r.id);
    db.exec(`
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
      WHEN NOT (
        OLD.id IN (SELECT audit_id FROM audit_scrub)
        AND NEW.id IS OLD.id AND NEW.station_id IS OLD.station_id AND NEW.at IS OLD.at
        AND NEW.account_id IS OLD.account_id AND NEW.device_id IS OLD.device_id AND NEW.via IS OLD.via
        AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
      )
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};

/** A snapshot with every "birthDate": "YYYY-MM-DD" replaced by "birthYear": YYYY (self-contained: migrations do not import services). */
function yearOnly(json: string | null): string | null {
  if (json === null) return null;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'birthDate') out.birthYear = typeof x === 'string' && /^\d{4}/.test(x) ? Number(x.slice(0, 4)) : null;
        else out[k] = walk(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(walk(JSON.parse(json)));
}
