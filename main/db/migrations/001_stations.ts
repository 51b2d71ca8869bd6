import type { Migration } from '../migration';

/** The station itself. A database may hold several (a builder lists each project's station). */
export const m001: Migration = {
  version: 1,
  name: 'stations',
  up(db) {
    db.exec(`
      CREATE TABLE stations (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL GENERATED ALWAYS AS (id) VIRTUAL,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
