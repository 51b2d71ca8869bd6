import type { Migration } from '../migration';

/**
 * What the reports need beyond sessions and attendance: workers' certificates (the subsidy rules and
 * seed 003's 70% target look at them), the station's yearly training plan in the shape of seed 000's
 * tables, and the HR bureau's reply to the subsidy list (who was paid, how much).
 */
export const m014: Migration = {
  version: 14,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        worker_id   TEXT NOT NULL REFERENCES workers(id),
        kind        TEXT NOT NULL CHECK (kind IN ('skill_level', 'special_operation', 'safety', 'other')),
        trade_id    TEXT REFERENCES trades(id),
        level       TEXT CHECK (level IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        number      TEXT NOT NULL DEFAULT '',
        issued_on   TEXT NOT NULL,
        issuer      TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificates_worker ON certificates(worker_id, issued_on);
      CREATE INDEX certificates_station ON certificates(station_id, issued_on);

      -- One target per (year, scope, trade). scope_kind 'station' with scope '' is the whole station;
      -- trade_name '' (trade_id NULL) is the total column (人次) of seed 000's tables.
      CREATE TABLE training_plans (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        scope_kind  TEXT NOT NULL CHECK (scope_kind IN ('station', 'township', 'team')),
        scope       TEXT NOT NULL DEFAULT '',
        trade_id    TEXT REFERENCES trades(id),
        trade_name  TEXT NOT NULL DEFAULT '',
        target      INTEGER NOT NULL CHECK (target >= 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (station_id, year, scope_kind, scope, trade_name)
      ) STRICT;

      CREATE TABLE subsidy_payments (
        id           TEXT PRIMARY KEY,
        station_id   TEXT NOT NULL REFERENCES stations(id),
        worker_id    TEXT NOT NULL REFERENCES workers(id),
        year         INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        trade_id     TEXT REFERENCES trades(id),
        level        TEXT,
        amount_yuan  REAL NOT NULL CHECK (amount_yuan >= 0),
        paid_on      TEXT,
        imported_at  TEXT NOT NULL,
        source_file  TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX subsidy_payments_worker ON subsidy_payments(worker_id, year);
    `);
  },
};
