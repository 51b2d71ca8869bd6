import type { Migration } from '../migration';

/**
 * Attendance. `attendance` holds each worker's current state in a session; `attendance_events` is
 * the append-only history behind it (sign-in, sign-out, corrections), each event chained to the
 * previous one by a SHA-256 over its canonical content, so an edit made outside the app shows.
 * Times are the PC's clock (UTC ISO); a tablet's own clock is kept beside it for the record only.
 * Also the kiosk devices paired over the LAN.
 */
export const m011: Migration = {
  version: 11,
  name: 'attendance',
  up(db) {
    db.exec(`
      CREATE TABLE attendance (
        id              TEXT PRIMARY KEY,
        station_id      TEXT NOT NULL REFERENCES stations(id),
        session_id      TEXT NOT NULL REFERENCES training_sessions(id),
        worker_id       TEXT NOT NULL REFERENCES workers(id),
        status          TEXT NOT NULL CHECK (status IN ('present', 'excused', 'voided')),
        signed_in_at    TEXT,
        signed_out_at   TEXT,
        sign_out_auto   INTEGER NOT NULL DEFAULT 0 CHECK (sign_out_auto IN (0, 1)),
        late            INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
        in_method       TEXT CHECK (in_method IN ('badge', 'qr', 'id_digits', 'id_card', 'manual')),
        out_method      TEXT CHECK (out_method IN ('badge', 'qr', 'id_digits', 'id_card', 'manual', 'auto')),
        ack_at          TEXT,
        reason          TEXT,
        credited_hours  REAL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (session_id, worker_id)
      ) STRICT;
      CREATE INDEX attendance_worker ON attendance(worker_id, session_id);
      CREATE INDEX attendance_station_time ON attendance(station_id, signed_in_at);

      CREATE TABLE attendance_events (
        seq              INTEGER PRIMARY KEY AUTOINCREMENT,
        id               TEXT NOT NULL UNIQUE,
        station_id       TEXT NOT NULL REFERENCES stations(id),
        session_id       TEXT NOT NULL REFERENCES training_sessions(id),
        worker_id        TEXT NOT NULL REFERENCES workers(id),
        kind             TEXT NOT NULL CHECK (kind IN ('sign_in', 'sign_out', 'manual_add', 'excuse', 'void', 'auto_sign_out')),
        at               TEXT NOT NULL,
        client_at        TEXT,
        method           TEXT,
        account_id       TEXT,
        device_id        TEXT,
        reason           TEXT,
        idempotency_key  TEXT,
        prev_hash        TEXT NOT NULL,
        hash             TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attendance_events_session ON attendance_events(session_id, seq);
      -- Only kiosk scans carry a key; corrections and generated history do not.
      CREATE UNIQUE INDEX attendance_events_idempotency ON attendance_events(idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE TRIGGER attendance_events_no_update BEFORE UPDATE ON attendance_events
        BEGIN SELECT RAISE(ABORT, 'attendance_events is append-only'); END;
      CREATE TRIGGER attendance_events_no_delete BEFORE DELETE ON attendance_events
        BEGIN SELECT RAISE(ABORT, 'attendance_events is append-only'); END;

      -- Kiosk tablets on the site LAN: paired with a one-time code, then a token stored hashed.
      CREATE TABLE devices (
        id            TEXT PRIMARY KEY,
        station_id    TEXT NOT NULL REFERENCES stations(id),
        name          TEXT NOT NULL,
        token_hash    TEXT NOT NULL UNIQUE,
        paired_by     TEXT,
        created_at    TEXT NOT NULL,
        last_seen_at  TEXT,
        revoked_at    TEXT
      ) STRICT;
      CREATE TABLE pairing_codes (
        code_hash   TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        created_by  TEXT,
        expires_at  TEXT NOT NULL,
        used_at     TEXT
      ) STRICT;
    `);
  },
};
