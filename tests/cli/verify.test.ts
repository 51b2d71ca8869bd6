import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { DATABASE_FILE } from '../../main/lib/paths';
import { setUp } from '../support/callers';
import { station } from '../support/cli';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';

describe('station verify', () => {
  it('passes an untouched station and names the first record edited with a SQLite tool', async () => {
    const { core, dataDir } = testCore({ at: '2026-03-02T00:00:00.000Z' });
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四' }]);
    const created = await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:00' },
    });
    if (!created.ok) throw new Error('no session');
    const sessionId = (created.value as { id: string }[])[0]!.id;
    for (const [i, p] of people.entries()) {
      const r = await dispatch(core, admin, 'kiosk.scan', { sessionId, code: p.badge, method: 'badge', idempotencyKey: `verify-key-${i}` });
      expect(r.ok).toBe(true);
    }
    core.close();

    const good = station(['verify', '--data', dataDir]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('2 events, chain intact');

    const db = new Database(join(dataDir, DATABASE_FILE));
    db.exec('DROP TRIGGER attendance_events_no_update');
    db.prepare("UPDATE attendance_events SET at = '2026-03-01T23:00:00.000Z' WHERE seq = 2").run();
    db.close();
    const bad = station(['verify', '--data', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('First bad record: event #2');
  });
});
