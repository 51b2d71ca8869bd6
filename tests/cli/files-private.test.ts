// What a killed backup or restore leaves is removed at the next start, and the data
// folder is its owner's alone.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { acquireDataLock } from '../../main/app/lock';
import { DATABASE_FILE } from '../../main/lib/paths';
import { station } from '../support/cli';
import { tempDir } from '../support/temp';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the data folder', () => {
  it('is created 0700 with its database, logs and backups 0600 (Linux)', () => {
    const dataDir = join(tempDir(), 'fresh-station');
    expect(station(['init', '--name', '权限测试站', '--data', dataDir]).code).toBe(0);
    expect(station(['backup', '--data', dataDir]).code).toBe(0);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, DATABASE_FILE))).toBe(0o600);
    expect(mode(join(dataDir, 'logs'))).toBe(0o700);
    for (const f of readdirSync(join(dataDir, 'logs'))) expect(mode(join(dataDir, 'logs', f))).toBe(0o600);
    for (const f of readdirSync(join(dataDir, 'backups'))) expect(mode(join(dataDir, 'backups', f))).toBe(0o600);
  }, 60_000);

  it('an older folder made 0755 is narrowed at the next start', () => {
    const dataDir = tempDir();
    expect(station(['init', '--name', '旧站', '--data', dataDir]).code).toBe(0);
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, DATABASE_FILE), 0o644);
    expect(station(['migrate', '--data', dataDir]).code).toBe(0);
    expect([mode(dataDir), mode(join(dataDir, DATABASE_FILE))]).toEqual([0o700, 0o600]);
  }, 60_000);

  it('leftovers of killed backups and restores go at the next start, named in the log; a live one stays', () => {
    const dataDir = tempDir();
    expect(station(['init', '--name', '残留测试站', '--data', dataDir]).code).toBe(0);
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const old = new Date(Date.now() - 3600_000);
    const stale = ['backups/station-2026-03-02T08-00-00Z.sqlite.partial', 'backups/station-2026-03-02T09-00-00Z.sqlite.partial.enc', 'backups/x.sqlite.partial-journal', 'restore-2026-03-02T08-00-00Z-4242.tmp', 'upload-1700000000000-4242.tmp'];
    for (const f of stale) {
      writeFileSync(join(dataDir, f), 'half a file');
      utimesSync(join(dataDir, f), old, old);
    }
    const live = 'backups/station-2026-03-02T10-00-00Z.sqlite.partial';
    writeFileSync(join(dataDir, live), 'being written now');
    const lock = acquireDataLock(dataDir, 'station serve');
    const core = openCore({ dataDir, lock });
    core.close();
    lock.release();
    const left = [...readdirSync(dataDir), ...readdirSync(join(dataDir, 'backups')).map((f) => `backups/${f}`)];
    for (const f of stale) expect(left).not.toContain(f);
    expect(left).toContain(live);
    const logged = readFileSync(join(dataDir, 'logs', 'station.log'), 'utf8');
    expect(logged).toContain('startup.leftovers_removed');
    expect(logged).toContain('restore-2026-03-02T08-00-00Z-4242.tmp');
  }, 60_000);
});
