// The lifecycle the desktop shell and `station serve` share: daily backups while running, and on
// quit: stop requests, the quit backup, close the core, release the lock; once, whatever happens.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdQuitFor, startHostLifecycle } from '../../main/app/shutdown';
import { testCore } from '../support/temp';

const backupsIn = (dataDir: string) => readdirSync(join(dataDir, 'backups')).filter((f) => /\.sqlite$/.test(f));

describe('startHostLifecycle', () => {
  it('makes the daily backup while running', async () => {
    const { core, dataDir } = testCore();
    const life = startHostLifecycle(core, { schedule: { firstCheckMs: 0, checkEveryMs: 20 } });
    await expect.poll(() => { try { return backupsIn(dataDir).length; } catch { return 0; } }, { timeout: 10_000 }).toBe(1);
    await life.shutdown();
  });

  it('on shutdown: requests stop, then the quit backup, then the core closes, then the lock goes; only once', async () => {
    const { core, dataDir } = testCore();
    const order: string[] = [];
    const life = startHostLifecycle(core, {
      schedule: { firstCheckMs: 3_600_000 },
      before: () => void order.push('before'),
      after: () => void order.push(`after:${core.db.open ? 'open' : 'closed'}`),
    });
    const a = life.shutdown();
    const b = life.shutdown();
    await Promise.all([a, b]);
    expect(order).toEqual(['before', 'after:closed']);
    expect(backupsIn(dataDir)).toHaveLength(1);
    expect(core.db.open).toBe(false);
    await life.shutdown();
    expect(order).toHaveLength(2);
  });

  it('still closes the core and releases when a step fails', async () => {
    const { core } = testCore();
    let released = false;
    const life = startHostLifecycle(core, {
      schedule: { firstCheckMs: 3_600_000 },
      before: () => {
        throw new Error('host would not stop');
      },
      after: () => void (released = true),
    });
    await life.shutdown();
    expect(core.db.open).toBe(false);
    expect(released).toBe(true);
  });
});

describe('holdQuitFor', () => {
  it('holds every quit until shutdown has finished, then quits again and lets that one through', async () => {
    let finish!: () => void;
    let runs = 0;
    let quits = 0;
    const onWillQuit = holdQuitFor(() => { runs++; return new Promise<void>((r) => (finish = r)); }, () => quits++);
    const ev = () => {
      const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
      return e;
    };
    const first = ev();
    const again = ev();
    onWillQuit(first);
    onWillQuit(again);
    expect([first.prevented, again.prevented, runs, quits]).toEqual([true, true, 1, 0]);
    finish();
    await expect.poll(() => quits).toBe(1);
    const last = ev();
    onWillQuit(last);
    expect(last.prevented).toBe(false);
    expect(runs).toBe(1);
  });
});
