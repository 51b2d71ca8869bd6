// Sign-in figures on the big station: at the handler with durable commits, beside the bare SQLite
// lookup-and-insert baseline; and three tablets over the LAN host at 20 sign-ins a second for a minute.
import { Agent, request } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Caller } from '../../shared/contract/access';
import { HTTP } from '../../shared/contract/bridge';
import { dispatch } from '../../main/app/dispatch';
import { newId } from '../../main/lib/ids';
import { createHttpHost } from '../../main/http/server';
import { stationNow, addMinutes } from '../../shared/domain/time';
import type { BigStation } from './big-station';
import { summarise, timeEach, type Figure } from './stats';

const admin: Caller = { role: 'admin', via: 'internal', accountId: 'bench' };

async function openSessionNow(big: BigStation, title: string): Promise<string> {
  const start = stationNow(new Date(Date.now() - 5 * 60_000));
  const r = await dispatch(big.core, admin, 'sessions.create', {
    stationId: big.stationId,
    fields: { title, category: 'safety', startsAt: start, endsAt: addMinutes(start, 120) },
  });
  if (!r.ok) throw new Error(r.error.message);
  const id = (r.value as { id: string }[])[0]!.id;
  await dispatch(big.core, admin, 'sessions.setState', { sessionId: id, state: 'open' });
  return id;
}

