import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { APPLICATION_ID } from '../../db/identity';
import { LATEST_VERSION } from '../../db/migrations/index';
import { verifyChain } from '../attendance';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Why a file may not become the station's database; each a sentence for the CLI and the screens. */
export class RestoreRefusedError extends Error {
  constructor(
    readonly reason: 'not_station' | 'too_new' | 'damaged' | 'chain_broken' | 'reopen_failed',
    message: string,
  ) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface CandidateFacts {
  schemaVersion: number;
  events: number;
  workers: number;
  head: string | null;
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks a file before it may replace the station's database: a station database (application id),
 * a schema this app knows, `PRAGMA integrity_check` ok and an intact attendance chain. Read-only.
 */
export function checkCandidate(file: string, opts: { full?: boolean } = {}): CandidateFacts {
  if (!hasSqliteHeader(file)) throw new RestoreRefusedError('not_station', `${file} is not a station database (nor an encrypted station backup).`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new RestoreRefusedError('not_station', `${file} could not be opened as a database.`);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
      version = db.pragma('user_version', { simple: true }) as number;
    } catch {
      throw new RestoreRefusedError('damaged', `${file} is damaged: its header cannot be read.`);
    }
    if (appId !== APPLICATION_ID) throw new RestoreRefusedError('not_station', `${file} is not an Upgrade Station database.`);
    if (version > LATEST_VERSION)
      throw new RestoreRefusedError('too_new', `${file} is from a newer app version (schema ${version}; this app knows up to ${LATEST_VERSION}).`);
    let integrity: string;
    try {
      integrity = (db.pragma(opts.full === false ? 'quick_check(1)' : 'integrity_check(1)', { simple: true }) as string) ?? 'unknown';
    } catch (err) {
      integrity = (err as Error).message;
    }
    if (integrity !== 'ok') throw new RestoreRefusedError('damaged', `${file} fails the integrity check (${integrity.split('\n')[0]!.slice(0, 120)}).`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    let chain: ReturnType<typeof verifyChain>;
    try {
      // A database from before attendance existed has no chain to check.
      chain = tables.has('attendance_events') ? verifyChain(db) : { ok: true, events: 0, firstBad: null, head: null };
    } catch {
      throw new RestoreRefusedError('damaged', `${file} has no readable attendance records.`);
    }
    if (!chain.ok)
      throw new RestoreRefusedError('chain_broken', `${file} has attendance records that were changed (first bad event #${chain.firstBad?.seq ?? '?'}).`);
    const workers = tables.has('workers') ? (db.prepare('SELECT count(*) FROM workers').pluck().get() as number) : 0;
    return { schemaVersion: version, events: chain.events, workers, head: chain.head };
  } finally {
    db.close();
  }
}
