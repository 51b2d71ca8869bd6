import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBatch } from '../../main/hub/services/ingest';
import { buildBatch, signBatch } from '../../main/services/hub-sync/batch';
import { readLink } from '../../main/services/hub-sync/link';
import { ROOT, STATION } from '../support/cli';
import { enrol, useHub } from '../support/hub';
import { filledStation } from '../support/hub-station';
import { tempDir } from '../support/temp';

const h = useHub();
const n = async (pool: import('pg').Pool, sql: string) => Number((await pool.query(sql)).rows[0].n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hub faults', () => {
  it('the hub killed during a bundle\'s apply: nothing half-applied; the retry completes it', async () => {
    const hub = await h.hub();
    const s = await filledStation({ workers: 2000, sessions: 300, attendance: 60_000 });
    const sync = await enrol(s.core, s.admin, hub);
    const file = join(tempDir(), 'big.json');
    writeFileSync(file, sync.exportBundle().bytes);
    const pool = hub.core.pool;

    const child = spawn(process.execPath, [STATION, 'hub', 'import-bundle', file, '--pg', hub.pgUrl, '--key-file', join(tempDir(), 'k')], { cwd: ROOT, stdio: 'ignore' });
    // Wait until the child is inside its transaction, writing rows, then kill it outright.
    let writing = false;
    for (let i = 0; i < 600 && !writing; i++) {
      writing = (await n(pool, "SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'INSERT INTO hub_rows%'")) > 0;
      if (!writing) await sleep(25);
    }
    expect(writing).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // PostgreSQL rolls the dead client's transaction back once it notices the connection gone.
    for (let i = 0; i < 200 && (await n(pool, "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'INSERT INTO hub_%' AND pid <> pg_backend_pid()")) > 0; i++) await sleep(50);
    expect(await n(pool, 'SELECT count(*) AS n FROM hub_rows')).toBe(0);
    expect(await n(pool, 'SELECT count(*) AS n FROM hub_events')).toBe(0);
    expect(await n(pool, 'SELECT rev_hwm AS n FROM hub_nodes')).toBe(0);

    const retry = await applyBatch(pool, (await import('node:fs')).readFileSync(file), 'bundle', hub.core.vault);
    expect(retry.outcome).toBe('applied');
    expect(await n(pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(s.core.db.prepare("SELECT count(*) FROM attendance").pluck().get());
    expect(await n(pool, 'SELECT count(*) AS n FROM hub_events')).toBe(s.core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get());
  }, 240_000);

  it('a push interrupted mid-stream (its answer lost): sent again, nothing is doubled; resumes after the last acknowledged batch', async () => {
    const hub = await h.hub();
    const s = await filledStation({ workers: 300, sessions: 40, attendance: 3000 });
    const sync = await enrol(s.core, s.admin, hub);
    const link = readLink(s.core.db)!;
    const limits = { rows: 1000, events: 1000 };
    const first = signBatch(link, buildBatch(s.core.db, link, { rev: link.ackedRev, event: link.ackedEvent }, new Date(), limits));
    // The hub applied it, but the station never heard back: its acknowledged mark did not move.
    expect((await applyBatch(hub.core.pool, first, 'push', null)).outcome).toBe('applied');
    expect(readLink(s.core.db)!.ackedRev).toBe(link.ackedRev);
    const { pushNow } = await import('../../main/services/hub-sync/push');
    const r = await pushNow(s.core.db, () => new Date(), limits);
    expect(r.batches).toBeGreaterThanOrEqual(2);
    // The generator skips a worker drawn twice for one session, so the station's own count is the truth.
    expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(s.core.db.prepare('SELECT count(*) FROM attendance').pluck().get());
    expect(await n(hub.core.pool, 'SELECT count(*) AS n FROM hub_events')).toBe(s.core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get());
    expect(sync.status().waiting).toEqual({ revisions: 0, events: 0 });
  }, 120_000);

  it('PostgreSQL restarted while stations push: they fail, retry, and nothing is lost or doubled', async () => {
    const hub = await h.hub();
    const stations = [await filledStation({ workers: 200, sessions: 30, attendance: 2000 }, '甲'), await filledStation({ workers: 200, sessions: 30, attendance: 2000 }, '乙')];
    const syncs = [];
    for (const s of stations) syncs.push(await enrol(s.core, s.admin, hub));
    const { pushNow } = await import('../../main/services/hub-sync/push');
    const limits = { rows: 20, events: 20 };
    const pushes = stations.map((s) => pushNow(s.core.db, () => new Date(), limits).then(() => 'done', (e: Error) => e.constructor.name));
    // Restart once both stations are part-way through their pushes.
    for (let i = 0; i < 400 && (await n(hub.core.pool, 'SELECT count(DISTINCT node_id) AS n FROM hub_batches')) < 2; i++) await sleep(20);
    expect(syncs.some((x) => x.status().waiting.revisions > 0)).toBe(true);
    h.pg.cluster.restart();
    // A push caught by the restart fails as "unreachable" (and is retried); one between batches carries on.
    const outcomes = await Promise.all(pushes);
    for (const o of outcomes) expect(['done', 'HubUnreachableError']).toContain(o);
    // Whatever happened mid-way, pushing again until nothing waits completes it.
    for (const [i, s] of stations.entries()) {
      for (let k = 0; k < 20 && syncs[i]!.status().waiting.revisions + syncs[i]!.status().waiting.events > 0; k++) {
        await pushNow(s.core.db, () => new Date(), limits).catch(() => sleep(200));
      }
      expect(syncs[i]!.status().waiting).toEqual({ revisions: 0, events: 0 });
    }
    const attendance = stations.reduce((t, s) => t + (s.core.db.prepare('SELECT count(*) FROM attendance').pluck().get() as number), 0);
    expect(await n(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(attendance);
    const events = stations.reduce((t, s) => t + (s.core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get() as number), 0);
    expect(await n(hub.core.pool, 'SELECT count(*) AS n FROM hub_events')).toBe(events);
  }, 180_000);

  it('a station clock an hour wrong: order comes from revisions, not times; the hub takes its changes in order', async () => {
    const hub = await h.hub();
    const s = await filledStation({ workers: 20, sessions: 3, attendance: 40 });
    const sync = await enrol(s.core, s.admin, hub);
    await sync.pushNow();
    const w = s.core.db.prepare('SELECT id FROM workers LIMIT 1').pluck().get() as string;
    // The PC's clock is put back an hour: the next edit carries an earlier time but a higher revision.
    s.core.db.prepare("UPDATE workers SET team = '一小时前', updated_at = '2026-03-31T11:00:00.000Z' WHERE id = ?").run(w);
    const { pushNow } = await import('../../main/services/hub-sync/push');
    await pushNow(s.core.db, () => new Date(Date.now() - 3_600_000));
    expect((await hub.core.pool.query("SELECT data->>'team' AS t FROM hub_rows WHERE tbl = 'workers' AND id = $1", [w])).rows[0].t).toBe('一小时前');
  });
});
