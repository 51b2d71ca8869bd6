import type { Migration } from '../migration';

/**
 * People who sign in to the admin screens. Passwords are scrypt hashes ("scrypt$N$r$p$salt$hash");
 * sessions are stored as SHA-256 of their token, so a copied database hands out no live session.
 */
export const m003: Migration = {
  version: 3,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id               TEXT PRIMARY KEY,
        station_id       TEXT NOT NULL REFERENCES stations(id),
        username         TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name     TEXT NOT NULL,
        role             TEXT NOT NULL CHECK (role IN ('admin', 'trainer')),
        password_hash    TEXT NOT NULL,
        failed_attempts  INTEGER NOT NULL DEFAULT 0,
        locked_until     TEXT,
        disabled_at      TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE TABLE auth_sessions (
        token_hash    TEXT PRIMARY KEY,
        account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        station_id    TEXT NOT NULL REFERENCES stations(id),
        created_at    TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        last_seen_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX auth_sessions_account ON auth_sessions(account_id);
    `);
  },
};
