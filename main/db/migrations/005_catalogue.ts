import type { Migration } from '../migration';

/**
 * The station's editable copy of the occupation catalogue (seed 002) and planning trades (seed 000),
 * and station-added vocabulary (extra content categories, trainer kinds). Loaded from resources/
 * when a station is created.
 */
export const m005: Migration = {
  version: 5,
  name: 'catalogue',
  up(db) {
    db.exec(`
      CREATE TABLE trades (
        id            TEXT PRIMARY KEY,
        station_id    TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        serial        INTEGER,
        category      TEXT NOT NULL DEFAULT '',
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        subsidy_yuan  INTEGER CHECK (subsidy_yuan IS NULL OR subsidy_yuan >= 0),
        planning      INTEGER NOT NULL DEFAULT 0 CHECK (planning IN (0, 1)),
        active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        UNIQUE (station_id, name)
      ) STRICT;
      CREATE TABLE vocab (
        station_id  TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        list        TEXT NOT NULL CHECK (list IN ('content_category', 'trainer_kind')),
        code        TEXT NOT NULL,
        label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 50),
        created_at  TEXT NOT NULL,
        PRIMARY KEY (station_id, list, code)
      ) STRICT;
    `);
  },
};
