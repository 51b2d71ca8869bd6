import type { Migration } from '../migration';

/** Site trainers (教员): per-trainer output is what the yearly recognition looks at. */
export const m007: Migration = {
  version: 7,
  name: 'trainers',
  up(db) {
    db.exec(`
      CREATE TABLE trainers (
        id              TEXT PRIMARY KEY,
        station_id      TEXT NOT NULL REFERENCES stations(id),
        name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        kind            TEXT NOT NULL,
        specialty       TEXT NOT NULL DEFAULT '',
        trade_ids_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(trade_ids_json)),
        unit            TEXT NOT NULL DEFAULT '',
        title           TEXT NOT NULL DEFAULT '',
        phone           TEXT NOT NULL DEFAULT '',
        qualifications  TEXT NOT NULL DEFAULT '',
        certificates    TEXT NOT NULL DEFAULT '',
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trainers_station ON trainers(station_id, active, name);
    `);
  },
};
