import type { Database } from 'better-sqlite3';
import { keyExpr, SYNCED_TABLES, type SyncedTable } from './sync-tables';

/**
 * Every synced table carries `sync_rev`, the station PC's revision counter (sync_clock) at the record's
 * last change, set by triggers in the same transaction as the write: a push sends the records above
 * what the hub acknowledged. A deleted record leaves a tombstone at its revision. The triggers bump
 * only on writes that do not set sync_rev themselves, so their own update does not loop.
 */
export function installSyncTracking(db: Database, t: SyncedTable): boolean {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(t.table);
  if (!exists) return false;
  const cols = (db.prepare(`SELECT name FROM pragma_table_xinfo(?)`).all(t.table) as { name: string }[]).map((c) => c.name);
  const name = t.table;
  if (!cols.includes('sync_rev')) {
    db.exec(`ALTER TABLE "${name}" ADD COLUMN sync_rev INTEGER`);
    // Records written before tracking began get revisions in rowid order, above the clock.
    const base = db.prepare('SELECT rev FROM sync_clock').pluck().get() as number;
    db.prepare(`UPDATE "${name}" SET sync_rev = ? + rowid`).run(base);
    const top = (db.prepare(`SELECT max(rowid) FROM "${name}"`).pluck().get() as number | null) ?? 0;
    db.prepare('UPDATE sync_clock SET rev = ?').run(base + top);
  }
  const bump = `UPDATE sync_clock SET rev = rev + 1; UPDATE "${name}" SET sync_rev = (SELECT rev FROM sync_clock) WHERE rowid = NEW.rowid;`;
  db.exec(`
    CREATE INDEX IF NOT EXISTS "sync_rev_${name}" ON "${name}"(sync_rev);
    CREATE TRIGGER IF NOT EXISTS "sync_${name}_insert" AFTER INSERT ON "${name}" BEGIN ${bump} END;
    CREATE TRIGGER IF NOT EXISTS "sync_${name}_update" AFTER UPDATE ON "${name}" WHEN NEW.sync_rev IS OLD.sync_rev BEGIN ${bump} END;
    CREATE TRIGGER IF NOT EXISTS "sync_${name}_delete" AFTER DELETE ON "${name}" BEGIN
      UPDATE sync_clock SET rev = rev + 1;
      INSERT INTO sync_tombstones (tbl, key, station_id, rev) VALUES ('${name}', ${keyExpr(t, 'OLD.')}, OLD.station_id, (SELECT rev FROM sync_clock))
        ON CONFLICT (tbl, key) DO UPDATE SET rev = excluded.rev;
    END;
    -- A record deleted and written again is live again: its tombstone goes.
    CREATE TRIGGER IF NOT EXISTS "sync_${name}_revive" AFTER INSERT ON "${name}" BEGIN
      DELETE FROM sync_tombstones WHERE tbl = '${name}' AND key = ${keyExpr(t, 'NEW.')};
    END;
  `);
  return true;
}

/** Tracks every table in the registry that exists and is not tracked yet (one line registers a table). */
export function ensureSyncTracking(db: Database, tables: readonly SyncedTable[] = SYNCED_TABLES): void {
  const present = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_clock'").get();
  if (!present) return;
  const tracked = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'").pluck().all() as string[]));
  const missing = tables.filter((t) => !tracked.has(`sync_${t.table}_update`) || !tracked.has(`sync_${t.table}_delete`));
  if (!missing.length) return;
  db.transaction(() => {
    for (const t of missing) installSyncTracking(db, t);
  }).immediate();
}
