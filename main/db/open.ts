import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../lib/paths';
import { makePrivate } from '../lib/private-files';
import { type DamageReport, DamagedDatabaseError, DataFolderError, DatabaseTooNewError, DatabaseTooOldError, NotAStationDatabaseError } from './errors';
import { APPLICATION_ID } from './identity';
import { LATEST_VERSION } from './migrations/index';
import { migrate } from './migrate';

export { APPLICATION_ID };

export interface OpenOptions {
  /** Apply pending migrations (default). `station migrate` and the app both do; tests may not. */
  migrate?: boolean;
  /** Refuse a schema older than this code (a guest that may not migrate, beside a running app). */
  requireCurrent?: boolean;
  /**
   * Builds the report for a damaged file. The backups service's reporter names the newest good backup;
   * this layer, below the services, knows nothing of backups and reports the damage alone.
   */
  describeDamage?: DamageReporter;
}

export type DamageReporter = (dataDir: string, file: string, problem: string, probe: Database.Database | null) => DamageReport;

const damageOnly: DamageReporter = (_dataDir, file, problem) => ({ file, problem, newestBackup: null, lost: null });

/** Creates the data folder if needed and proves it can be written, before any database work. */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK | constants.R_OK);
    makePrivate(dir, 0o700);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'it is not writable by this user'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file with that name is in the way'
          : code;
    throw new DataFolderError(dir, reason);
  }
}

/** The first line of a check's report that says something ('*** in database main ***' does not). */
const firstProblem = (report: unknown) =>
  (String(report).split('\n').find((l) => l.trim() && !l.startsWith('***')) ?? 'failed').trim().slice(0, 120);

const isCorruption = (err: unknown) => /^SQLITE_(CORRUPT|IOERR)/.test(String((err as { code?: unknown }).code ?? ''));

/**
 * Looks at an existing file read-only first: a newer, foreign or damaged database is refused before
 * anything (even the switch to WAL) writes to it. The quick check reads every page once; a damaged
 * file is reported with the newest good backup and what restoring it would lose.
 */
function inspect(dataDir: string, file: string, opts: { deferQuickCheck?: boolean; describeDamage?: DamageReporter } = {}): { quickCheckDeferred: boolean } {
  const damageReport = opts.describeDamage ?? damageOnly;
  if (!existsSync(file)) return { quickCheckDeferred: false };
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    if (isCorruption(err)) throw new DamagedDatabaseError(damageReport(dataDir, file, 'it cannot be opened', null));
    throw new NotAStationDatabaseError(file);
  }
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const empty = (probe.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
    if (appId !== APPLICATION_ID && !(appId === 0 && empty)) throw new NotAStationDatabaseError(file);
    if (version > LATEST_VERSION) throw new DatabaseTooNewError(version, LATEST_VERSION);
    // A migration writes at once, so a database about to be migrated is checked first, whatever was asked.
    if (opts.deferQuickCheck && version === LATEST_VERSION && !empty) return { quickCheckDeferred: true };
    const check = probe.pragma('quick_check(1)', { simple: true }) as string;
    if (check !== 'ok') throw new DamagedDatabaseError(damageReport(dataDir, file, `quick check: ${firstProblem(check)}`, probe));
    return { quickCheckDeferred: false };
  } catch (err) {
    if (err instanceof DatabaseTooNewError || err instanceof NotAStationDatabaseError || err instanceof DamagedDatabaseError) throw err;
    if (isCorruption(err)) throw new DamagedDatabaseError(damageReport(dataDir, file, (err as Error).message.slice(0, 120), probe));
    throw new NotAStationDatabaseError(file);
  } finally {
    probe.close();
  }
}

export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: each commit reaches the disk before it returns, so an acknowledged sign-in survives a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openDatabase(dataDir: string, opts: OpenOptions = {}): Database.Database {
  prepareDataDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  inspect(dataDir, file, { describeDamage: opts.describeDamage });
  return openChecked(file, opts);
}

/**
 * For the long-running hosts: the application id and schema are looked at now, but on a file (with its
 * WAL) over `aboveBytes` the quick check (seconds on a big station) is left to the caller, who runs it in the background (see
 * app/integrity.ts). Until it passes the connection is query-only: SQLite itself refuses any change.
 */
export function openDatabaseCheckLater(dataDir: string, aboveBytes: number, describeDamage?: DamageReporter): { db: Database.Database; checkPending: boolean } {
  prepareDataDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  const { quickCheckDeferred } = inspect(dataDir, file, { deferQuickCheck: sizeOf(file) + sizeOf(`${file}-wal`) > aboveBytes, describeDamage });
  const db = openChecked(file, {});
  if (quickCheckDeferred) db.pragma('query_only = ON');
  return { db, checkPending: quickCheckDeferred };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The damage report for a file whose background check failed, read through its own read-only probe. */
export function reportDamage(dataDir: string, problem: string, describeDamage: DamageReporter = damageOnly): DamagedDatabaseError {
  const file = join(dataDir, DATABASE_FILE);
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    probe = null;
  }
  try {
    return new DamagedDatabaseError(describeDamage(dataDir, file, `quick check: ${firstProblem(problem)}`, probe));
  } finally {
    probe?.close();
  }
}

function openChecked(file: string, opts: OpenOptions): Database.Database {
  const db = new Database(file);
  try {
    configure(db);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) makePrivate(f, 0o600);
    if (db.pragma('application_id', { simple: true }) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    if (opts.migrate !== false) migrate(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (opts.requireCurrent && version < LATEST_VERSION) throw new DatabaseTooOldError(version, LATEST_VERSION);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Clean shutdown: fold the WAL back into the main file so a copied database is complete. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * For checking only (`station verify`): the file is opened read-only, never migrated and never
 * switched to WAL, so a check beside a running app or of an older database changes nothing.
 */
/**
 * A second, read-only connection to an open station database, for code that must never write (the
 * reports): SQLite refuses any change through it, and in WAL mode it reads beside the writer.
 */
export function openReader(writer: Database.Database): Database.Database {
  const reader = new Database(writer.name, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}

export function openDatabaseReadOnly(dataDir: string): Database.Database {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) throw new DataFolderError(dataDir, 'it holds no station database');
  inspect(dataDir, file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
