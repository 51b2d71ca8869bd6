// The hub's figures (issue: 200 stations x 2,000 workers x 100,000 attendance rows). On a build machine
// that scale does not fit, so the figures are measured at HUB_BENCH_STATIONS x HUB_BENCH_WORKERS x
// HUB_BENCH_ATTENDANCE (defaults below) and printed with the scale; the full run is
//   HUB_BENCH_STATIONS=200 HUB_BENCH_WORKERS=2000 HUB_BENCH_ATTENDANCE=100000 BENCH_ONLY=hub npm run bench
// One station is generated for real; the others are its batch with every id made their own, the chain
// recomputed and signed with their own key: the hub checks each as it would a real one.
import { createHash } from 'node:crypto';
import { createHubAccount, resolveCaller, signIn } from '../../main/hub/services/accounts';
import { openHubCore } from '../../main/hub/core';
import { startHubHost } from '../../main/hub/http/server';
import { createEnrolmentCode } from '../../main/hub/services/enrolment';
import { applyBatch } from '../../main/hub/services/ingest';
import { hubPeriodReportAcross, hubStatusTable } from '../../main/hub/services/views';
import { IdVault } from '../../main/hub/services/id-vault';
import { openCore } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { generateStation } from '../../main/services/demo/generate';
import { appendEvent, GENESIS, eventHash } from '../../main/services/attendance';
import { buildBatch, HubSyncService, newKeyPair, signText } from '../../main/services/hub-sync';
import { newId } from '../../main/lib/ids';
import type { BatchBody } from '../../shared/contract/hub-batch';
import { HUB_BATCH_FORMAT } from '../../shared/contract/hub-batch';
import { startPgCluster } from '../support/pg-cluster';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './stats';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** Makes station `i`'s copy of a batch: its own ids, its chain recomputed from the start. */
function cloneBatch(body: BatchBody, i: number, nodeId: string): BatchBody {
  const tag = `~${i}`;
  const idCols = ['id', 'station_id', 'worker_id', 'session_id', 'trainer_id', 'trade_id', 'merged_into', 'series_id'];
  const rows = body.rows.map((r) => {
    const d = r.d ? { ...r.d } : null;
    if (d) for (const c of idCols) if (typeof d[c] === 'string' && d[c]) d[c] = `${d[c] as string}${tag}`;
    if (d && typeof d.person_key === 'string') d.person_key = createHash('sha256').update(`${d.person_key}${tag}`).digest('hex');
    return { ...r, k: r.k.split('/').map((p) => p + tag).join('/'), s: r.s + tag, d };
  });
  let prev = GENESIS;
  const events = body.events.map((e) => {
    const c = { ...e, id: e.id + tag, station_id: e.station_id + tag, session_id: e.session_id + tag, worker_id: e.worker_id + tag, prev_hash: prev };
    c.hash = eventHash(prev, c);
    prev = c.hash;
    return c;
  });
  return { ...body, nodeId, rows, events };
}

