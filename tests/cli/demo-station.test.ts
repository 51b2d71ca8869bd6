// `station demo` must look like a real station, not a grid: sessions of different sizes, arrivals over
// months, names that differ, Uyghur as the language of Uyghur-named workers, trainers whose PINs it
// prints and that unlock the kiosk, late arrivals, certificates. Each check would fail on the old
// generator (120 a session, everyone registered today, eight Uyghur names, no PIN).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { station } from '../support/cli';
import { tempDir } from '../support/temp';

describe('station demo', () => {
  it('varies what a real station varies, and prints trainer PINs that unlock the kiosk', async () => {
    const data = tempDir();
    const r = station(['demo', '--data', data]);
    expect(r.code).toBe(0);
    const db = new Database(join(data, 'station.sqlite'), { readonly: true });
    const col = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];

    const sizes = col<number>('SELECT count(*) FROM attendance GROUP BY session_id');
    expect(new Set(sizes).size).toBeGreaterThan(15);
    expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));

    const perTrade = col<number>(`SELECT count(*) FROM attendance a JOIN workers w ON w.id = a.worker_id GROUP BY w.trade_id`);
    expect(new Set(perTrade).size).toBe(perTrade.length);
    expect(Math.max(...perTrade)).toBeGreaterThan(2 * Math.min(...perTrade));

    // Arrivals (and registrations) over months, not all on the day the demo ran.
    const months = col<string>("SELECT DISTINCT substr(created_at, 1, 7) FROM workers");
    expect(months.length).toBeGreaterThanOrEqual(6);
    expect(col<string>("SELECT DISTINCT substr(entry_date, 1, 7) FROM workers").length).toBeGreaterThanOrEqual(6);

    // No ten people with one name; Uyghur read by Uyghur-named workers only.
    expect(Math.max(...col<number>('SELECT count(*) FROM workers GROUP BY name'))).toBeLessThanOrEqual(3);
    expect(col<number>("SELECT count(*) FROM workers WHERE language = 'ug'")[0]).toBeGreaterThan(0);
    expect(col<string>("SELECT name FROM workers WHERE language = 'ug' AND name NOT LIKE '%·%'")).toEqual([]);

    const late = col<number>("SELECT avg(late) FROM attendance WHERE status = 'present'")[0]!;
    expect(late).toBeGreaterThan(0.02);
    expect(late).toBeLessThan(0.2);
    expect(col<number>('SELECT count(*) FROM certificates')[0]).toBeGreaterThan(10);
    db.close();

    // The PINs it printed unlock the kiosk's trainer panel.
    const printed = [...r.stdout.matchAll(/(\S+) \(([a-z.]+)\) (\d{4,8})/g)].map((m) => ({ username: m[2]!, pin: m[3]! }));
    expect(printed.length).toBeGreaterThanOrEqual(2);
    const core = openCore({ dataDir: data });
    try {
      const stationId = core.stations.first()!.id;
      const door = { role: 'kiosk', deviceId: 'door-1', stationId, via: 'internal' } as const;
      const trainers = await dispatch(core, door, 'kiosk.trainers', {});
      expect(trainers.ok).toBe(true);
      for (const p of printed) {
        const id = core.db.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(p.username) as string;
        const u = await dispatch(core, door, 'kiosk.unlock', { accountId: id, pin: p.pin });
        expect(u.ok, p.username).toBe(true);
      }
      // The admin is the clerk named at setup, not the station.
      expect(core.db.prepare("SELECT display_name FROM accounts WHERE username = 'admin'").pluck().get()).toBe('黄志明');
    } finally {
      core.close();
    }
  }, 120_000);
});
