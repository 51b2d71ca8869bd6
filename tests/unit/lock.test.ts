import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock, LOCK_FILE, lockHolder } from '../../main/app/lock';
import { DataFolderInUseError } from '../../main/db/errors';
import { tempDir } from '../support/temp';

describe('the data-folder lock', () => {
  it('is taken, named, and released by its owner', () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir, 'station serve');
    expect(lockHolder(dir)).toMatchObject({ pid: process.pid, owner: 'station serve' });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses while another live process holds it, and takes over from a killed one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, owner: 'the desktop app', startedAt: '2026-03-02T00:00:00Z' }));
    expect(() => acquireDataLock(dir, 'station serve')).toThrow(DataFolderInUseError);
    expect(() => acquireDataLock(dir, 'station serve')).toThrow(/in use by the desktop app \(process \d+\); stop it first\.$/);
    // A pid far above any real one: the process that wrote it is gone.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 4_000_000, owner: 'station serve', startedAt: '2026-03-02T00:00:00Z' }));
    expect(lockHolder(dir)).toBeNull();
    const lock = acquireDataLock(dir, 'station serve');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    writeFileSync(join(dir, LOCK_FILE), 'not json');
    acquireDataLock(dir, 'station serve').release();
  });
});
