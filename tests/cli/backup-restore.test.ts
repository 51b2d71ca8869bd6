import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { DATABASE_FILE } from '../../main/lib/paths';
import { setUp } from '../support/callers';
import { startServe, station } from '../support/cli';
import { addWorkers, withCheckDigit } from '../support/roster';
import { tempDir, testCore } from '../support/temp';

/** A closed station folder with workers and sign-ins, clock at 07:55 station time. */
async function stationWith(workers: number, signIns: number) {
  const t = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(t.core);
  const stationId = t.core.stations.first()!.id;
  const people = t.core.db.transaction(() => addWorkers(t.core, stationId, Array.from({ length: workers }, () => ({ name: '李四' }))))();
  const created = await dispatch(t.core, admin, 'sessions.create', {
    stationId,
    fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  if (!created.ok) throw new Error('no session');
  const sessionId = (created.value as { id: string }[])[0]!.id;
  const scan = async (i: number) => {
    const r = await dispatch(t.core, admin, 'kiosk.scan', { sessionId, code: people[i]!.badge, method: 'badge', idempotencyKey: `cli-key-${i}` });
    if (!r.ok) throw new Error(r.error.code);
  };
  for (let i = 0; i < signIns; i++) await scan(i);
  return { ...t, admin, stationId, people, scan };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('station backup / restore', () => {
  it('backs up with a passphrase; a wrong passphrase is one line and changes nothing; the right one restores', async () => {
    const { core, dataDir } = await stationWith(50, 5);
    core.close();
    const out = join(tempDir(), 'site.sqlite.enc');
    const pass = join(tempDir(), 'pass.txt');
    writeFileSync(pass, 'correct horse battery\n');
    const made = station(['backup', '--data', dataDir, '--out', out, '--passphrase-file', pass]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Backup written to .* \(encrypted\)\./);

    const before = sha(join(dataDir, DATABASE_FILE));
    const wrongPass = join(tempDir(), 'wrong.txt');
    writeFileSync(wrongPass, 'not the passphrase');
    const wrong = station(['restore', out, '--data', dataDir, '--passphrase-file', wrongPass]);
    expect(wrong.code).toBe(1);
    expect(oneLine(wrong.stderr)).toBe(true);
    expect(wrong.stderr).toContain('The passphrase does not open this backup');
    expect(sha(join(dataDir, DATABASE_FILE))).toBe(before);

    const noPass = station(['restore', out, '--data', dataDir]);
    expect(noPass.code).toBe(1);
    expect(noPass.stderr).toContain('encrypted');

    const good = station(['restore', out, '--data', dataDir, '--passphrase-file', pass]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/Restored .*: 50 workers, 5 attendance events, chain intact\. The previous database is kept as .*station-before-restore-/);
    expect(station(['verify', '--data', dataDir]).code).toBe(0);
  });

  it('refuses a file that is not a station database, and names it in one line', () => {
    const dataDir = tempDir();
    const junk = join(tempDir(), 'notes.sqlite');
    writeFileSync(junk, 'hello, this is not a database');
    const r = station(['restore', junk, '--data', dataDir]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain('is not a station database');
  });

  it('one server per data folder; restore refuses while it runs; the quit backup is made on stop', async () => {
    const { core, dataDir } = await stationWith(10, 2);
    core.close();
    const first = startServe(['--data', dataDir]);
    await first.url;
    const second = station(['serve', '--data', dataDir, '--port', '0']);
    expect(second.code).toBe(1);
    expect(oneLine(second.stderr)).toBe(true);
    expect(second.stderr).toContain('is in use by station serve');
    const backup = station(['backup', '--data', dataDir]);
    expect(backup.code, backup.stderr).toBe(0);
    const restore = station(['restore', '--latest', '--data', dataDir]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('in use by station serve');
    expect(await first.stop()).toBe(0);
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(2);
    expect(readdirSync(dataDir)).not.toContain('station.lock');
  });

  it('a damaged database: serve says so with the newest good backup and what would be lost, writes nothing; restore --latest brings it back', async () => {
    const { core, clock, dataDir, scan, stationId, admin } = await stationWith(3000, 10);
    await core.backups.create('manual');
    clock.advance(10 * 60_000);
    for (let i = 10; i < 14; i++) await scan(i);
    for (const [name, first17] of [['王五', '11010119900307001'], ['赵六', '11010119900307002']] as const) {
      const r = await dispatch(core, admin, 'workers.create', { stationId, fields: { name, idNumber: withCheckDigit(first17) } });
      expect(r.ok).toBe(true);
    }
    core.close();

    // Overwrite a few pages in the middle of the file, as a failing disk would.
    const file = join(dataDir, DATABASE_FILE);
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const damaged = sha(file);

    const served = station(['serve', '--data', dataDir, '--port', '0']);
    expect(served.code).toBe(1);
    const lines = served.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toContain('is damaged');
    expect(lines[1]).toMatch(/Newest good backup: .*station-2026-03-01T23-55-00Z\.sqlite \(2026-03-01T23:55:00\.000Z\)/);
    expect(lines[1]).toMatch(/(4 attendance events|an unknown number of attendance events) and (2 new workers|an unknown number of new workers) recorded since then would be lost/);
    expect(lines[1]).toContain('station restore --latest');
    expect(sha(file)).toBe(damaged);

    const restored = station(['restore', '--latest', '--data', dataDir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('3000 workers, 10 attendance events, chain intact');
    const verify = station(['verify', '--data', dataDir]);
    expect(verify.code, verify.stdout).toBe(0);
    const aside = readdirSync(dataDir).find((f) => f.startsWith('station-before-restore-'))!;
    expect(sha(join(dataDir, aside))).toBe(damaged);
  });
});
