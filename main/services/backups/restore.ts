import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Caller } from '../../../shared/contract/access';
import { DATABASE_FILE } from '../../lib/paths';
import { appendAudit } from '../audit';
import { closeDatabase, openDatabase } from '../../db/open';
import { checkCandidate, RestoreRefusedError, type CandidateFacts } from './check';
import { damageReport } from './damage';
import { decryptFile, isEncryptedBackup, PassphraseNeededError } from './crypto';

/** A restore the app accepted while running; it is applied at the next start, before the database opens. */
export const PENDING_RESTORE = 'restore-pending.sqlite';
const SIDE_FILES = ['-wal', '-shm', '-journal'];

export interface RestoreResult extends CandidateFacts {
  /** Where the database that was replaced now lies (null when the folder had none). */
  keptAside: string | null;
}

function stampOf(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';
}

/**
 * Brings a backup (plain or encrypted) into the data folder as a checked temporary file.
 * The caller owns the returned file and removes it when done.
 */
export async function stageCandidate(dataDir: string, source: string, passphrase: string | undefined, at: Date): Promise<{ file: string; facts: CandidateFacts }> {
  const temp = join(dataDir, `restore-${stampOf(at)}-${process.pid}.tmp`);
  rmSync(temp, { force: true });
  try {
    if (isEncryptedBackup(source)) {
      if (passphrase === undefined) throw new PassphraseNeededError();
      await decryptFile(source, temp, passphrase);
    } else {
      copyFileSync(source, temp);
    }
    // Full integrity check: this file is about to become the only copy of the station's records.
    return { file: temp, facts: checkCandidate(temp) };
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof RestoreRefusedError) throw new RestoreRefusedError(err.reason, err.message.replace(temp, basename(source)));
    throw err;
  }
}

function moveWithSides(from: string, to: string): void {
  renameSync(from, to);
  for (const s of SIDE_FILES) if (existsSync(from + s)) renameSync(from + s, to + s);
}

/**
 * Swaps a checked file in as the database. The current database (with its WAL) is renamed aside
 * first and stays there; if the new one does not open and migrate, the current one is put back.
 */
export function swapIn(dataDir: string, checkedFile: string, at: Date, auditAs?: Caller): string | null {
  const live = join(dataDir, DATABASE_FILE);
  const aside = existsSync(live) ? join(dataDir, `station-before-restore-${stampOf(at)}.sqlite`) : null;
  if (aside) moveWithSides(live, aside);
  else for (const s of SIDE_FILES) rmSync(live + s, { force: true });
  try {
    renameSync(checkedFile, live);
    const db = openDatabase(dataDir, { describeDamage: damageReport });
    try {
      if (auditAs)
        appendAudit(db, auditAs, { stationId: null, at, action: 'restore', entity: 'database', entityId: null, after: { keptAside: aside ? basename(aside) : null } });
    } finally {
      closeDatabase(db);
    }
    return aside;
  } catch (err) {
    rmSync(live, { force: true });
    for (const s of SIDE_FILES) rmSync(live + s, { force: true });
    if (aside) moveWithSides(aside, live);
    throw new RestoreRefusedError('reopen_failed', `The restored database did not open (${(err as Error).message.slice(0, 160)}); the previous one is back in place.`);
  }
}

/** Checks `source` and makes it the station's database; nothing is lost on any failure. */
export async function restoreInto(dataDir: string, source: string, opts: { passphrase?: string; at: Date; auditAs?: Caller }): Promise<RestoreResult> {
  const staged = await stageCandidate(dataDir, source, opts.passphrase, opts.at);
  try {
    return { ...staged.facts, keptAside: swapIn(dataDir, staged.file, opts.at, opts.auditAs) };
  } finally {
    rmSync(staged.file, { force: true });
  }
}

export type PendingOutcome = { applied: true; result: RestoreResult } | { applied: false; problem: string };

/**
 * Applies a restore staged by the running app (see PENDING_RESTORE); called before the database
 * opens. A staged file that no longer checks out is dropped and the current database opens as it
 * was: a failed restore must never keep the station from starting.
 */
export function applyPendingRestore(dataDir: string, at: Date): PendingOutcome | null {
  const pending = join(dataDir, PENDING_RESTORE);
  if (!existsSync(pending)) return null;
  try {
    const facts = checkCandidate(pending);
    return { applied: true, result: { ...facts, keptAside: swapIn(dataDir, pending, at) } };
  } catch (err) {
    return { applied: false, problem: err instanceof RestoreRefusedError ? err.reason : 'error' };
  } finally {
    rmSync(pending, { force: true });
  }
}
