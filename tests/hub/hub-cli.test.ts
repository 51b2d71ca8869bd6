import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ROOT, STATION, station } from '../support/cli';
import { useHubPg } from '../support/hub-pg';
import { tempDir } from '../support/temp';

const db = useHubPg();

function startHub(pgUrl: string, keyFile: string) {
  const child = spawn(process.execPath, [STATION, 'hub', '--pg', pgUrl, '--port', '0', '--key-file', keyFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /sync at (http:\/\/\S+?);/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`hub exited ${code}: ${err}`)));
  });
  return { child, url, stop: () => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM')))) };
}

const count = async (url: string, sql: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query(sql)).rows[0].n);
  } finally {
    await c.end();
  }
};

describe('station hub from the command line, as the README tells a newcomer', () => {
  it('two stations: one syncs online, one by USB bundle; the same bundle twice and an edited bundle get clear answers', async () => {
    const pgUrl = db.database();
    const dir = tempDir('hub-cli-');
    const key = join(dir, 'hub.key');
    const pw = join(dir, 'pw');
    writeFileSync(pw, 'hub-admin-pass-1\n');
    const hubArgs = ['--pg', pgUrl, '--key-file', key];
    expect(station(['hub', 'add-admin', ...hubArgs, '--username', 'admin', '--password-file', pw])).toMatchObject({ code: 0 });
    const codeOf = (label: string) => {
      const r = station(['hub', 'code', ...hubArgs, '--label', label]);
      expect(r.code).toBe(0);
      return /Enrolment code: (\S+)/.exec(r.stdout)![1]!;
    };
    const hub = startHub(pgUrl, key);
    try {
      const url = await hub.url;
      const [a, b] = [join(dir, 'a'), join(dir, 'b')];
      for (const [d, name] of [[a, '甲项目提升站'], [b, '乙项目提升站']] as const) {
        expect(station(['init', '--data', d, '--name', name, '--admin-password-file', pw])).toMatchObject({ code: 0 });
        expect(station(['demo', '--data', d, '--workers', '30', '--sessions', '5'], {}).code).not.toBeNull();
      }
      const enrolA = station(['hub-enrol', '--data', a, '--hub', url, '--code', codeOf('甲')]);
      expect(enrolA.stdout).toMatch(/Enrolled: this station/);
      const sync = station(['hub-sync', '--data', a]);
      expect(sync.stdout).toMatch(/^Synced: \d+ records and \d+ attendance events/);
      expect(station(['hub-sync', '--data', a]).stdout).toMatch(/Nothing waited/);
      // Enrolling again without --move: refused, naming the hub.
      const twice = station(['hub-enrol', '--data', a, '--hub', url, '--code', codeOf('甲2')]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/already enrolled at .*--move/);

      expect(station(['hub-enrol', '--data', b, '--hub', url, '--code', codeOf('乙')]).code).toBe(0);
      const bundle = join(dir, 'b.json');
      expect(station(['export', 'hub-bundle', '--data', b, '--out', bundle]).stdout).toMatch(/Hub bundle written/);
      expect(station(['hub', 'import-bundle', bundle, ...hubArgs]).stdout).toMatch(/^applied: /);
      expect(station(['hub', 'import-bundle', bundle, ...hubArgs]).stdout).toMatch(/^duplicate: .*already applied/);
      const edited = join(dir, 'edited.json');
      writeFileSync(edited, readFileSync(bundle, 'utf8').replace(/"name\\":\\"([^\\]+)\\"/, '"name\\":\\"改过的名字\\"'));
      expect(readFileSync(edited, 'utf8')).not.toBe(readFileSync(bundle, 'utf8'));
      const refused = station(['hub', 'import-bundle', edited, ...hubArgs]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/bad_signature: .*edited by hand/);
      expect(await count(pgUrl, "SELECT count(DISTINCT station_id) AS n FROM hub_rows WHERE tbl = 'stations'")).toBe(2);
    } finally {
      await hub.stop();
    }
  }, 180_000);
});
