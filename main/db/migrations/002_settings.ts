import type { Migration } from '../migration';

/**
 * Settings are data, not constants: app-wide ones (screen language) and per-station ones (the rules
 * with numbers that later issues add). Values are JSON text.
 */
export const m002: Migration = {
  version: 2,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE app_settings (
        key         TEXT PRIMARY KEY,
        value_json  TEXT NOT NULL CHECK (json_valid(value_json)),
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE station_settings (
        station_id  TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,
        value_json  TEXT NOT NULL CHECK (json_valid(value_json)),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (station_id, key)
      ) STRICT;
    `);
  },
};
