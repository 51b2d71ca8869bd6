// Kiosk sign-ins while an online backup of the big station runs, beside the same sign-ins without
// one (same run, same station). Each sign-in waits its turn in the event loop, as a request from a
// tablet would, so time spent in a backup step shows up in its latency.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../../shared/contract/access';
import { addMinutes, stationNow } from '../../shared/domain/time';
import { openCore } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { newId } from '../../main/lib/ids';
import { onlineBackup } from '../../main/services/backups';
import type { BigStation } from './big-station';
import { summarise, type Figure } from './stats';

const admin: Caller = { role: 'admin', via: 'internal', accountId: 'bench' };

async function openSession(big: BigStation, title: string): Promise<string> {
  const start = stationNow(new Date(Date.now() - 60_000));
  const r = await dispatch(big.core, admin, 'sessions.create', { stationId: big.stationId, fields: { title, category: 'safety', startsAt: start, endsAt: addMinutes(start, 120) } });
  if (!r.ok) throw new Error(r.error.message);
  const id = (r.value as { id: string }[])[0]!.id;
  await dispatch(big.core, admin, 'sessions.setState', { sessionId: id, state: 'open' });
  return id;
}

export async function backupBench(big: BigStation, figures: Figure[], opts: { pagesPerStep?: number } = {}): Promise<void> {
  const { core } = big;
  const kiosk: Caller = { role: 'kiosk', deviceId: 'bench', via: 'internal', stationId: big.stationId };
  // Fresh on-site workers nobody else's bench signed in (the kiosk bench uses the first ~40,000).
  const codes = core.db.prepare("SELECT badge_code FROM workers WHERE status = 'on_site' ORDER BY rowid DESC LIMIT 60000").pluck().all() as string[];
  const sessionId = await openSession(big, '备份期间签到');
  let next = 0;
  const signIn = async (): Promise<number> => {
    const t = performance.now();
    // A request's turn in the event loop comes after whatever step of the backup is running.
    await new Promise((r) => setImmediate(r));
    const code = codes[next++]!;
    const r = await dispatch(core, kiosk, 'kiosk.scan', { sessionId, code, method: 'badge', idempotencyKey: newId() });
    const outcome = r.ok ? (r.value as { outcome: string }).outcome : null;
    if (outcome !== 'signed_in' && outcome !== 'late') throw new Error(`scan failed: ${JSON.stringify(r)}`);
    return performance.now() - t;
  };

  for (let i = 0; i < 100; i++) await signIn();
  const without: number[] = [];
  for (let i = 0; i < 2000; i++) without.push(await signIn());

  const dir = mkdtempSync(join(tmpdir(), 'station-bench-backup-'));
  try {
    const file = join(dir, 'backup.sqlite');
    let done = false;
    const t0 = performance.now();
    const backup = onlineBackup(core.db, file, opts.pagesPerStep === undefined ? {} : { pagesPerStep: opts.pagesPerStep }).finally(() => (done = true));
    const during: number[] = [];
    while (!done && next < codes.length) during.push(await signIn());
    await backup;
    const seconds = (performance.now() - t0) / 1000;
    const a = summarise(without);
    const b = summarise(during);
    figures.push({ name: 'online backup of the big station (sign-ins continuing)', unit: 's', value: seconds });
    figures.push({ name: 'backup file size', unit: 'MB', value: statSync(file).size / 1024 / 1024 });
    figures.push({ name: 'sign-ins during the backup', unit: 'scans', value: during.length });
    figures.push({ name: 'kiosk sign-in p50 during a backup', unit: 'ms', value: b.p50, baseline: a.p50, baselineName: 'no backup' });
    figures.push({ name: 'kiosk sign-in p99 during a backup', unit: 'ms', value: b.p99, baseline: a.p99, baselineName: 'no backup', target: '≤ 2x without a backup' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // What the damaged-database check costs a start of the app on a station this size: on this thread,
  // as it once ran before anything answered, and behind a host that answers at once (app/integrity.ts).
  const t = performance.now();
  const check = core.db.pragma('quick_check(1)', { simple: true });
  figures.push({ name: `quick_check of the big station on the main thread (${String(check)})`, unit: 's', value: (performance.now() - t) / 1000 });
  core.close();
  const started = performance.now();
  const reopened = openCore({ dataDir: big.dataDir, checkInBackground: true });
  try {
    const info = await dispatch(reopened, { role: 'anonymous', via: 'internal' }, 'app.info', {});
    const state = await dispatch(reopened, kiosk, 'kiosk.state', { sessionId });
    if (!info.ok || !state.ok) throw new Error(`no answer at start: ${JSON.stringify(info.ok ? state : info)}`);
    const answered = performance.now() - started;
    // The first sign-in waits for the check to pass; it is what a worker at the door meets at worst.
    const r = await dispatch(reopened, kiosk, 'kiosk.scan', { sessionId, code: codes[next++]!, method: 'badge', idempotencyKey: newId() });
    if (!r.ok) throw new Error(`first scan after start failed: ${JSON.stringify(r)}`);
    const firstScan = performance.now() - started;
    figures.push({ name: 'start of the big station → admin and kiosk answer (check in the background)', unit: 's', value: answered / 1000, target: '≤ 2 s' });
    figures.push({ name: 'start of the big station → first sign-in recorded (waits for the check)', unit: 's', value: firstScan / 1000 });
    figures.push({ name: `background quick_check of the big station (${reopened.integrity.state})`, unit: 's', value: (reopened.integrity.durationMs ?? NaN) / 1000 });
  } finally {
    reopened.close();
  }
}
