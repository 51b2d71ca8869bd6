// Evidence photos and session attachments through the handler table on a real SQLite file: off by
// default, consent first, the photo after the sign-in (never in its way), limits, retention, the
// anonymised worker's photos gone, never in audit rows or logs, in backups.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import { sweepOldPhotos } from '../../main/services/evidence';
import type { Caller } from '../../shared/contract/access';
import type { ScanAnswer } from '../../shared/contract/attendance-types';
import type { SessionAttachment, SignInPhoto } from '../../shared/contract/evidence-types';
import type { ExportFile, TrainingSession } from '../../shared/contract/records';
import { setUp } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';

async function call<T>(core: Core, caller: Caller, name: string, input: unknown): Promise<T> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details)}`);
  return r.value as T;
}
async function refused(core: Core, caller: Caller, name: string, input: unknown): Promise<string> {
  const r = await dispatch(core, caller, name, input);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error.code;
}

/** A JPEG-shaped file of n bytes: the markers a decoder starts and ends on, a recognisable middle. */
export function fakeJpeg(n: number, fill = 0x5a): Buffer {
  const b = Buffer.alloc(n, fill);
  b[0] = 0xff; b[1] = 0xd8; b[2] = 0xff; b[3] = 0xe0;
  b[n - 2] = 0xff; b[n - 1] = 0xd9;
  return b;
}

async function door() {
  const { core, clock } = testCore({ at: '2026-03-01T23:58:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四', language: 'ug' }]);
  const [session] = await call<TrainingSession[]>(core, admin, 'sessions.create', {
    stationId, fields: { title: '高处作业安全', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  const kiosk: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal', stationId };
  let k = 0;
  const scan = (badge: string) => call<ScanAnswer>(core, kiosk, 'kiosk.scan', { sessionId: session!.id, code: badge, method: 'badge', idempotencyKey: `ev-key-${++k}` });
  const photo = (workerId: string, bytes: Buffer) => dispatch(core, kiosk, 'kiosk.photo', { sessionId: session!.id, workerId, jpeg: bytes.toString('base64') });
  const enable = (retentionDays = 180) => call(core, admin, 'evidence.updateSettings', { stationId, settings: { enabled: true, retentionDays } });
  return { core, clock, admin, kiosk, stationId, people, sessionId: session!.id, scan, photo, enable };
}

describe('sign-in photos', () => {
  it('are off by default: the answer asks for nothing and a photo is refused', async () => {
    const { core, admin, stationId, people, scan, photo } = await door();
    expect(await call(core, admin, 'evidence.settings', { stationId })).toEqual({ enabled: false, retentionDays: 180 });
    const a = await scan(people[0]!.badge);
    expect(a.outcome).toBe('signed_in');
    expect(a.evidence).toBeUndefined();
    const r = await photo(people[0]!.id, fakeJpeg(2000));
    expect(r.ok ? null : r.error.code).toBe('conflict');
  });

  it('ask the worker’s consent first (recorded on the worker), then take the photo after the sign-in', async () => {
    const { core, kiosk, sessionId, people, scan, photo, enable, admin } = await door();
    await enable();
    expect((await scan(people[1]!.badge)).evidence).toEqual({ step: 'consent', sessionId, retentionDays: 180 });
    // Without consent the photo is refused.
    const early = await photo(people[1]!.id, fakeJpeg(2000));
    expect(early.ok ? null : early.error.code).toBe('conflict');
    await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: people[1]!.id, language: 'ug' });
    const consent = core.db.prepare('SELECT language, device_id FROM evidence_consents WHERE worker_id = ?').get(people[1]!.id);
    expect(consent).toEqual({ language: 'ug', device_id: 'door-1' });
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'consent_photo' AND entity_id = ?").pluck().get(people[1]!.id)).toBe(1);
    expect((await photo(people[1]!.id, fakeJpeg(20_000))).ok).toBe(true);
    const shown = await call<SignInPhoto[]>(core, admin, 'evidence.sessionPhotos', { sessionId });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ workerId: people[1]!.id, name: '李四', rosterPhoto: null });
    expect(shown[0]!.photo.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
    // A second sign-in later: photo asked for at once.
    core.db.prepare('INSERT INTO evidence_consents (worker_id, station_id, consented_at, language) VALUES (?, (SELECT station_id FROM workers WHERE id = ?), ?, ?)').run(people[0]!.id, people[0]!.id, '2026-03-01T00:00:00Z', 'zh-CN');
    expect((await scan(people[0]!.badge)).evidence).toEqual({ step: 'photo', sessionId, retentionDays: 180 });
  });

  it('refuse a photo larger than 30 KB or not a JPEG, and one for a worker not signed in', async () => {
    const { core, kiosk, sessionId, people, scan, photo, enable } = await door();
    await enable();
    await scan(people[0]!.badge);
    await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: people[0]!.id, language: 'zh-CN' });
    const big = await photo(people[0]!.id, fakeJpeg(30 * 1024 + 1));
    expect(big.ok ? null : big.error.code).toBe('payload_too_large');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const notJpeg = await photo(people[0]!.id, png);
    expect(notJpeg.ok ? null : notJpeg.error.code).toBe('unsupported_media_type');
    const text = await photo(people[0]!.id, Buffer.from('not an image at all'));
    expect(text.ok ? null : text.error.code).toBe('unsupported_media_type');
    // Far beyond the body limit: refused at the schema, the bytes never read into a photo.
    expect(await refused(core, kiosk, 'kiosk.photo', { sessionId, workerId: people[0]!.id, jpeg: fakeJpeg(300_000).toString('base64') })).toBe('invalid_input');
    await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: people[1]!.id, language: 'zh-CN' });
    const absent = await photo(people[1]!.id, fakeJpeg(2000));
    expect(absent.ok ? null : absent.error.code).toBe('not_found');
    expect(core.db.prepare('SELECT count(*) FROM attendance_photos').pluck().get()).toBe(0);
  });

  it('are deleted after the retention, and with a worker who is anonymised', async () => {
    const { core, clock, admin, kiosk, sessionId, people, scan, photo, enable } = await door();
    await enable(30);
    for (const p of people) {
      await scan(p.badge);
      await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: p.id, language: 'zh-CN' });
      expect((await photo(p.id, fakeJpeg(5000))).ok).toBe(true);
    }
    expect(sweepOldPhotos(core.db, new Date('2026-03-30T00:00:00Z'))).toBe(0);
    await call(core, admin, 'workers.update', { workerId: people[0]!.id, fields: { status: 'left', exitDate: '2026-03-02' } });
    await call(core, admin, 'workers.anonymise', { workerId: people[0]!.id });
    expect(core.db.prepare('SELECT worker_id FROM attendance_photos').pluck().all()).toEqual([people[1]!.id]);
    expect(core.db.prepare('SELECT count(*) FROM evidence_consents WHERE worker_id = ?').pluck().get(people[0]!.id)).toBe(0);
    clock.set('2026-04-02T00:00:00.000Z');
    expect(sweepOldPhotos(core.db, clock.now())).toBe(1);
    expect(core.db.prepare('SELECT count(*) FROM attendance_photos').pluck().get()).toBe(0);
    // The attendance stays.
    expect(core.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(2);
  });

  it('never reach an audit row or the log, and are in a backup', async () => {
    const { core, kiosk, sessionId, people, scan, photo, enable, admin } = await door();
    await enable();
    await scan(people[0]!.badge);
    await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: people[0]!.id, language: 'zh-CN' });
    const bytes = fakeJpeg(9000, 0x41);
    expect((await photo(people[0]!.id, bytes)).ok).toBe(true);
    const needle = bytes.subarray(100, 160).toString('base64');
    const audit = core.db.prepare("SELECT coalesce(before_json, '') || coalesce(after_json, '') FROM audit_log").pluck().all().join('\n');
    expect(audit).not.toContain(needle);
    const logs = join(core.dataDir, 'logs');
    const logged = readdirSync(logs).map((f) => readFileSync(join(logs, f), 'utf8')).join('\n');
    expect(logged).not.toContain(needle);
    const backup = await call<{ name: string }>(core, admin, 'backups.create', {});
    const copy = new Database(join(core.dataDir, 'backups', backup.name), { readonly: true });
    try {
      const kept = copy.prepare('SELECT bytes FROM attendance_photos').pluck().get() as Buffer;
      expect(kept.equals(bytes)).toBe(true);
    } finally {
      copy.close();
    }
  });
});

describe('session attachments', () => {
  it('take photos and PDFs checked by their first bytes, list with thumbnails, give the file back, and go', async () => {
    const { core, admin, sessionId } = await door();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const a = await call<SessionAttachment>(core, admin, 'attachments.add', { sessionId, name: '课件.pdf', mime: 'application/pdf', base64: pdf.toString('base64') });
    expect(a).toMatchObject({ name: '课件.pdf', mime: 'application/pdf', size: pdf.length, thumb: null });
    const photo = fakeJpeg(50_000);
    await call(core, admin, 'attachments.add', { sessionId, name: '现场.jpg', mime: 'image/jpeg', base64: photo.toString('base64'), thumb: fakeJpeg(3000).toString('base64') });
    expect(await refused(core, admin, 'attachments.add', { sessionId, name: 'x.pdf', mime: 'application/pdf', base64: photo.toString('base64') })).toBe('unsupported_media_type');
    const list = await call<SessionAttachment[]>(core, admin, 'attachments.list', { sessionId });
    expect(list.map((x) => [x.name, x.thumb !== null])).toEqual([['课件.pdf', false], ['现场.jpg', true]]);
    const back = await call<ExportFile>(core, admin, 'attachments.get', { attachmentId: a.id });
    expect(Buffer.from(back.base64, 'base64').equals(pdf)).toBe(true);
    const audit = core.db.prepare("SELECT after_json FROM audit_log WHERE action = 'attach'").pluck().all() as string[];
    expect(audit.map((j) => JSON.parse(j))).toEqual([{ attachment: '课件.pdf', mime: 'application/pdf', bytes: pdf.length }, { attachment: '现场.jpg', mime: 'image/jpeg', bytes: 50_000 }]);
    await call(core, admin, 'attachments.delete', { attachmentId: a.id });
    expect(await call<SessionAttachment[]>(core, admin, 'attachments.list', { sessionId })).toHaveLength(1);
  });

  it('go into the national platform export as the session’s attachments; sign-in photos never do', async () => {
    const { core, clock, admin, kiosk, sessionId, people, scan, photo, enable } = await door();
    await enable();
    await scan(people[0]!.badge);
    await call(core, kiosk, 'kiosk.consent', { sessionId, workerId: people[0]!.id, language: 'zh-CN' });
    expect((await photo(people[0]!.id, fakeJpeg(4000))).ok).toBe(true);
    await call(core, admin, 'attachments.add', { sessionId, name: '现场照片.jpg', mime: 'image/jpeg', base64: fakeJpeg(40_000).toString('base64'), thumb: fakeJpeg(2000).toString('base64') });
    clock.set('2026-03-02T01:31:00.000Z');
    await call(core, admin, 'sessions.setState', { sessionId, state: 'closed' });
    const file = await call<ExportFile>(core, admin, 'exports.platform', { stationId: core.stations.first()!.id, from: '2026-03-01', to: '2026-03-31', defaultNationalType: '003001' });
    const bytes = Buffer.from(file.base64, 'base64');
    const files = sheetNamed(readXlsxWithPython(bytes), '附件').rows.map((r) => r.filter((c) => c !== null));
    expect(files).toContainEqual([sessionId, '现场照片.jpg', 'image/jpeg', 40]);
    // Only the trainer's file: the sign-in photo is no attachment of the session.
    expect(files.slice(2)).toHaveLength(1);
  });
});

