import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataFolderInUseError } from '../db/errors';
import { prepareDataDir } from '../db/open';

export const LOCK_FILE = 'station.lock';

const LockBody = z.object({ pid: z.number().int().positive(), owner: z.string().max(40), startedAt: z.string().max(40) });
export type LockInfo = z.infer<typeof LockBody>;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it still holds the folder.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the data folder now, or null; a lock left by a killed process does not count. */
export function lockHolder(dataDir: string): LockInfo | null {
  let raw: string;
  try {
    raw = readFileSync(join(dataDir, LOCK_FILE), 'utf8');
  } catch {
    return null;
  }
  let parsed: ReturnType<typeof LockBody.safeParse>;
  try {
    parsed = LockBody.safeParse(JSON.parse(raw));
  } catch {
    return null;
  }
  if (!parsed.success || !alive(parsed.data.pid)) return null;
  return parsed.data;
}

export interface DataLock {
  release(): void;
}

/**
 * Marks the data folder as in use by this process for its whole run (station serve, the desktop app,
 * or a CLI command that writes or may apply a restore), so a second one refuses instead of replacing
 * or changing the database under a running app. A lock whose process has died (killed, power cut) is
 * taken over.
 */
/** Who holds the folder, as the refusal names it: a host, or a CLI command that writes. */
export type LockOwner = 'station serve' | 'the desktop app' | `station ${'import' | 'demo' | 'init' | 'migrate' | 'restore'}`;

export function acquireDataLock(dataDir: string, owner: LockOwner): DataLock {
  prepareDataDir(dataDir);
  const file = join(dataDir, LOCK_FILE);
  const body = JSON.stringify({ pid: process.pid, owner, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, body);
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          // Only remove our own lock: a takeover by another process must not be undone.
          if (lockHolder(dataDir)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = lockHolder(dataDir);
      if (holder && holder.pid !== process.pid) throw new DataFolderInUseError(dataDir, holder.owner, holder.pid);
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUseError(dataDir, 'another process', 0);
}
