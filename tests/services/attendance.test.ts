import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import type { Core } from '../../main/app/core';
import type { LiveView, ScanAnswer } from '../../shared/contract/attendance-types';
import { setUp, call } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';


let keyN = 0;
const key = () => `scan-key-${++keyN}-${Date.now()}`;

/** A station with a session 08:00-09:30 station time on 2026-03-02 (00:00-01:30 UTC), clock at 07:55. */
async function room(opts: { ackText?: string; settings?: Record<string, unknown> } = {}) {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  if (opts.settings) await call(core, admin, 'station.updateSettings', { stationId, ...opts.settings });
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四', language: 'ug' }, { name: '王五', status: 'left' }, { name: '赵六', team: '木工班' }]);
  const [session] = await call(core, admin, 'sessions.create', {
    stationId,
    fields: { title: '高处作业安全', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30', ackText: opts.ackText ?? null },
  });
  const scan = (code: string, extra: Record<string, unknown> = {}) =>
    call(core, admin, 'kiosk.scan', { sessionId: session!.id, code, method: 'badge', idempotencyKey: key(), ...extra });
  return { core, clock, admin, stationId, people, sessionId: session!.id, scan };
}

describe('kiosk sign-in', () => {
  it('signs a worker in by badge, with the PC time and their language, and opens a planned session', async () => {
    const { core, admin, people, sessionId, scan } = await room();
    const a = await scan(people[1]!.badge);
    expect(a).toMatchObject({ outcome: 'signed_in', time: '07:55', worker: { name: '李四', language: 'ug' }, presentCount: 1 });
    expect((await call(core, admin, 'sessions.get', { sessionId })).state).toBe('open');
  });

  it('treats a quick re-scan as the same sign-in and a later one as "already signed in", never a second record', async () => {
    const { core, clock, people, sessionId, scan } = await room();
    await scan(people[0]!.badge);
    clock.advance(3000);
    expect(await scan(people[0]!.badge)).toMatchObject({ outcome: 'signed_in', repeat: true, time: '07:55' });
    clock.advance(60_000);
    expect(await scan(people[0]!.badge)).toMatchObject({ outcome: 'already_signed_in', time: '07:55' });
    expect(core.db.prepare('SELECT count(*) FROM attendance WHERE session_id = ?').pluck().get(sessionId)).toBe(1);
    expect(core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(1);
  });

  it('answers the same idempotency key with the original answer (a retried request)', async () => {
    const { core, admin, people, sessionId } = await room();
    const input = { sessionId, code: people[0]!.badge, method: 'badge' as const, idempotencyKey: 'retry-0000001' };
    const first = await call(core, admin, 'kiosk.scan', input);
    const again = await call(core, admin, 'kiosk.scan', input);
    expect(again).toMatchObject({ outcome: first.outcome, at: first.at, repeat: true });
    expect(core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(1);
  });

  it('marks late sign-ins after start plus grace', async () => {
    const { clock, people, scan } = await room();
    clock.set('2026-03-02T00:06:00.000Z');
    expect(await scan(people[0]!.badge)).toMatchObject({ outcome: 'late', time: '08:06' });
  });

  it('says what is wrong: unknown badge, a worker who left, a closed session, a replaced badge', async () => {
    const { core, admin, people, sessionId, scan } = await room();
    expect((await scan('NOPE-123')).outcome).toBe('unknown_code');
    expect((await scan(people[2]!.badge)).outcome).toBe('worker_left');
    core.db.prepare("UPDATE badges SET revoked_at = '2026-03-01T00:00:00Z' WHERE code = ?").run(people[3]!.badge);
    expect((await scan(people[3]!.badge)).outcome).toBe('badge_replaced');
    await call(core, admin, 'sessions.setState', { sessionId, state: 'open' });
    await call(core, admin, 'sessions.setState', { sessionId, state: 'closed' });
    expect((await scan(people[0]!.badge)).outcome).toBe('session_not_open');
  });

  it('refuses sign-ins before the window opens', async () => {
    const { clock, people, scan } = await room();
    clock.set('2026-03-01T23:00:00.000Z'); // 07:00, an hour before
    expect((await scan(people[0]!.badge)).outcome).toBe('session_not_open');
  });

  it('cleans scanner garbage: full-width IME input, control characters, lower case, double Enter', async () => {
    const { people, scan } = await room();
    const fullWidth = [...people[0]!.badge].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect((await scan(`\u0002${fullWidth}\r\n\r\n`)).outcome).toBe('signed_in');
    expect((await scan(people[1]!.badge.toLowerCase())).outcome).toBe('signed_in');
    expect((await scan('x'.repeat(500))).outcome).toBe('unknown_code');
    expect((await scan('\u0000\u0007')).outcome).toBe('unknown_code');
  });

  it('signs in by an ID number typed by a card reader, and by ID digits with candidates to pick from', async () => {
    const { core, admin, people, sessionId, scan } = await room();
    expect(await scan(people[0]!.idNumber, { method: 'id_card' })).toMatchObject({ outcome: 'signed_in', worker: { name: '张三' } });
    const tail = people[3]!.idNumber.slice(-4);
    expect(await scan(tail, { method: 'id_digits' })).toMatchObject({ outcome: 'signed_in', worker: { name: '赵六' } });
    // Two people share the digits: the kiosk lists them with masked names.
    core.db.prepare('UPDATE workers SET id_rev = ? WHERE id = ?').run([...people[3]!.idNumber].reverse().join('').slice(0, 4) + 'Z', people[1]!.id);
    const choose = await scan(tail, { method: 'id_digits' });
    expect(choose.outcome).toBe('choose');
    expect(choose.candidates.map((c) => c.maskedName).sort()).toEqual(['李*', '赵*']);
    const picked = await call(core, admin, 'kiosk.scan', { sessionId, workerId: people[1]!.id, method: 'id_digits', idempotencyKey: key() });
    expect(picked.outcome).toBe('signed_in');
  });

  it('asks for the acknowledgement before a sign-in counts', async () => {
    const { people, scan, core } = await room({ ackText: '今日作业区域有吊装作业，请佩戴安全帽。' });
    expect(await scan(people[0]!.badge)).toMatchObject({ outcome: 'ack_required', ackText: '今日作业区域有吊装作业，请佩戴安全帽。' });
    expect(core.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
    expect((await scan(people[0]!.badge, { ack: true })).outcome).toBe('signed_in');
    expect(core.db.prepare('SELECT ack_at FROM attendance').pluck().get()).toBeTruthy();
  });

  it('places a queued tablet scan at its own time, corrected for a tablet clock hours off', async () => {
    const { core, admin, clock, people, sessionId } = await room();
    clock.set('2026-03-02T00:20:00.000Z'); // PC: 08:20
    // The tablet's clock is 3 hours behind; it scanned 10 minutes ago by its own clock.
    const tabletNow = new Date(Date.parse('2026-03-02T00:20:00.000Z') - 3 * 3600_000);
    const a = await call(core, admin, 'kiosk.scan', {
      sessionId,
      code: people[0]!.badge,
      method: 'badge',
      idempotencyKey: key(),
      queued: { clientAt: new Date(tabletNow.getTime() - 10 * 60_000).toISOString(), clientNow: tabletNow.toISOString() },
    });
    expect(a).toMatchObject({ outcome: 'late', time: '08:10' });
  });
});

describe('sign-out, corrections and credit', () => {
  it('credits full class hours when present long enough, in proportion otherwise, and closes forgotten sign-outs', async () => {
    const { core, admin, clock, people, sessionId, scan } = await room({ settings: { signOutRequired: true, minutesPerClassHour: 45 } });
    await scan(people[0]!.badge);
    clock.set('2026-03-02T00:10:00.000Z');
    await scan(people[1]!.badge);
    clock.set('2026-03-02T00:40:00.000Z'); // 08:40: 李四 leaves after 30 of 90 minutes
    expect((await scan(people[1]!.badge, { mode: 'out' })).outcome).toBe('signed_out');
    expect((await scan(people[3]!.badge, { mode: 'out' })).outcome).toBe('not_signed_in');
    clock.set('2026-03-02T01:35:00.000Z');
    await call(core, admin, 'sessions.setState', { sessionId, state: 'closed' });
    const live = await call(core, admin, 'attendance.live', { sessionId });
    const byName = Object.fromEntries(live.rows.map((r) => [r.name, r]));
    expect(byName['张三']).toMatchObject({ creditedHours: 2, signOutAuto: true });
    expect(byName['李四']).toMatchObject({ creditedHours: 0.6, signOutAuto: false, late: true });
  });

  it('records trainer corrections with who and why, and shows who of the audience is missing', async () => {
    const { core, admin, people, sessionId, scan } = await room();
    await scan(people[0]!.badge);
    const added = await call(core, admin, 'attendance.correct', { sessionId, workerId: people[3]!.id, action: 'add', reason: '忘带工牌' });
    expect(added).toMatchObject({ status: 'present', method: 'manual' });
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'void', reason: '扫错了人' });
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[1]!.id, action: 'excuse', reason: '病假' });
    const live = await call(core, admin, 'attendance.live', { sessionId });
    expect(live.counts).toMatchObject({ present: 1, excused: 1, expected: 3 });
    expect(live.missing.map((m) => m.name)).toEqual(['张三']);
    expect(live.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const events = core.db.prepare('SELECT kind, reason, account_id FROM attendance_events ORDER BY seq').all() as { kind: string; reason: string | null; account_id: string | null }[];
    expect(events.map((e) => e.kind)).toEqual(['sign_in', 'manual_add', 'void', 'excuse']);
    expect(events.slice(1).every((e) => e.reason && e.account_id === admin.accountId)).toBe(true);
    const noReason = await dispatch(core, admin, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'add', reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('tamper evidence', () => {
  it('verifies an untouched chain and names the first record edited behind the app’s back', async () => {
    const { core, admin, clock, people, scan } = await room();
    for (const p of [people[0]!, people[1]!, people[3]!]) {
      await scan(p.badge);
      clock.advance(30_000);
    }
    expect(await call(core, admin, 'attendance.verify', {})).toMatchObject({ ok: true, events: 3 });

    // Someone moves 李四's sign-in earlier with a SQLite tool: the row no longer matches its events.
    core.db.prepare("UPDATE attendance SET signed_in_at = '2026-03-01T23:50:00.000Z' WHERE worker_id = ?").run(people[1]!.id);
    const rowEdit = await call(core, admin, 'attendance.verify', {});
    expect(rowEdit).toMatchObject({ ok: false, firstBad: { seq: 2, problem: expect.stringContaining('differs') } });

    // And editing the event itself (triggers dropped first, as a tool would) breaks the hash.
    core.db.exec('DROP TRIGGER attendance_events_no_update');
    core.db.prepare("UPDATE attendance_events SET at = '2026-03-01T23:50:00.000Z' WHERE seq = 2").run();
    const eventEdit = await call(core, admin, 'attendance.verify', {});
    expect(eventEdit).toMatchObject({ ok: false, firstBad: { seq: 2, problem: expect.stringContaining('changed') } });
  });

  it('refuses to update or delete attendance events through SQL', async () => {
    const { core, people, scan } = await room();
    await scan(people[0]!.badge);
    expect(() => core.db.prepare('DELETE FROM attendance_events').run()).toThrow(/append-only/);
    expect(() => core.db.prepare("UPDATE attendance_events SET reason = 'x'").run()).toThrow(/append-only/);
  });
});
