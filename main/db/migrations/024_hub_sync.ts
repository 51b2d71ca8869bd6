import type { Migration } from '../migration';
import { ensureSyncTracking } from '../sync-tracking';

/**
 * What the hub needs of a station: a revision counter (sync_clock) that every synced table's triggers
 * advance in the write's own transaction, tombstones for deleted records, and the station's link to its
 * hub: its key pair, the keyed-hash secret the hub gave it, and how far the hub has acknowledged
 * (the outbox's high-water marks, records and attendance events).
 */
export const m024: Migration = {
  version: 24,
  name: 'hub_sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_clock (
        one  INTEGER PRIMARY KEY CHECK (one = 1),
        rev  INTEGER NOT NULL
      ) STRICT;
      INSERT INTO sync_clock (one, rev) VALUES (1, 0);
      CREATE TABLE sync_tombstones (
        tbl         TEXT NOT NULL,
        key         TEXT NOT NULL,
        station_id  TEXT NOT NULL,
        rev         INTEGER NOT NULL,
        PRIMARY KEY (tbl, key)
      ) STRICT;
      CREATE INDEX sync_tombstones_rev ON sync_tombstones(rev);
      CREATE TABLE hub_link (
        one             INTEGER PRIMARY KEY CHECK (one = 1),
        hub_url         TEXT NOT NULL,
        node_id         TEXT NOT NULL,
        public_key      TEXT NOT NULL,
        private_key     TEXT NOT NULL,
        person_secret   TEXT NOT NULL,
        share_ids       INTEGER NOT NULL DEFAULT 0 CHECK (share_ids IN (0, 1)),
        enrolled_at     TEXT NOT NULL,
        acked_rev       INTEGER NOT NULL DEFAULT 0,
        acked_event     INTEGER NOT NULL DEFAULT 0,
        last_sync_at    TEXT,
        last_attempt_at TEXT,
        last_error      TEXT
      ) STRICT;
      CREATE TABLE hub_link_history (
        at        TEXT NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('enrol', 'move', 'leave')),
        hub_url   TEXT NOT NULL,
        node_id   TEXT NOT NULL,
        by        TEXT
      ) STRICT;
    `);
    ensureSyncTracking(db);
  },
};
