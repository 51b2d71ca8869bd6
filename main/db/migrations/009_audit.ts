import type { Migration } from '../migration';

/**
 * Append-only record of changes and of every export of personal data. Triggers refuse UPDATE and
 * DELETE, so not even a bug in the app can rewrite it.
 */
export const m009: Migration = {
  version: 9,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id           TEXT PRIMARY KEY,
        station_id   TEXT REFERENCES stations(id),
        at           TEXT NOT NULL,
        account_id   TEXT,
        device_id    TEXT,
        via          TEXT NOT NULL,
        action       TEXT NOT NULL,
        entity       TEXT NOT NULL,
        entity_id    TEXT,
        before_json  TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json   TEXT CHECK (after_json IS NULL OR json_valid(after_json))
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);
      CREATE INDEX audit_at ON audit_log(station_id, at);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
