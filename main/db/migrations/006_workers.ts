import type { Migration } from '../migration';

/**
 * The real-name roster. One person per ID number per station. `id_rev` is the ID number reversed so
 * that "the last digits" is an indexed prefix search. Badge codes live in their own table so a
 * reissued badge's old code is still recognised (and refused) at the kiosk.
 */
export const m006: Migration = {
  version: 6,
  name: 'workers',
  up(db) {
    db.exec(`
      CREATE TABLE workers (
        id               TEXT PRIMARY KEY,
        station_id       TEXT NOT NULL REFERENCES stations(id),
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        id_type          TEXT NOT NULL DEFAULT 'resident' CHECK (id_type IN ('resident', 'passport', 'hk_macau', 'taiwan', 'foreign_permanent')),
        id_number        TEXT NOT NULL,
        id_rev           TEXT NOT NULL,
        sex              TEXT CHECK (sex IN ('M', 'F')),
        birth_date       TEXT,
        mobile           TEXT NOT NULL DEFAULT '',
        trade_id         TEXT REFERENCES trades(id),
        skill_level      TEXT CHECK (skill_level IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        employer         TEXT NOT NULL DEFAULT '',
        team             TEXT NOT NULL DEFAULT '',
        home_province    TEXT NOT NULL DEFAULT '',
        home_county      TEXT NOT NULL DEFAULT '',
        home_township    TEXT NOT NULL DEFAULT '',
        mandarin_level   TEXT CHECK (mandarin_level IN ('none', 'basic', 'fluent')),
        trainee_group    INTEGER CHECK (trainee_group BETWEEN 1 AND 9),
        language         TEXT NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'ug', 'en')),
        entry_date       TEXT,
        exit_date        TEXT,
        status           TEXT NOT NULL DEFAULT 'on_site' CHECK (status IN ('on_site', 'left')),
        badge_code       TEXT NOT NULL,
        archived_at      TEXT,
        merged_into      TEXT REFERENCES workers(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (station_id, id_type, id_number),
        UNIQUE (station_id, badge_code)
      ) STRICT;
      CREATE INDEX workers_name ON workers(station_id, name);
      CREATE INDEX workers_id_rev ON workers(station_id, id_rev);
      CREATE INDEX workers_mobile ON workers(station_id, mobile);
      CREATE INDEX workers_team ON workers(station_id, team);
      CREATE INDEX workers_trade ON workers(station_id, trade_id);
      CREATE INDEX workers_created ON workers(station_id, created_at);

      CREATE TABLE badges (
        code        TEXT NOT NULL,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        worker_id   TEXT NOT NULL REFERENCES workers(id),
        issued_at   TEXT NOT NULL,
        revoked_at  TEXT,
        PRIMARY KEY (station_id, code)
      ) STRICT;
      CREATE INDEX badges_worker ON badges(worker_id);

      CREATE TABLE worker_photos (
        worker_id   TEXT PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes       BLOB NOT NULL CHECK (length(bytes) <= 2097152),
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
