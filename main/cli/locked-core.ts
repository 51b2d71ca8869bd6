import { openCore, type Core } from '../app/core';
import { acquireDataLock, type LockOwner } from '../app/lock';

/**
 * Runs a CLI command that writes with the data folder's lock held from start to end: refused while
 * `serve` or the desktop app holds it, and a server started meanwhile refuses in turn. Only a lock
 * holder applies a restore the app staged.
 */
export async function withLockedCore<T>(dataDir: string, owner: LockOwner, run: (core: Core) => Promise<T> | T): Promise<T> {
  const lock = acquireDataLock(dataDir, owner);
  try {
    const core = openCore({ dataDir, lock });
    try {
      return await run(core);
    } finally {
      core.close();
    }
  } finally {
    lock.release();
  }
}
