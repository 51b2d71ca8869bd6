import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations/index';
import { DatabaseTooNewError } from './errors';
import { ensureSyncTracking } from './sync-tracking';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the latest version, one migration per transaction, so a failure leaves the
 * database at the last good version. Refuses (without writing) a database newer than the code.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target?: number): number {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const goal = target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const m of migrations) {
    if (m.version <= current || m.version > goal) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  // A table that joined the sync after its own migration (sync-tables.ts) is tracked from now on.
  if (goal === latest) ensureSyncTracking(db);
  return schemaVersion(db);
}
