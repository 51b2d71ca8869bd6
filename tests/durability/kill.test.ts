// Durability under kills: a real `station serve` process signs workers in over HTTP as fast as it
// can and is killed with SIGKILL at random moments. Every acknowledged sign-in must survive, none may
// be doubled, and the file and the attendance chain must check out after every restart.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { DATABASE_FILE } from '../../main/lib/paths';
import { verifyChain } from '../../main/services/attendance';
import { HTTP } from '../../shared/contract/bridge';
import { addMinutes, stationNow } from '../../shared/domain/time';
import { anonymous, setUp } from '../support/callers';
import { startServe } from '../support/cli';
import { addWorkers } from '../support/roster';
import { tempDir } from '../support/temp';

const KILLS = Number(process.env.KILL_TEST_KILLS ?? 52);
// More than a fast machine signs in during the whole run, so every round has fresh workers to scan.
const WORKERS = 12000;
const LANES = 4;

interface Scan {
  workerId: string;
  badge: string;
  key: string;
}

/** A station with an open session, its workers and a paired tablet's token, made before any server runs. */
async function prepare(dataDir: string) {
  const core = openCore({ dataDir });
  try {
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    // One transaction: thousands of durable single-row commits would take most of the time budget.
    const people = core.db.transaction(() =>
      addWorkers(core, stationId, Array.from({ length: WORKERS }, (_, i) => ({ name: `工人${String.fromCharCode(0x4e00 + (i % 2000))}` }))),
    )();
    const start = stationNow(new Date(Date.now() - 5 * 60_000));
    const created = await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: { title: '断电演练', category: 'safety', startsAt: start, endsAt: addMinutes(start, 600) },
    });
    if (!created.ok) throw new Error(created.error.message);
    const sessionId = (created.value as { id: string }[])[0]!.id;
    const opened = await dispatch(core, admin, 'sessions.setState', { sessionId, state: 'open' });
    if (!opened.ok) throw new Error(opened.error.message);
    const code = await dispatch(core, admin, 'devices.startPairing', { stationId });
    if (!code.ok) throw new Error(code.error.message);
    const paired = await dispatch(core, anonymous, 'devices.pair', { code: (code.value as { code: string }).code, name: '门口平板' });
    if (!paired.ok) throw new Error(paired.error.message);
    return { sessionId, token: (paired.value as { token: string }).token, people };
  } finally {
    core.close();
  }
}

type Answer = { acked: boolean; status: number | null };

async function scan(url: string, token: string, sessionId: string, s: Scan): Promise<Answer> {
  try {
    const res = await fetch(new URL(HTTP.rpcPrefix + 'kiosk.scan', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HTTP.sessionHeader]: token },
      body: JSON.stringify({ sessionId, code: s.badge, method: 'badge', idempotencyKey: s.key }),
    });
    const body = (await res.json()) as { ok: boolean; value?: { outcome: string } };
    const acked = res.status === 200 && body.ok && (body.value?.outcome === 'signed_in' || body.value?.outcome === 'late');
    return { acked, status: res.status };
  } catch {
    // The process died before it answered: not acknowledged, so it may or may not be recorded.
    return { acked: false, status: null };
  }
}

/** What the database holds, read through a separate read-only connection while the server runs. */
function inspect(dataDir: string, sessionId: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const present = new Set(db.prepare("SELECT worker_id FROM attendance WHERE session_id = ? AND status = 'present'").pluck().all(sessionId) as string[]);
    const rows = db.prepare('SELECT count(*) AS n, count(DISTINCT worker_id) AS d FROM attendance WHERE session_id = ?').get(sessionId) as { n: number; d: number };
    const signIns = db.prepare("SELECT count(*) FROM attendance_events WHERE session_id = ? AND kind = 'sign_in'").pluck().get(sessionId) as number;
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const chain = verifyChain(db);
    return { present, rows: rows.n, distinct: rows.d, signIns, integrity, chainOk: chain.ok };
  } finally {
    db.close();
  }
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged sign-in through ${KILLS} kills, with no duplicates and an intact chain`, async () => {
    const dataDir = tempDir('station-kill-');
    const { sessionId, token, people } = await prepare(dataDir);
    const acked = new Map<string, Scan>();
    let unacked: Scan[] = [];
    let next = 0;
    let kills = 0;
    let resent = 0;
    let lost = 0;
    let duplicates = 0;
    const failures: string[] = [];
    const startedAt = Date.now();

    for (let round = 0; round <= KILLS; round++) {
      const server = startServe(['--data', dataDir]);
      const url = await server.url;

      // After a restart: what was acknowledged is there, once; the file and the chain are sound.
      const seen = inspect(dataDir, sessionId);
      for (const s of acked.values()) if (!seen.present.has(s.workerId)) lost++;
      duplicates += seen.rows - seen.distinct + (seen.signIns - seen.rows);
      if (seen.integrity !== 'ok') failures.push(`round ${round}: integrity ${seen.integrity}`);
      if (!seen.chainOk) failures.push(`round ${round}: chain broken`);

      // Resend a few unanswered scans with their original keys: each counts once at most.
      for (const s of unacked.splice(0, 4)) {
        const a = await scan(url, token, sessionId, s);
        if (a.acked) acked.set(s.workerId, s);
        resent++;
      }
      unacked = [];
      const after = inspect(dataDir, sessionId);
      duplicates += after.rows - after.distinct + (after.signIns - after.rows);

      if (round === KILLS) {
        await server.stop();
        break;
      }
      // Sign in as fast as the lanes can until the kill, which comes at a random moment.
      const deadline = Date.now() + 20 + Math.random() * 300;
      let killed = false;
      const lane = async () => {
        while (!killed && next < people.length) {
          const p = people[next++]!;
          const s = { workerId: p.id, badge: p.badge, key: randomBytes(12).toString('base64url') };
          const a = await scan(url, token, sessionId, s);
          if (a.acked) acked.set(s.workerId, s);
          else if (a.status === null) unacked.push(s);
        }
      };
      const lanes = Array.from({ length: LANES }, lane);
      await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())));
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGKILL');
      await exited;
      killed = true;
      kills++;
      await Promise.all(lanes);
    }

    const seconds = (Date.now() - startedAt) / 1000;
    console.log(
      `kill test: ${kills} kills, ${acked.size} acknowledged sign-ins, lost ${lost}, duplicates ${duplicates}, ${resent} unanswered scans resent, ${failures.length} integrity/chain failures, ${seconds.toFixed(1)} s`,
    );
    expect(failures).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(50);
    expect(acked.size).toBeGreaterThan(kills * 5);
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
  }, 150_000);
});
