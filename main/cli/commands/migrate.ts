import { join } from 'node:path';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { acquireDataLock } from '../../app/lock';
import { DATABASE_FILE } from '../../lib/paths';
import { openDatabase, closeDatabase } from '../../db/open';
import { schemaVersion } from '../../db/migrate';
import { damageReport } from '../../services/backups';
import { LATEST_VERSION } from '../../db/migrations/index';
import { dataDirFrom, parse } from '../args';
import type { CliContext } from '../context';

export function migrateCommand(argv: string[], ctx: CliContext): number {
  const { values } = parse(argv, {});
  const dataDir = dataDirFrom(values.data);
  const file = join(dataDir, DATABASE_FILE);
  let before = 0;
  if (existsSync(file)) {
    const probe = new Database(file, { readonly: true });
    before = probe.pragma('user_version', { simple: true }) as number;
    probe.close();
  }
  // Some steps rewrite every attendance row: on a big station a minute with no output would look hung.
  if (before > 0 && before < LATEST_VERSION) ctx.out(`Migrating the schema from version ${before} to ${LATEST_VERSION}; on a big station this can take a few minutes…`);
  const lock = acquireDataLock(dataDir, 'station migrate');
  let after: number;
  try {
    const db = openDatabase(dataDir, { describeDamage: damageReport });
    after = schemaVersion(db);
    closeDatabase(db);
  } finally {
    lock.release();
  }
  ctx.out(before === after ? `Schema is up to date (version ${after} of ${LATEST_VERSION}).` : `Schema migrated from version ${before} to ${after}.`);
  return 0;
}