export async function kioskBench(big: BigStation, figures: Figure[]): Promise<void> {
  const { core } = big;
  // Workers still on site; the generated roster has some who left, whom the kiosk rightly refuses.
  const codes = core.db.prepare("SELECT badge_code FROM workers WHERE status = 'on_site' ORDER BY rowid").pluck().all() as string[];
  const kiosk: Caller = { role: 'kiosk', deviceId: 'bench', via: 'internal', stationId: big.stationId };

  // 1. At the handler: each sign-in a fresh worker, committed durably (synchronous=FULL).
  const sessionA = await openSessionNow(big, '签到基准A');
  let i = 0;
  const handler = await timeEach(
    2000,
    async () => {
      const code = codes[i++]!;
      const r = await dispatch(core, kiosk, 'kiosk.scan', { sessionId: sessionA, code, method: 'badge', idempotencyKey: newId() });
      if (!r.ok || !['signed_in', 'late'].includes((r.value as { outcome: string }).outcome)) throw new Error(`scan failed: ${JSON.stringify(r)}`);
    },
    100,
  );

  // Baseline: the bare statements the same sign-in needs, in one durable transaction.
  const sessionB = await openSessionNow(big, '签到基准B');
  const findBadge = core.db.prepare('SELECT worker_id, revoked_at FROM badges WHERE station_id = ? AND code = ?');
  const findWorker = core.db.prepare('SELECT id, name, status FROM workers WHERE id = ?');
  const existing = core.db.prepare('SELECT id FROM attendance WHERE session_id = ? AND worker_id = ?');
  const tip = core.db.prepare('SELECT hash FROM attendance_events ORDER BY seq DESC LIMIT 1');
  const insEvent = core.db.prepare(
    `INSERT INTO attendance_events (id, station_id, session_id, worker_id, kind, at, method, idempotency_key, prev_hash, hash) VALUES (?, ?, ?, ?, 'sign_in', ?, 'badge', ?, ?, ?)`,
  );
  const insAtt = core.db.prepare(
    `INSERT INTO attendance (id, station_id, session_id, worker_id, status, signed_in_at, in_method, created_at, updated_at) VALUES (?, ?, ?, ?, 'present', ?, 'badge', ?, ?)`,
  );
  const bareTx = core.db.transaction((code: string) => {
    const b = findBadge.get(big.stationId, code) as { worker_id: string };
    const w = findWorker.get(b.worker_id) as { id: string };
    existing.get(sessionB, w.id);
    const prev = (tip.get() as { hash: string }).hash;
    const at = new Date().toISOString();
    insEvent.run(newId(), big.stationId, sessionB, w.id, at, newId(), prev, randomBytes(32).toString('hex'));
    insAtt.run(newId(), big.stationId, sessionB, w.id, at, at, at);
  });
  let j = 5000;
  const bare = await timeEach(2000, () => bareTx.immediate(codes[j++]!), 100);
  const h = summarise(handler);
  const b = summarise(bare);
  figures.push({ name: 'kiosk sign-in at the handler, durable, p50', unit: 'ms', value: h.p50, baseline: b.p50, target: '≤ 2x baseline' });
  figures.push({ name: 'kiosk sign-in at the handler, durable, p99', unit: 'ms', value: h.p99, baseline: b.p99, target: '≤ 2x baseline' });

  // 2. Three tablets over the LAN host, 20 sign-ins a second together, for a minute.
  const seconds = Number(process.env.BENCH_TABLET_SECONDS ?? 60);
  const sessionC = await openSessionNow(big, '签到基准C');
  const host = await createHttpHost({ core, rendererDir: '/nonexistent', port: 0 });
  const tokens: string[] = [];
  for (let t = 0; t < 3; t++) {
    const start = await dispatch(core, admin, 'devices.startPairing', { stationId: big.stationId });
    if (!start.ok) throw new Error('pairing');
    const paired = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'devices.pair', { code: (start.value as { code: string }).code, name: `平板${t + 1}` });
    if (!paired.ok) throw new Error('pairing');
    tokens.push((paired.value as { token: string }).token);
  }
  const u = new URL(host.url);
  const latencies: number[] = [];
  let failures = 0;
  let next = 20_000;
  const sent: string[] = [];
  const tablet = (token: string) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    return (code: string) =>
      new Promise<void>((resolve) => {
        const t0 = performance.now();
        const body = JSON.stringify({ sessionId: sessionC, code, method: 'badge', idempotencyKey: newId() });
        const req = request(
          { agent, host: u.hostname, port: u.port, method: 'POST', path: `${HTTP.rpcPrefix}kiosk.scan`, headers: { 'content-type': 'application/json', [HTTP.sessionHeader]: token } },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => {
              latencies.push(performance.now() - t0);
              const parsed = JSON.parse(text) as { ok: boolean; value?: { outcome: string } };
              if (!parsed.ok || !['signed_in', 'late'].includes(parsed.value?.outcome ?? '')) failures++;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failures++;
          resolve();
        });
        req.end(body);
      });
  };
  const tablets = tokens.map(tablet);
  const pending: Promise<void>[] = [];
  const started = performance.now();
  // Each tablet scans every 150 ms (≈ 6.7 a second; 20 a second together), the way a queue at the door would.
  for (let tick = 0; tick < seconds * 1000 / 150; tick++) {
    for (const send of tablets) {
      const code = codes[next++]!;
      sent.push(code);
      pending.push(send(code));
    }
    const due = started + (tick + 1) * 150;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  }
  await Promise.all(pending);
  await host.close();
  const rows = core.db.prepare("SELECT count(*) AS n, count(DISTINCT worker_id) AS d FROM attendance WHERE session_id = ? AND status = 'present'").get(sessionC) as { n: number; d: number };
  const events = core.db.prepare('SELECT count(*) FROM attendance_events WHERE session_id = ?').pluck().get(sessionC) as number;
  const lat = summarise(latencies);
  figures.push({ name: `3 tablets × ${seconds} s over HTTP: scans sent`, unit: 'scans', value: sent.length });
  figures.push({ name: '3 tablets: sign-ins recorded (lost = sent − recorded)', unit: 'rows', value: rows.n, baseline: sent.length, baselineName: 'scans sent' });
  figures.push({ name: '3 tablets: duplicates (rows − distinct workers, events − rows)', unit: 'rows', value: rows.n - rows.d + (events - rows.n) });
  figures.push({ name: '3 tablets: failed answers', unit: 'scans', value: failures });
  figures.push({ name: '3 tablets: answer p50', unit: 'ms', value: lat.p50 });
  figures.push({ name: '3 tablets: answer p99', unit: 'ms', value: lat.p99, target: '≤ 100 ms' });
}
