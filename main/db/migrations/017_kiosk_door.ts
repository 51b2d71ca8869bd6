import type { Migration } from '../migration';

/**
 * The kiosk at the door: a session's notice in Uyghur and English beside the Chinese one,
 * and a flag on an attendance the trainer should look at (a queued scan whose tablet clock could not be
 * right, or one delivered after the session closed).
 */
export const m017: Migration = {
  version: 17,
  name: 'kiosk_door',
  up(db) {
    db.exec(`
      ALTER TABLE training_sessions ADD COLUMN ack_text_ug TEXT;
      ALTER TABLE training_sessions ADD COLUMN ack_text_en TEXT;
      ALTER TABLE attendance ADD COLUMN flag TEXT CHECK (flag IN ('clock_implausible', 'queued_after_close'));
    `);
  },
};
