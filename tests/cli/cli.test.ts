import Database from 'better-sqlite3';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/lib/paths';
import { LATEST_VERSION, MIGRATIONS } from '../../main/db/migrations/index';
import { migrate } from '../../main/db/migrate';
import { APPLICATION_ID } from '../../main/db/open';
import { station, startServe } from '../support/cli';
import { tempDir } from '../support/temp';

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('station CLI', () => {
  it('prints its version and usage; an unknown command is one line and exit 2', () => {
    expect(station(['version']).stdout).toMatch(new RegExp(`^upgrade-station \\S+ \\(database schema ${LATEST_VERSION}`));
    const bad = station(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const opt = station(['version', '--bogus']);
    expect(opt.code).toBe(2);
    noStack(opt.stderr);
  });

  it('init creates the station, with the admin password from a file, once', () => {
    const data = tempDir();
    const pw = join(tempDir(), 'pw.txt');
    writeFileSync(pw, 'site-office-2026\n');
    const r = station(['init', '--name', '蓬江区滨江新城项目提升站', '--admin-password-file', pw, '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const db = new Database(join(data, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT name FROM stations').pluck().all()).toEqual(['蓬江区滨江新城项目提升站']);
    expect(db.prepare('SELECT username FROM accounts').pluck().all()).toEqual(['admin']);
    db.close();
    const again = station(['init', '--name', 'x', '--admin-password-file', pw, '--data', data]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has a station');
  });

  it('init without a name or with a short password says what is wrong', () => {
    const data = tempDir();
    const r = station(['init', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
    const pw = join(tempDir(), 'pw.txt');
    writeFileSync(pw, 'short');
    const s = station(['init', '--name', 'A', '--admin-password-file', pw, '--data', data]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('adminPassword');
    noStack(s.stderr);
  });

  it('demo fills an empty folder and refuses one with a station', () => {
    const data = tempDir();
    const r = station(['demo', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sign in as "admin"');
    expect(station(['demo', '--data', data]).code).toBe(1);
  });

  it('uses $STATION_DATA when no --data is given', () => {
    const data = tempDir();
    expect(station(['migrate'], { STATION_DATA: data }).stdout).toContain(`to ${LATEST_VERSION}.`);
    expect(station(['demo'], { STATION_DATA: data }).code).toBe(0);
  });

  it('says before a migration that it may take a while, then what it did', () => {
    const data = tempDir();
    const db = new Database(join(data, DATABASE_FILE));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS, LATEST_VERSION - 1);
    db.close();
    const lines = station(['migrate', '--data', data]).stdout.trim().split('\n');
    expect(lines).toEqual([
      `Migrating the schema from version ${LATEST_VERSION - 1} to ${LATEST_VERSION}; on a big station this can take a few minutes…`,
      `Schema migrated from version ${LATEST_VERSION - 1} to ${LATEST_VERSION}.`,
    ]);
  });

  it('refuses a newer database with one clear line and leaves it alone', () => {
    const data = tempDir();
    expect(station(['migrate', '--data', data]).code).toBe(0);
    const db = new Database(join(data, DATABASE_FILE));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const r = station(['serve', '--data', data, '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`schema ${LATEST_VERSION + 1}`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const check = new Database(join(data, DATABASE_FILE), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    check.close();
  });

  it('explains a data folder it cannot use', () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const r = station(['migrate', '--data', join(blocker, 'data')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot use the data folder');
    noStack(r.stderr);
  });

  it('serve prints the URL, answers, and stops cleanly on SIGTERM', async () => {
    const data = tempDir();
    const s = startServe(['--data', data]);
    const url = await s.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(new URL('/api/rpc/app.info', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(((await res.json()) as { value: { needsSetup: boolean } }).value.needsSetup).toBe(true);
    expect(await s.stop()).toBe(0);
  });

  it('serve on a port already in use says so in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const r = station(['serve', '--data', tempDir(), '--port', String(port)]);
    blocker.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Port ${port}`);
    expect(r.stderr).toContain('already in use');
    noStack(r.stderr);
  });

  it('serve without a built renderer warns and still answers the API', async () => {
    const s = startServe(['--data', tempDir()], { STATION_RENDERER_DIR: join(tempDir(), 'none') });
    const url = await s.url;
    expect(s.output().stderr).toContain('npm run build');
    const page = await fetch(url);
    expect(page.status).toBe(503);
    await s.stop();
  });
});
