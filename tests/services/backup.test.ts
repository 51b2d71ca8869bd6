import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { openCore, type Core } from '../../main/app/core';
import { acquireDataLock } from '../../main/app/lock';
import { fixedClock } from '../../main/lib/clock';
import type { Caller } from '../../shared/contract/access';
import type { BackupInfo } from '../../shared/contract/trust-types';
import { checkCandidate, MAGIC, WrongPassphraseError, stageCandidate, startBackupSchedule } from '../../main/services/backups';
import { setUp, call } from '../support/callers';
import { addWorkers } from '../support/roster';
import { tempDir, testCore } from '../support/temp';

/** A station with 300 workers and an open session, clock 07:55 station time. */
async function room() {
  const t = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(t.core);
  const stationId = t.core.stations.first()!.id;
  const people = t.core.db.transaction(() => addWorkers(t.core, stationId, Array.from({ length: 300 }, () => ({ name: '张三' }))))();
  const [session] = await call(t.core, admin, 'sessions.create', {
    stationId,
    fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  let n = 0;
  const scan = (badge: string) => call(t.core, admin, 'kiosk.scan', { sessionId: session!.id, code: badge, method: 'badge', idempotencyKey: `bk-${++n}-key` });
  return { ...t, admin, stationId, people, sessionId: session!.id, scan };
}

const events = (core: Core) => core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get() as number;

describe('backups', () => {
  it('backs up online while sign-ins go on, into a checked self-contained file named by time', async () => {
    const { core, admin, people, scan } = await room();
    for (const p of people.slice(0, 20)) await scan(p.badge);
    const running = call(core, admin, 'backups.create', {});
    const during = await Promise.all(people.slice(20, 60).map((p) => scan(p.badge)));
    const made = await running;
    expect(during.every((a) => a.outcome === 'signed_in')).toBe(true);
    expect(made.name).toBe('station-2026-03-01T23-55-00Z.sqlite');
    const file = join(core.dataDir, 'backups', made.name);
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const facts = checkCandidate(file);
    expect(facts.events).toBeGreaterThanOrEqual(20);
    expect(facts.events).toBeLessThanOrEqual(60);
    expect(existsSync(file + '-wal')).toBe(false);
    expect(events(core)).toBe(60);
  });

  it('keeps the newest N backups (N a setting, default 14)', async () => {
    const { core, clock, admin } = await room();
    expect((await call(core, admin, 'settings.get', {})).backupKeep).toBe(14);
    await call(core, admin, 'settings.update', { backupKeep: 3 });
    for (let i = 0; i < 5; i++) {
      await call(core, admin, 'backups.create', {});
      clock.advance(3600_000);
    }
    const list = await call(core, admin, 'backups.list', {});
    expect(list.map((b) => b.at)).toEqual(['2026-03-02T03:55:00.000Z', '2026-03-02T02:55:00.000Z', '2026-03-02T01:55:00.000Z']);
  });

  it('encrypts with a passphrase; a wrong one is one clear error and a right one gives the database back', async () => {
    const { core, admin, people, scan } = await room();
    await scan(people[0]!.badge);
    const made = await call(core, admin, 'backups.create', { passphrase: 'site-office-2026' });
    expect(made.encrypted).toBe(true);
    const file = join(core.dataDir, 'backups', made.name);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    await expect(stageCandidate(tempDir(), file, 'wrong-passphrase', new Date())).rejects.toBeInstanceOf(WrongPassphraseError);
    const wrong = await dispatch(core, admin, 'backups.restore', { name: made.name, passphrase: 'wrong-passphrase' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: 'restore.wrong_passphrase' } } });
    const staged = await stageCandidate(tempDir(), file, 'site-office-2026', new Date());
    expect(staged.facts.events).toBe(1);
  });

  it('stages a restore from the app and applies it at the next start, keeping the replaced database aside', async () => {
    const { core, admin, people, scan, dataDir } = await room();
    await scan(people[0]!.badge);
    const made = await call(core, admin, 'backups.create', {});
    await scan(people[1]!.badge);
    const staged = await call(core, admin, 'backups.restore', { name: made.name });
    expect(staged).toMatchObject({ events: 1, restartNeeded: true });
    // The running app's database is untouched until the restart.
    expect(events(core)).toBe(2);
    core.close();
    const lock = acquireDataLock(dataDir, 'station serve');
    const again = openCore({ dataDir, clock: fixedClock('2026-03-02T01:00:00.000Z'), lock });
    try {
      expect(events(again)).toBe(1);
      expect(readdirSync(dataDir).some((f) => /^station-before-restore-.*\.sqlite$/.test(f))).toBe(true);
      expect(again.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'restore'").pluck().get()).toBe(1);
    } finally {
      again.close();
      lock.release();
    }
    const aside = readdirSync(dataDir).find((f) => /^station-before-restore-.*\.sqlite$/.test(f))!;
    const old = new Database(join(dataDir, aside), { readonly: true });
    expect(old.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(2);
    old.close();
  });

  it('a staged restore that no longer checks out is dropped, and the station starts on its own database', async () => {
    const { core, people, scan, dataDir } = await room();
    await scan(people[0]!.badge);
    core.close();
    writeFileSync(join(dataDir, 'restore-pending.sqlite'), 'SQLite format 3\0 but not really');
    const lock = acquireDataLock(dataDir, 'station serve');
    const again = openCore({ dataDir, clock: fixedClock('2026-03-02T01:00:00.000Z'), lock });
    try {
      expect(events(again)).toBe(1);
      expect(existsSync(join(dataDir, 'restore-pending.sqlite'))).toBe(false);
      expect(readFileSync(join(dataDir, 'logs', 'station.log'), 'utf8')).toContain('backup.restore_dropped');
    } finally {
      again.close();
      lock.release();
    }
  });

  it('refuses a backup whose attendance records were edited behind the app, and stages nothing', async () => {
    const { core, admin, people, scan, dataDir } = await room();
    await scan(people[0]!.badge);
    await scan(people[1]!.badge);
    const made = await call(core, admin, 'backups.create', {});
    const db = new Database(join(dataDir, 'backups', made.name));
    db.exec('DROP TRIGGER attendance_events_no_update');
    db.prepare("UPDATE attendance_events SET at = '2026-03-01T20:00:00.000Z' WHERE seq = 1").run();
    db.close();
    const r = await dispatch(core, admin, 'backups.restore', { name: made.name });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'restore.chain_broken' } } });
    expect(core.backups.pendingRestore()).toBe(false);
    const traversal = await dispatch(core, admin, 'backups.restore', { name: '../station.sqlite' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('the schedule makes a daily backup when none is recent, and one more on quit', async () => {
    const { core } = await room();
    const stop = startBackupSchedule(core, { firstCheckMs: 0, checkEveryMs: 50 });
    for (let i = 0; i < 100 && core.backups.list().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(core.backups.list()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 150));
    // Not a day old yet: no second daily backup.
    expect(core.backups.list()).toHaveLength(1);
    await stop();
    expect(core.backups.list()).toHaveLength(2);
  });
});
