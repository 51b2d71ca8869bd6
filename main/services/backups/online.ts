import type { Database } from 'better-sqlite3';
import DatabaseCtor from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/log';
import { appendAudit } from '../audit';
import { RestoreRefusedError } from './check';
import { encryptFile, PassphraseNeededError, WrongPassphraseError } from './crypto';
import { backupsDir, freshBackupPath, listBackups, PARTIAL_SUFFIX, pruneBackups, type BackupEntry } from './files';
import { PENDING_RESTORE, stageCandidate } from './restore';
import { BackupWorkerError, copyInWorker } from './worker';
import type { SettingsService } from '../settings';

/**
 * SQLite's online backup (better-sqlite3's db.backup) of the live database while sign-ins go on:
 * on a worker thread with its own connection (see backups/worker.ts). The copy is switched out of WAL
 * so it is one self-contained file, and optionally encrypted.
 */
/** Returns where the copy ran: 'worker' normally, 'main' for in-memory databases or as the fallback. */
export async function onlineBackup(db: Database, out: string, opts: { passphrase?: string; pagesPerStep?: number } = {}): Promise<'worker' | 'main'> {
  mkdirSync(dirname(out), { recursive: true });
  const partial = out + PARTIAL_SUFFIX;
  rmSync(partial, { force: true });
  try {
    let copied = false;
    if (!db.memory && opts.pagesPerStep === undefined) {
      try {
        await copyInWorker(db.name, partial);
        copied = true;
      } catch (err) {
        // No worker (a packaging quirk, a thread limit): the same copy on this thread still works.
        if (!(err instanceof BackupWorkerError)) throw err;
        rmSync(partial, { force: true });
      }
    }
    if (!copied) {
      // On the main thread, in steps between which sign-ins run (an in-memory database, or the bench).
      // 1 MB steps measured best on the big station: smaller ones make the copy last much longer, and
      // each sign-in committed meanwhile is also written into the copy.
      const pages = opts.pagesPerStep ?? 256;
      await db.backup(partial, { progress: () => pages });
    }
    const copy = new DatabaseCtor(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    if (opts.passphrase !== undefined) {
      const enc = partial + '.enc';
      rmSync(enc, { force: true });
      try {
        await encryptFile(partial, enc, opts.passphrase);
      } finally {
        rmSync(partial, { force: true });
      }
      renameSync(enc, out);
    } else {
      renameSync(partial, out);
    }
    return copied ? 'worker' : 'main';
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(partial + '.enc', { force: true });
    throw err;
  }
}

export type BackupReason = 'daily' | 'quit' | 'manual';

/** The station's backups folder: automatic and manual backups, the last N kept, restores staged. */
export class BackupService {
  private running: Promise<BackupEntry> | null = null;

  constructor(
    private db: Database,
    private dataDir: string,
    private clock: Clock,
    private settings: SettingsService,
    private log: Logger,
  ) {}

  list(): BackupEntry[] {
    return listBackups(this.dataDir);
  }

  /** One backup into the backups folder; a second call while one runs waits for it instead. */
  create(reason: BackupReason, passphrase?: string): Promise<BackupEntry> {
    if (this.running && passphrase === undefined) return this.running;
    const work = this.make(reason, passphrase).finally(() => {
      if (this.running === work) this.running = null;
    });
    if (passphrase === undefined) this.running = work;
    return work;
  }

  private async make(reason: BackupReason, passphrase?: string): Promise<BackupEntry> {
    const at = this.clock.now();
    const file = freshBackupPath(this.dataDir, at, passphrase !== undefined);
    const t = Date.now();
    const thread = await onlineBackup(this.db, file, { passphrase });
    const removed = pruneBackups(this.dataDir, this.settings.get().backupKeep);
    this.log.info('backup.made', { reason, thread, ms: Date.now() - t, pruned: removed.length });
    const entry = this.list().find((b) => b.path === file);
    if (!entry) throw new AppError('internal', 'The backup file disappeared after it was written');
    return entry;
  }

  /** Path of a backup named from the list; never anything outside the backups folder. */
  resolve(name: string): BackupEntry {
    const entry = this.list().find((b) => b.name === name);
    if (!entry) throw new AppError('not_found', 'No such backup', { entity: 'backup' });
    return entry;
  }

  /**
   * Checks a backup and stages it to replace the database at the next start: the running app keeps
   * its open database untouched, and the swap (with the old file kept aside) happens before opening.
   */
  async stageRestore(
    source: { name: string } | { bytes: Buffer } | { uploaded: string },
    passphrase: string | undefined,
    caller: Caller,
    stationId: string | null,
  ) {
    const at = this.clock.now();
    let from: string;
    let upload: string | null = null;
    if ('name' in source) from = this.resolve(source.name).path;
    else if ('uploaded' in source) {
      // Streamed in by the HTTP host; ours to remove once checked, whatever the check says.
      upload = source.uploaded;
      from = upload;
    } else {
      upload = join(this.dataDir, `upload-${at.getTime()}-${process.pid}.tmp`);
      writeFileSync(upload, source.bytes);
      from = upload;
    }
    try {
      const staged = await stageCandidate(this.dataDir, from, passphrase, at);
      renameSync(staged.file, join(this.dataDir, PENDING_RESTORE));
      appendAudit(this.db, caller, {
        stationId,
        at,
        action: 'restore_staged',
        entity: 'database',
        entityId: null,
        after: { source: 'name' in source ? source.name : 'upload', events: staged.facts.events, workers: staged.facts.workers },
      });
      this.log.info('backup.restore_staged', { events: staged.facts.events });
      return { ...staged.facts, restartNeeded: true as const };
    } catch (err) {
      if (err instanceof RestoreRefusedError) throw new AppError('conflict', err.message, { reason: `restore.${err.reason}` });
      if (err instanceof WrongPassphraseError) throw new AppError('invalid_input', err.message, { reason: 'restore.wrong_passphrase', fields: [{ path: 'passphrase', message: 'wrong passphrase' }] });
      if (err instanceof PassphraseNeededError) throw new AppError('invalid_input', err.message, { reason: 'restore.passphrase_needed', fields: [{ path: 'passphrase', message: 'required' }] });
      throw err;
    } finally {
      if (upload) rmSync(upload, { force: true });
    }
  }

  pendingRestore(): boolean {
    return existsSync(join(this.dataDir, PENDING_RESTORE));
  }

  folder(): string {
    return backupsDir(this.dataDir);
  }
}

