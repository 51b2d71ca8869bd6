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

describe('the damaged-database notice', () => {
  it('states the backup and what would be lost, in each language', async () => {
    const { damageText } = await import('../../main/app/damage-text');
    const report = { file: '/d/station.sqlite', problem: 'x', newestBackup: { path: '/d/backups/b.sqlite', at: '2026-03-02T08:00:00.000Z' }, lost: { attendanceEvents: 12, workers: 'unknown' as const } };
    expect(damageText('zh-CN', report)).toContain('2026-03-02 08:00 UTC');
    expect(damageText('zh-CN', report)).toContain('12 条签到记录和 若干 名');
    expect(damageText('en', report)).toContain('loses 12 attendance records and some newly registered workers');
    expect(damageText('ug', { ...report, newestBackup: null, lost: null })).toContain('/d/station.sqlite');
  });
});
