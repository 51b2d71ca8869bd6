import type { Migration } from '../migration';

/**
 * Trainers unlock the kiosk (to register a newcomer, or to leave the kiosk window) with a short PIN
 * rather than their password; stored as a hash like the password.
 */
export const m012: Migration = {
  version: 12,
  name: 'account_pins',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN pin_hash TEXT;
      ALTER TABLE accounts ADD COLUMN pin_failed_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE accounts ADD COLUMN pin_locked_until TEXT;
    `);
  },
};
