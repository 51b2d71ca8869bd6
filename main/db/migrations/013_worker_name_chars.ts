import type { Migration } from '../migration';

/** Names are at most 50 characters (workers.name CHECK). */
const MAX = 50;

/**
 * `substr(x,1,1) || ' ' || substr(x,2,1) …`: the name with a space between characters, in plain SQL,
 * so the triggers below work from any SQLite tool, not only from this app.
 */
export function spacedSql(col: string): string {
  return Array.from({ length: MAX }, (_, i) => `substr(${col}, ${i + 1}, 1)`).join(" || ' ' || ");
}

/**
 * Finding "建国" inside 张建国: Chinese names have no word breaks, so the name index (a prefix search)
 * cannot answer a given name typed without the surname. Each character becomes a full-text token and
 * the typed text a phrase, answered from the full-text index instead of scanning 200,000 names.
 */
export const m013: Migration = {
  version: 13,
  name: 'worker_name_chars',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE worker_name_chars USING fts5(chars, content='', contentless_delete=1, tokenize='unicode61');
      INSERT INTO worker_name_chars (rowid, chars) SELECT rowid, ${spacedSql('name')} FROM workers;
      CREATE TRIGGER worker_name_chars_insert AFTER INSERT ON workers BEGIN
        INSERT INTO worker_name_chars (rowid, chars) VALUES (new.rowid, ${spacedSql('new.name')});
      END;
      CREATE TRIGGER worker_name_chars_update AFTER UPDATE OF name ON workers BEGIN
        DELETE FROM worker_name_chars WHERE rowid = old.rowid;
        INSERT INTO worker_name_chars (rowid, chars) VALUES (new.rowid, ${spacedSql('new.name')});
      END;
      CREATE TRIGGER worker_name_chars_delete AFTER DELETE ON workers BEGIN
        DELETE FROM worker_name_chars WHERE rowid = old.rowid;
      END;
    `);
  },
};