export async function hubBench(figures: Figure[]): Promise<void> {
  const S = int('HUB_BENCH_STATIONS', 8);
  const W = int('HUB_BENCH_WORKERS', 2000);
  const A = int('HUB_BENCH_ATTENDANCE', 20_000);
  const scale = `${S} stations x ${W} workers x ${A} attendance`;
  const cluster = await startPgCluster();
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  try {
    cluster.createDatabase('hub');
    const hub = await openHubCore({ pgUrl: cluster.url('hub'), vault: IdVault.ephemeral(), poolSize: 20 });
    const host = await startHubHost(hub, { port: 0 });
    const core = openCore({ dataDir });
    const setup = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'setup.init', { stationName: '基准测试提升站', adminPassword: 'bench-password-1' });
    if (!setup.ok) throw new Error(setup.error.message);
    const stationId = core.stations.first()!.id;
    generateStation(core.db, stationId, { workers: W, sessions: Math.max(10, Math.round(A / 40)), attendance: A, until: '2026-03-31' });
    const sync = new HubSyncService(core.db, core.clock);
    await sync.enrol({ role: 'admin', via: 'cli' }, { hubUrl: host.url, code: (await createEnrolmentCode(hub.pool, 'bench', 'b')).code });

    // 1. A station's first full push, end to end over HTTP (batches of 20,000 records).
    let t = performance.now();
    await sync.pushNow();
    figures.push({ name: `hub: first full push, ${W} workers + ${A} attendance (HTTP, signed, chain checked)`, unit: 's', value: (performance.now() - t) / 1000, target: '<= 10 s at 2,000 + 100,000' });

    // 2. The other stations, pushed four at a time: sustained attendance rows per second into PostgreSQL.
    const link = core.db.prepare('SELECT * FROM hub_link').get() as { person_secret: string };
    const template = buildBatch(core.db, { nodeId: stationId, personSecret: link.person_secret, shareIds: false } as never, { rev: 0, event: 0 }, new Date(), { rows: 1e9, events: 1e9 });
    const clones: { signed: unknown; attendance: number }[] = [];
    for (let i = 1; i < S; i++) {
      const keys = newKeyPair();
      const nodeId = `${stationId}~${i}`;
      await hub.pool.query('INSERT INTO hub_nodes (id, name, public_key) VALUES ($1, $2, $3)', [nodeId, `站${i}`, keys.publicKey]);
      const body = JSON.stringify(cloneBatch(template, i, nodeId));
      clones.push({ signed: { format: HUB_BATCH_FORMAT, nodeId, body, signature: signText(keys.privateKey, body) }, attendance: template.rows.filter((r) => r.t === 'attendance').length });
    }
    t = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < clones.length) await applyBatch(hub.pool, JSON.stringify(clones[next++]!.signed), 'push', null);
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const secs = (performance.now() - t) / 1000;
    const rows = clones.reduce((n, c) => n + c.attendance, 0);
    figures.push({ name: `hub: sustained ingest, ${S - 1} stations, 4 at once (${rows} attendance rows)`, unit: 'rows/s', value: rows / secs, target: '>= 50,000 rows/s' });

    // 3. A day's push: 300 sign-ins and a few edits, end to end.
    const session = core.db.prepare("SELECT id FROM training_sessions WHERE station_id = ? ORDER BY starts_at DESC LIMIT 1").pluck().get(stationId) as string;
    const workers = core.db.prepare('SELECT id, seq FROM workers WHERE station_id = ? AND id NOT IN (SELECT worker_id FROM attendance WHERE session_id = ?) LIMIT 300').all(stationId, session) as { id: string; seq: number }[];
    core.db.transaction(() => {
      const at = new Date().toISOString();
      for (const w of workers) {
        core.db.prepare("INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, in_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'present', ?, 'badge', ?, ?)").run(newId(), stationId, session, w.id, w.seq, at, at, at);
        appendEvent(core.db, { id: newId(), station_id: stationId, session_id: session, worker_id: w.id, kind: 'sign_in', at, client_at: null, method: 'badge', account_id: null, device_id: 'bench', reason: null, idempotency_key: null });
      }
      core.db.prepare("UPDATE workers SET team = '新班组' WHERE id IN (SELECT id FROM workers WHERE station_id = ? LIMIT 5)").run(stationId);
    })();
    t = performance.now();
    await sync.pushNow();
    figures.push({ name: `hub: a daily push (${workers.length} sign-ins, 5 edits), end to end`, unit: 's', value: (performance.now() - t) / 1000, target: '<= 1 s' });

    // 4. The status table and a month's report across every station, beside the bare SQL it needs.
    await createHubAccount(hub.pool, 'bench', { username: 'admin', password: 'bench-admin-1', role: 'admin' });
    const admin = await resolveCaller(hub.pool, (await signIn(hub.pool, 'admin', 'bench-admin-1')).token);
    await hub.pool.query('ANALYZE');
    t = performance.now();
    const table = await hubStatusTable(hub.pool, admin);
    figures.push({ name: `hub: status table across ${table.rows.length} stations`, unit: 'ms', value: performance.now() - t, target: '<= 300 ms at 200 stations' });
    const month = '2026-03';
    t = performance.now();
    const report = await hubPeriodReportAcross(hub.pool, admin, 'month', month);
    const reportMs = performance.now() - t;
    t = performance.now();
    await hub.pool.query(
      `SELECT s.station_id, count(DISTINCT s.id), count(*), count(DISTINCT a.data->>'worker_id'), sum((a.data->>'credited_hours')::float8)
       FROM hub_rows_sessions s JOIN hub_rows_attendance a ON a.data->>'session_id' = s.id AND a.data->>'status' = 'present' AND NOT a.deleted
       WHERE NOT s.deleted AND s.data->>'state' = 'closed' AND s.data->>'starts_at' >= $1 AND s.data->>'starts_at' < $2 GROUP BY s.station_id`,
      [`${month}-01T00:00`, '2026-04-01T00:00'],
    );
    figures.push({ name: `hub: ${month} report across ${report.stations.length} stations (${report.totals.personTimes} person-times)`, unit: 'ms', value: reportMs, baseline: performance.now() - t, baselineName: 'bare SQL aggregation', target: '<= 3 s and within 5x of the SQL' });

    // 5. Up to 50 stations pushing at once: none lost, none doubled.
    const many = Math.min(50, clones.length);
    const before = Number((await hub.pool.query("SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).rows[0].n);
    await hub.pool.query('UPDATE hub_nodes SET rev_hwm = 0, event_hwm = 0, chain_tip = $1 WHERE id LIKE $2', [GENESIS, `${stationId}~%`]);
    await hub.pool.query('DELETE FROM hub_batches');
    await hub.pool.query("DELETE FROM hub_rows WHERE node_id LIKE $1", [`${stationId}~%`]);
    await hub.pool.query("DELETE FROM hub_events WHERE node_id LIKE $1", [`${stationId}~%`]);
    const removed = before - Number((await hub.pool.query("SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).rows[0].n);
    t = performance.now();
    await Promise.all(clones.slice(0, many).map((c) => applyBatch(hub.pool, JSON.stringify(c.signed), 'push', null)));
    const secsMany = (performance.now() - t) / 1000;
    const after = Number((await hub.pool.query("SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance' AND node_id LIKE $1", [`${stationId}~%`])).rows[0].n);
    const expected = clones.slice(0, many).reduce((n, c) => n + c.attendance, 0);
    figures.push({ name: `hub: ${many} stations pushing at once: attendance rows lost or doubled (of ${expected}; removed ${removed} first)`, unit: 'rows', value: Math.abs(after - expected), target: '0' });
    figures.push({ name: `hub: ${many} stations pushing at once, wall time`, unit: 's', value: secsMany });
    figures.push({ name: `hub: scale of this run: ${scale}`, unit: 'stations', value: S });

    await host.close();
    core.close();
    await hub.close();
  } finally {
    cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
