import type { Migration } from '../migration';

/**
 * Training sessions. Times are the station's wall-clock time ('YYYY-MM-DDTHH:MM'), as on the paper
 * sign-in sheet; class hours are computed from the duration unless a trainer overrides them.
 */
export const m008: Migration = {
  version: 8,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE session_series (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        rule_json   TEXT NOT NULL CHECK (json_valid(rule_json)),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE training_sessions (
        id                    TEXT PRIMARY KEY,
        station_id            TEXT NOT NULL REFERENCES stations(id),
        series_id             TEXT REFERENCES session_series(id),
        title                 TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        category              TEXT NOT NULL,
        national_type         TEXT CHECK (national_type IN ('003001', '003002', '003003', '003004')),
        skill_level           TEXT CHECK (skill_level IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        starts_at             TEXT NOT NULL,
        ends_at               TEXT NOT NULL CHECK (ends_at > starts_at),
        minutes_per_hour      INTEGER NOT NULL CHECK (minutes_per_hour BETWEEN 10 AND 120),
        class_hours_override  REAL CHECK (class_hours_override IS NULL OR class_hours_override >= 0),
        location              TEXT NOT NULL DEFAULT '',
        capacity              INTEGER CHECK (capacity IS NULL OR capacity > 0),
        description           TEXT NOT NULL DEFAULT '',
        materials             TEXT NOT NULL DEFAULT '',
        audience_json         TEXT NOT NULL DEFAULT '{"kind":"all"}' CHECK (json_valid(audience_json)),
        ack_text              TEXT,
        state                 TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'open', 'closed', 'cancelled')),
        cancel_reason         TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_station_time ON training_sessions(station_id, starts_at);
      CREATE INDEX sessions_state ON training_sessions(station_id, state, starts_at);
      CREATE INDEX sessions_series ON training_sessions(series_id);
      CREATE TABLE session_trainers (
        session_id  TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        trainer_id  TEXT NOT NULL REFERENCES trainers(id),
        station_id  TEXT NOT NULL REFERENCES stations(id),
        PRIMARY KEY (session_id, trainer_id)
      ) STRICT;
      CREATE INDEX session_trainers_trainer ON session_trainers(trainer_id);
      CREATE TABLE session_trades (
        session_id  TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        trade_id    TEXT NOT NULL REFERENCES trades(id),
        station_id  TEXT NOT NULL REFERENCES stations(id),
        PRIMARY KEY (session_id, trade_id)
      ) STRICT;
    `);
  },
};
