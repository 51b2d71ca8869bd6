import type { Migration } from '../migration';

/**
 * Wrong passwords and PINs, counted per key (a user name, an account's PIN, a kiosk device, an address)
 * before the slow check runs, so guesses sent in parallel are counted like guesses sent one by one.
 * The counters on `accounts` (failed_attempts, pin_failed_attempts …) are left unused.
 */
export const m018: Migration = {
  version: 18,
  name: 'guesses',
  up(db) {
    db.exec(`
      CREATE TABLE auth_guard (
        key               TEXT PRIMARY KEY,
        failures          INTEGER NOT NULL DEFAULT 0,
        first_failure_at  TEXT,
        locked_until      TEXT,
        lockouts          INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `);
  },
};
