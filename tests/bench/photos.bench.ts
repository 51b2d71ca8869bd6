// Evidence photos: 300 sign-ins each followed by its photo (a separate call after the answer, as the
// kiosk sends it) beside 300 sign-ins without; what the photos add to the database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../../shared/contract/access';
import { dispatch } from '../../main/app/dispatch';
import { openCore, type Core } from '../../main/app/core';
import { newId } from '../../main/lib/ids';
import { addMinutes, stationNow } from '../../shared/domain/time';
import { addWorkers } from '../support/roster';
import { summarise, type Figure } from './stats';

const SIGN_INS = 300;
/** A kiosk photo near the limit (the tablet's encoder aims below 30 KB; real ones are often smaller). */
const PHOTO_BYTES = 24 * 1024;

function jpegLike(seed: number): Buffer {
  const b = Buffer.alloc(PHOTO_BYTES);
  // Pseudo-random middle: photo bytes do not compress, and SQLite stores them as they are.
  let x = seed * 2654435761;
  for (let i = 0; i < b.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  b.set([0xff, 0xd9], b.length - 2);
  return b;
}

async function ok(core: Core, caller: Caller, name: string, input: unknown): Promise<unknown> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

function fileBytes(core: Core): number {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return (core.db.pragma('page_count', { simple: true }) as number) * (core.db.pragma('page_size', { simple: true }) as number);
}

export async function photosBench(figures: Figure[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-bench-photos-'));
  const core = openCore({ dataDir });
  try {
    const setup = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'setup.init', { stationName: '照片基准站', adminPassword: 'bench-password-1' });
    if (!setup.ok) throw new Error(setup.error.message);
    const stationId = core.stations.first()!.id;
    const admin: Caller = { role: 'admin', via: 'internal', accountId: core.db.prepare('SELECT id FROM accounts LIMIT 1').pluck().get() as string };
    const kiosk: Caller = { role: 'kiosk', deviceId: 'bench', via: 'internal', stationId };
    const people = addWorkers(core, stationId, Array.from({ length: 2 * SIGN_INS }, (_, i) => ({ name: `工人${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}${'天地玄黄宇宙洪荒'[Math.floor(i / 120) % 8]}` })));
    const open = async (title: string) => {
      const start = stationNow(new Date(Date.now() - 5 * 60_000));
      const [s] = (await ok(core, admin, 'sessions.create', { stationId, fields: { title, category: 'safety', startsAt: start, endsAt: addMinutes(start, 120) } })) as { id: string }[];
      await ok(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'open' });
      return s!.id;
    };
    const scan = async (sessionId: string, badge: string) => {
      const t = performance.now();
      await ok(core, kiosk, 'kiosk.scan', { sessionId, code: badge, method: 'badge', idempotencyKey: newId() });
      return performance.now() - t;
    };

    // Without photos (the station's setting off, as by default).
    const plain = await open('无照片');
    const without: number[] = [];
    for (const p of people.slice(0, SIGN_INS)) without.push(await scan(plain, p.badge));

    // With photos: on, everyone consented; each sign-in answered first, then its photo on its own call.
    await ok(core, admin, 'evidence.updateSettings', { stationId, settings: { enabled: true, retentionDays: 180 } });
    const withPhotos = await open('有照片');
    for (const p of people.slice(SIGN_INS)) await ok(core, kiosk, 'kiosk.consent', { sessionId: withPhotos, workerId: p.id, language: 'zh-CN' });
    const before = fileBytes(core);
    const signIn: number[] = [];
    const photo: number[] = [];
    for (const [i, p] of people.slice(SIGN_INS).entries()) {
      signIn.push(await scan(withPhotos, p.badge));
      const t = performance.now();
      await ok(core, kiosk, 'kiosk.photo', { sessionId: withPhotos, workerId: p.id, jpeg: jpegLike(i + 1).toString('base64') });
      photo.push(performance.now() - t);
    }
    const grown = fileBytes(core) - before;

    const a = summarise(without);
    const b = summarise(signIn);
    const c = summarise(photo);
    figures.push(
      { name: `photos: sign-in p99 with photos on (${SIGN_INS})`, unit: 'ms', value: b.p99, baseline: a.p99, baselineName: 'sign-in p99 without photos', target: 'within the sign-in’s latency without photos' },
      { name: 'photos: sign-in p50 with photos on', unit: 'ms', value: b.p50, baseline: a.p50, baselineName: 'sign-in p50 without photos' },
      { name: 'photos: the photo call itself p99 (after the answer)', unit: 'ms', value: c.p99 },
      { name: `photos: database growth for ${SIGN_INS} sign-ins with ${PHOTO_BYTES / 1024} KB photos`, unit: 'MB', value: grown / 1024 / 1024, target: '≤ 10 MB' },
    );
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
