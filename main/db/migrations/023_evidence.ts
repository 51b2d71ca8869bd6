import type { Migration } from '../migration';

/**
 * Evidence: a small photo taken by the kiosk tablet with a sign-in (against proxy sign-ins, 代签),
 * the worker's consent to it, and files a trainer attaches to a session (photos of the room, the
 * slides as a PDF). Photos live in their own tables so the attendance rows and the hash chain stay
 * as they are, a retention sweep can drop old ones, and nothing that reads attendance loads bytes.
 */
export const m023: Migration = {
  version: 23,
  name: 'evidence',
  up(db) {
    db.exec(`
      CREATE TABLE attendance_photos (
        attendance_id  TEXT PRIMARY KEY REFERENCES attendance(id),
        station_id     TEXT NOT NULL REFERENCES stations(id),
        session_id     TEXT NOT NULL REFERENCES training_sessions(id),
        worker_id      TEXT NOT NULL REFERENCES workers(id),
        device_id      TEXT,
        taken_at       TEXT NOT NULL,
        bytes          BLOB NOT NULL CHECK (length(bytes) BETWEEN 4 AND 30720)
      ) STRICT;
      CREATE INDEX attendance_photos_taken ON attendance_photos(station_id, taken_at);
      CREATE INDEX attendance_photos_worker ON attendance_photos(worker_id);
      CREATE INDEX attendance_photos_session ON attendance_photos(session_id);

      CREATE TABLE evidence_consents (
        worker_id     TEXT PRIMARY KEY REFERENCES workers(id),
        station_id    TEXT NOT NULL REFERENCES stations(id),
        consented_at  TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('zh-CN', 'ug', 'en')),
        device_id     TEXT
      ) STRICT;

      CREATE TABLE session_attachments (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        session_id  TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
        bytes       BLOB NOT NULL CHECK (length(bytes) <= 8388608),
        thumb       BLOB,
        created_at  TEXT NOT NULL,
        created_by  TEXT
      ) STRICT;
      CREATE INDEX session_attachments_session ON session_attachments(session_id, created_at);
    `);
  },
};
