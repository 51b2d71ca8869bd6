import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { fixedClock } from '../../main/lib/clock';
import { DATABASE_FILE } from '../../main/lib/paths';
import { applyBatch } from '../../main/hub/services/ingest';
import { HubSyncService } from '../../main/services/hub-sync/index';
import { reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';
import { tempDir } from '../support/temp';

const h = useHub();

const n = async (pool: import('pg').Pool, sql: string) => Number((await pool.query(sql)).rows[0].n);
const reason = (p: Promise<unknown>) =>
  p.then(
    () => 'applied',
    (e: { details?: { reason?: string }; message: string }) => `${e.details?.reason}: ${e.message}`,
  );

async function twoBundles() {
  const hub = await h.hub();
  const s = await reportStation();
  await s.held({ startsAt: '2026-03-03T09:00', endsAt: '2026-03-03T11:00' }, s.people.slice(0, 2));
  const sync = await enrol(s.core, s.admin, hub);
  const first = sync.exportBundle();
  await s.held({ startsAt: '2026-03-05T09:00', endsAt: '2026-03-05T11:00' }, s.people);
  const second = sync.exportBundle();
  return { hub, s, sync, first, second };
}

describe('USB bundles', () => {
  it('apply; the same bundle twice changes nothing; an older one after a newer one is told apart and applies nothing', async () => {
    const { hub, first, second } = await twoBundles();
    const pool = hub.core.pool;
    expect(first.fileName).toMatch(/^hub-bundle-.*\.json$/);
    expect((await applyBatch(pool, first.bytes, 'bundle', hub.core.vault)).outcome).toBe('applied');
    expect(await n(pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(2);
    const dup = await applyBatch(pool, first.bytes, 'bundle', hub.core.vault);
    expect(dup).toMatchObject({ outcome: 'duplicate', rows: 0 });
    expect(dup.message).toMatch(/already applied/);
    // Bundles are cumulative from what the hub last acknowledged online: the second holds the first.
    expect((await applyBatch(pool, second.bytes, 'bundle', hub.core.vault)).outcome).toBe('applied');
    expect(await n(pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(6);

    // A fresh hub given the newer bundle first, then the older one.
    const other = await h.hub();
    await enrolSame(other);
    async function enrolSame(target: typeof other) {
      // The same station PC at a second hub needs its key there: copy its node row across.
      const node = (await pool.query('SELECT id, name, public_key FROM hub_nodes')).rows[0];
      await target.core.pool.query('INSERT INTO hub_nodes (id, name, public_key) VALUES ($1, $2, $3)', [node.id, node.name, node.public_key]);
    }
    expect((await applyBatch(other.core.pool, second.bytes, 'bundle', other.core.vault)).outcome).toBe('applied');
    const before = await n(other.core.pool, 'SELECT sum(rev) AS n FROM hub_rows');
    const older = await applyBatch(other.core.pool, first.bytes, 'bundle', other.core.vault);
    expect(older.outcome).toBe('stale');
    expect(older.message).toMatch(/older bundle/);
    expect(await n(other.core.pool, 'SELECT sum(rev) AS n FROM hub_rows')).toBe(before);
  });

  it('a bundle from a station the hub does not know, with a broken signature, or edited by hand: refused, nothing applied', async () => {
    const { hub, first } = await twoBundles();
    const pool = hub.core.pool;
    const stranger = await h.hub();
    expect(await reason(applyBatch(stranger.core.pool, first.bytes, 'bundle', null))).toMatch(/^unknown_station: .*not enrolled at this hub/);

    const env = JSON.parse(first.bytes.toString());
    const badSig = { ...env, signature: Buffer.from('x'.repeat(64)).toString('base64') };
    expect(await reason(applyBatch(pool, JSON.stringify(badSig), 'bundle', null))).toMatch(/^bad_signature: /);

    // Someone opens the file and changes a name (or a time) in it.
    const edited = { ...env, body: env.body.replace('张三', '张山') };
    expect(edited.body).not.toBe(env.body);
    expect(await reason(applyBatch(pool, JSON.stringify(edited), 'bundle', null))).toMatch(/^bad_signature: .*edited by hand\?.*Nothing was applied/);
    expect(await reason(applyBatch(pool, 'not json at all', 'bundle', null))).toMatch(/^not_a_batch: /);
    expect(await n(pool, 'SELECT count(*) AS n FROM hub_rows')).toBe(0);
    expect(await n(pool, 'SELECT rev_hwm AS n FROM hub_nodes')).toBe(0);
  });

  it("a station whose attendance records were changed outside the app: the hub refuses, naming the first bad record", async () => {
    const { hub, s, sync, first } = await twoBundles();
    await applyBatch(hub.core.pool, first.bytes, 'bundle', hub.core.vault);
    const db = s.core.db;
    const target = db.prepare('SELECT seq, id FROM attendance_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; id: string };
    db.exec('DROP TRIGGER attendance_events_no_update');
    db.prepare("UPDATE attendance_events SET at = '2026-03-05T00:00:00.000Z' WHERE seq = ?").run(target.seq);
    const r = await reason(sync.pushNow());
    expect(r).toMatch(new RegExp(`^chain_broken: .*first bad record is event #${target.seq} \\(${target.id}\\)`));
    expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(2);
    expect(sync.status().lastError).toMatch(/first bad record/);
  });

  it('a station restored from an older backup (its revisions go back) is refused with what the admin must do', async () => {
    const hub = await h.hub();
    const s = await reportStation();
    const sync = await enrol(s.core, s.admin, hub);
    await sync.pushNow();
    // The backup: a copy of the database as it was after the first sync.
    const backupDir = tempDir();
    s.core.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(join(s.core.dataDir, DATABASE_FILE), join(backupDir, DATABASE_FILE));
    await s.held({ startsAt: '2026-03-03T09:00', endsAt: '2026-03-03T11:00' }, s.people);
    await sync.pushNow();

    const restored = openCore({ dataDir: backupDir, clock: fixedClock('2026-03-10T08:00:00.000Z') });
    try {
      restored.db.prepare("UPDATE workers SET team = '恢复后' WHERE id = ?").run(s.people[1]!.id);
      const again = new HubSyncService(restored.db, restored.clock);
      const r = await reason(again.pushNow());
      expect(r).toMatch(/restored from an older backup/);
      expect(r).toMatch(/station hub reset-station/);
      expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE data->>'team' = '恢复后'")).toBe(0);

      // The admin's way out: reset the station's copy at the hub; the restored station sends all it has.
      const { resetStation } = await import('../../main/hub/services/enrolment');
      await resetStation(hub.core.pool, 'admin', s.stationId);
      await again.pushNow();
      expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE data->>'team' = '恢复后' AND NOT deleted")).toBe(1);
      expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance' AND NOT deleted")).toBe(0);
      expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_audit WHERE action = 'station_reset'")).toBe(1);
    } finally {
      restored.close();
    }
  });
});
