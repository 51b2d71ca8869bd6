// The start-up quick check runs behind the long-running hosts: they answer at once, and the promise
// "never write to a database that failed its check" still holds (app/integrity.ts).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../main/app/core';
import { fixedClock } from '../../main/lib/clock';
import { dispatch } from '../../main/app/dispatch';
import { DATABASE_FILE } from '../../main/lib/paths';
import { anonymous, setUp } from '../support/callers';
import { addWorkers, withCheckDigit } from '../support/roster';
import { ADMIN_PASSWORD, tempDir, testCore } from '../support/temp';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A closed station folder with a roster big enough to have pages in the middle of the file. */
async function closedStation(workers = 2000) {
  const { core, dataDir } = testCore();
  await setUp(core);
  const stationId = core.stations.first()!.id;
  core.db.transaction(() => addWorkers(core, stationId, Array.from({ length: workers }, () => ({ name: '李四' }))))();
  await core.backups.create('manual');
  core.close();
  return { dataDir, stationId };
}

function reopen(dataDir: string): Core {
  return openCore({ dataDir, clock: fixedClock('2026-03-02T09:00:00.000Z'), checkInBackground: { aboveBytes: 0 } });
}

/** Overwrites pages in the middle of the file, as a failing disk would. */
function damage(dataDir: string): string {
  const file = join(dataDir, DATABASE_FILE);
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  return file;
}

describe('the start-up check in the background', { timeout: 60_000 }, () => {
  it('answers before the check ends; SQLite refuses writes until it passes; a write waits for it and then lands', async () => {
    const { dataDir, stationId } = await closedStation(200);
    const core = reopen(dataDir);
    try {
      expect(core.integrity.state).toBe('checking');
      // Whatever code path tries, the connection itself refuses to change anything meanwhile.
      expect(() => core.db.prepare("UPDATE stations SET name = 'x'").run()).toThrow(/readonly/i);
      const info = await dispatch(core, anonymous, 'app.info', {});
      expect(info.ok).toBe(true);
      // A sign-in writes its session row without being a "mutating" channel: it waits and retries.
      const signIn = await dispatch(core, anonymous, 'auth.signIn', { username: 'admin', password: ADMIN_PASSWORD });
      expect(signIn.ok, JSON.stringify(signIn)).toBe(true);
      expect(core.integrity.state).toBe('ok');
      const session = core.accounts.resolve((signIn as { value: { token: string } }).value.token, 'internal')!;
      const created = await dispatch(core, session.caller, 'workers.create', { stationId, fields: { name: '王五', idNumber: withCheckDigit('11010119900307001') } });
      expect(created.ok, JSON.stringify(created)).toBe(true);
      expect(core.integrity.durationMs).not.toBeNull();
    } finally {
      core.close();
    }
  });

  it('a mutating call made at once waits for the check instead of failing', async () => {
    const { dataDir, stationId } = await closedStation(200);
    const core = reopen(dataDir);
    try {
      const accountId = core.db.prepare('SELECT id FROM accounts LIMIT 1').pluck().get() as string;
      const admin = { role: 'admin' as const, via: 'internal' as const, accountId };
      expect(core.integrity.state).toBe('checking');
      const created = await dispatch(core, admin, 'workers.create', { stationId, fields: { name: '赵六', idNumber: withCheckDigit('11010119900307002') } });
      expect(created.ok, JSON.stringify(created)).toBe(true);
    } finally {
      core.close();
    }
  });

  it('a damaged database found in the background: reads answer, every write is refused with the newest good backup, the file is never changed', async () => {
    const { dataDir, stationId } = await closedStation();
    const file = damage(dataDir);
    const before = sha(file);
    const core = reopen(dataDir);
    const admin = { role: 'admin' as const, via: 'internal' as const, accountId: 'x' };
    try {
      const created = await dispatch(core, admin, 'workers.create', { stationId, fields: { name: '王五', idNumber: withCheckDigit('11010119900307001') } });
      expect(core.integrity.state).toBe('damaged');
      expect(created.ok).toBe(false);
      if (created.ok) return;
      expect(created.error.code).toBe('database_damaged');
      expect(created.error.details?.newestBackup).toMatchObject({ name: expect.stringMatching(/^station-.*\.sqlite$/) });
      expect(String(created.error.details?.problem)).not.toBe('');
      // A call that writes only on the side (a sign-in's session row) is refused the same way.
      const signIn = await dispatch(core, anonymous, 'auth.signIn', { username: 'admin', password: ADMIN_PASSWORD });
      expect(signIn.ok ? 'ok' : signIn.error.code).toBe('database_damaged');
      await expect(core.integrity.ready()).rejects.toThrow(/is damaged/);
      expect(() => core.db.prepare("UPDATE stations SET name = 'x'").run()).toThrow(/readonly/i);
    } finally {
      core.close();
    }
    expect(sha(file)).toBe(before);
  });

  it('short commands and new folders still check before anything else', async () => {
    const { dataDir } = await closedStation(200);
    damage(dataDir);
    expect(() => openCore({ dataDir })).toThrow(/is damaged/);
    const fresh = openCore({ dataDir: tempDir(), checkInBackground: { aboveBytes: 0 } });
    try {
      expect(fresh.integrity.state).toBe('ok');
    } finally {
      fresh.close();
    }
    // A station this small is checked before the host answers: the check costs less than a wait would.
    expect(() => openCore({ dataDir, checkInBackground: true })).toThrow(/is damaged/);
  });
});
