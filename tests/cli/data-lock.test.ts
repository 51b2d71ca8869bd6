// The CLI cannot swap or change the database under a running server. Commands that
// write hold the data folder's lock for their whole run; `verify` and `export` never migrate and never
// apply a restore the app staged.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { acquireDataLock } from '../../main/app/lock';
import { DATABASE_FILE } from '../../main/lib/paths';
import { LATEST_VERSION } from '../../main/db/migrations/index';
import { setUp } from '../support/callers';
import { startServe, station } from '../support/cli';
import { tempDir, testCore } from '../support/temp';

/** A set-up station folder, closed, with a restore staged by the app (a copy of itself). */
async function folderWithStagedRestore() {
  const { core, dataDir } = testCore();
  const { admin } = await setUp(core);
  const made = await dispatch(core, admin, 'backups.create', {});
  if (!made.ok) throw new Error(made.error.message);
  const staged = await dispatch(core, admin, 'backups.restore', { name: (made.value as { name: string }).name });
  if (!staged.ok) throw new Error(staged.error.message);
  core.close();
  return dataDir;
}

const pending = (dataDir: string) => existsSync(join(dataDir, 'restore-pending.sqlite'));

describe('the data folder’s lock', () => {
  it('verify and export beside a running server apply no staged restore', async () => {
    const dataDir = await folderWithStagedRestore();
    expect(pending(dataDir)).toBe(true);
    const server = acquireDataLock(dataDir, 'station serve');
    try {
      expect(station(['verify', '--data', dataDir]).code).toBe(0);
      expect(pending(dataDir)).toBe(true);
      const out = join(tempDir(), 'status.xlsx');
      expect(station(['export', 'status-table', '--out', out, '--data', dataDir]).code).toBe(0);
      expect(pending(dataDir)).toBe(true);
    } finally {
      server.release();
    }
  }, 120_000);

  it('commands that write are refused while a server holds the folder, and say who holds it', async () => {
    const dataDir = await folderWithStagedRestore();
    const server = acquireDataLock(dataDir, 'station serve');
    try {
      for (const args of [['migrate'], ['restore', '--latest'], ['init', '--name', '另一个站'], ['import', 'workers', join(dataDir, DATABASE_FILE)]]) {
        const r = station([...args, '--data', dataDir]);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr).toContain(`in use by station serve (process ${process.pid})`);
      }
      expect(pending(dataDir)).toBe(true);
    } finally {
      server.release();
    }
  }, 120_000);

  it('a server cannot start while a CLI command holds the folder', async () => {
    const { core, dataDir } = testCore();
    await setUp(core);
    core.close();
    const restoring = acquireDataLock(dataDir, 'station restore');
    try {
      const serve = startServe(['--data', dataDir]);
      await expect(serve.url).rejects.toThrow(/in use by station restore/);
    } finally {
      restoring.release();
    }
  }, 60_000);

  it('verify opens an older database read-only and leaves its schema as it was', async () => {
    const { core, dataDir } = testCore();
    await setUp(core);
    core.close();
    // The same file as the app one version back would have left it.
    const older = tempDir();
    copyFileSync(join(dataDir, DATABASE_FILE), join(older, DATABASE_FILE));
    const db = new Database(join(older, DATABASE_FILE));
    db.exec('DROP TABLE auth_guard');
    db.pragma(`user_version = ${LATEST_VERSION - 1}`);
    db.close();
    expect(station(['verify', '--data', older]).code).toBe(0);
    const after = new Database(join(older, DATABASE_FILE), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION - 1);
    after.close();
    const exported = station(['export', 'status-table', '--out', join(tempDir(), 's.xlsx'), '--data', older]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('station migrate');
  }, 60_000);
});
