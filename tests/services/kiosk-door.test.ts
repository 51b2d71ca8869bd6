// The kiosk's defects at the door (last digits with X, sign-in after sign-out, tablet clocks, late queues,
// station confinement, revoked streams, the worker's language), each through the handler table on a real SQLite file.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { verifyChain } from '../../main/services/attendance';
import type { Caller } from '../../shared/contract/access';
import type { Core } from '../../main/app/core';
import type { LiveView, ScanAnswer } from '../../shared/contract/attendance-types';
import type { TrainingSession } from '../../shared/contract/records';
import { classifyScan } from '../../shared/domain/scan-codes';
import { digitsReady } from '../../renderer/src/kiosk/scanner';
import { setUp, call } from '../support/callers';
import { addWorkers, withCheckDigit } from '../support/roster';
import { testCore } from '../support/temp';


let keyN = 0;
const key = () => `door-key-${++keyN}-${Date.now()}`;

/** A first 17 digits whose check character is X (about one number in eleven). */
function idEndingInX(): string {
  for (let n = 100; n < 999; n++) {
    const id = withCheckDigit(`44070319850612${n}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check digit found');
}

/** A station with a session 08:00-09:30 station time on 2026-03-02 (00:00-01:30 UTC), clock at 07:55. */
async function door(fields: Record<string, unknown> = {}) {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四', language: 'ug' }, { name: '王五', status: 'left' }, { name: '赵六' }]);
  const [session] = await call(core, admin, 'sessions.create', {
    stationId,
    fields: { title: '高处作业安全', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30', ...fields },
  });
  const sessionId = session!.id;
  const kiosk: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal', stationId };
  const scan = (code: string, extra: Record<string, unknown> = {}, caller: Caller = kiosk) =>
    call(core, caller, 'kiosk.scan', { sessionId, code, method: 'badge', idempotencyKey: key(), ...extra });
  const row = async (workerId: string) => (await call(core, admin, 'attendance.live', { sessionId })).rows.find((r) => r.workerId === workerId);
  const close = (endedAt?: 'now' | 'scheduled') => call(core, admin, 'sessions.setState', { sessionId, state: 'closed', ...(endedAt ? { endedAt } : {}) });
  return { core, clock, admin, kiosk, stationId, people, sessionId, scan, row, close };
}

const iso = (d: Date) => d.toISOString();

describe('1. last digits ending in X', () => {
  it('is one rule for the keypad and the server, and 4 characters with the X find the worker', async () => {
    expect(classifyScan('850X')).toEqual({ kind: 'digits', value: '850X' });
    for (const typed of ['850X', '1234', '12345678', '1234567X']) expect([digitsReady(typed), classifyScan(typed).kind]).toEqual([true, 'digits']);
    for (const typed of ['85X', '123', '123456789']) expect(digitsReady(typed) && classifyScan(typed).kind === 'digits').toBe(false);

    const { core, people, scan } = await door();
    const x = idEndingInX();
    core.db.prepare('UPDATE workers SET id_number = ?, id_rev = ? WHERE id = ?').run(x, [...x].reverse().join(''), people[0]!.id);
    const a = await scan(x.slice(-4), { method: 'id_digits' });
    expect(a).toMatchObject({ outcome: 'signed_in', worker: { name: '张三' } });
  });
});

describe('2. signing in after a sign-out', () => {
  it('re-opens the stay, says so, and the hours count at close', async () => {
    const { core, clock, people, scan, row, close } = await door();
    await scan(people[0]!.badge);
    clock.set('2026-03-02T00:00:30.000Z');
    expect(await scan(people[0]!.badge, { mode: 'out' })).toMatchObject({ outcome: 'signed_out', time: '08:00' });
    clock.set('2026-03-02T00:01:00.000Z');
    const again = await scan(people[0]!.badge);
    expect(again).toMatchObject({ outcome: 'reopened', time: '08:01', reopenedFrom: '08:00', repeat: false });
    expect(await row(people[0]!.id)).toMatchObject({ signedInAt: '2026-03-01T23:55:00.000Z', signedOutAt: null });
    clock.set('2026-03-02T01:31:00.000Z');
    await close();
    expect((await row(people[0]!.id))!.creditedHours).toBe(2);
    expect(verifyChain(core.db).ok).toBe(true);
  });
});

describe('3. queued scans with an impossible time', () => {
  it('stores a reset tablet clock at arrival, late and flagged, and lists it for the trainer', async () => {
    const { clock, people, scan, row } = await door();
    clock.set('2026-03-02T00:20:00.000Z'); // 08:20, late
    const now = iso(clock.now());
    const a = await scan(people[0]!.badge, { queued: { clientAt: '2019-01-01T00:00:00.000Z', clientNow: now } });
    expect(a).toMatchObject({ outcome: 'late', time: '08:20', flagged: true });
    expect(await row(people[0]!.id)).toMatchObject({ signedInAt: now, late: true, flag: 'clock_implausible' });
  });

  it('places scans from a tablet 10 minutes fast and one 3 hours slow at their true time', async () => {
    const { clock, people, scan, row } = await door();
    clock.set('2026-03-02T00:30:00.000Z'); // 08:30: both tablets send now what they took at 07:58
    const fast = 10 * 60_000;
    const slow = -3 * 3600_000;
    const taken = Date.parse('2026-03-01T23:58:00.000Z');
    const sent = clock.now().getTime();
    await scan(people[0]!.badge, { queued: { clientAt: iso(new Date(taken + fast)), clientNow: iso(new Date(sent + fast)) } });
    await scan(people[3]!.badge, { queued: { clientAt: iso(new Date(taken + slow)), clientNow: iso(new Date(sent + slow)) } });
    for (const w of [people[0]!, people[3]!]) expect(await row(w.id)).toMatchObject({ signedInAt: '2026-03-01T23:58:00.000Z', late: false, flag: null });
  });
});

describe('4. queued scans delivered after the session closed', () => {
  it('are recorded at their time, credited again and audited as late from a tablet queue', async () => {
    const { core, clock, admin, people, sessionId, scan, row, close } = await door();
    await call(core, admin, 'sessions.setState', { sessionId, state: 'open' });
    clock.set('2026-03-02T01:35:00.000Z');
    await close();
    clock.set('2026-03-02T02:10:00.000Z');
    const sentAt = iso(clock.now());
    const a = await scan(people[0]!.badge, { queued: { clientAt: '2026-03-02T00:02:00.000Z', clientNow: sentAt } });
    expect(a).toMatchObject({ outcome: 'signed_in', time: '08:02', flagged: true });
    expect(await row(people[0]!.id)).toMatchObject({ creditedHours: 2, flag: 'queued_after_close' });
    const audit = core.db.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'attendance'").all() as { action: string; after_json: string }[];
    expect(audit.map((r) => r.action)).toEqual(['queued_sign_in']);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ creditedHours: 2, flag: 'queued_after_close' });
    // A queued scan from after the close is refused for good: waiting cannot change it.
    const after = await scan(people[3]!.badge, { queued: { clientAt: '2026-03-02T02:00:00.000Z', clientNow: sentAt } });
    expect(after.outcome).toBe('session_not_open');
    expect(verifyChain(core.db).ok).toBe(true);
  });

  it('a queued real sign-out replaces the sign-out the close made at the end', async () => {
    const { core, clock, admin, people, sessionId, scan, row, close } = await door();
    await call(core, admin, 'station.updateSettings', { stationId: core.stations.first()!.id, signOutRequired: true });
    await scan(people[0]!.badge);
    clock.set('2026-03-02T01:40:00.000Z');
    await close();
    expect(await row(people[0]!.id)).toMatchObject({ signOutAuto: true, creditedHours: 2 });
    const a = await scan(people[0]!.badge, { mode: 'out', queued: { clientAt: '2026-03-02T00:30:00.000Z', clientNow: iso(clock.now()) } });
    expect(a).toMatchObject({ outcome: 'signed_out', time: '08:30' });
    expect(await row(people[0]!.id)).toMatchObject({ signOutAuto: false, signedOutAt: '2026-03-02T00:30:00.000Z', creditedHours: 0.6 });
    expect(sessionId).toBeTruthy();
    expect(verifyChain(core.db).ok).toBe(true);
  });
});

describe('5. station confinement', () => {
  it('refuses another station’s worker and does not read back another station’s scan key', async () => {
    const { core, admin, scan, people } = await door();
    const other = await call(core, admin, 'station.create', { name: '鹤山基地提升站', state: 'built' });
    const [stranger] = addWorkers(core, other.id, [{ name: '外站工人' }]);
    const theirs = await scan('', { code: undefined, workerId: stranger!.id });
    expect(theirs.outcome).toBe('unknown_code');
    expect(core.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);

    await scan(people[0]!.badge, { idempotencyKey: 'station-one-key-1' });
    const [otherSession] = await call(core, admin, 'sessions.create', {
      stationId: other.id, fields: { title: '外站', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
    });
    const tablet2: Caller = { role: 'kiosk', deviceId: 'door-2', via: 'internal', stationId: other.id };
    const probe = await dispatch(core, tablet2, 'kiosk.scan', { sessionId: otherSession!.id, code: stranger!.badge, method: 'badge', idempotencyKey: 'station-one-key-1' });
    expect(probe).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(probe)).not.toContain('张三');
  });
});

describe('7 and 9. the worker’s own language and the notice in it', () => {
  const notice = { ackText: '进入作业区必须佩戴安全帽。', ackTextUg: 'خىزمەت رايونىغا كىرگەندە قالپاق كىيىش شەرت.' };

  it('answers in the language chosen at the kiosk, with the notice in it or the Chinese one marked as such', async () => {
    const { people, scan } = await door(notice);
    const ug = await scan(people[0]!.badge, { language: 'ug' });
    expect(ug).toMatchObject({ outcome: 'ack_required', worker: { name: '张三', language: 'ug' }, ackText: notice.ackTextUg, ackLanguage: 'ug' });
    const en = await scan(people[0]!.badge, { language: 'en' });
    expect(en).toMatchObject({ worker: { language: 'en' }, ackText: notice.ackText, ackLanguage: 'zh-CN' });
    // No choice: the stored language (李四 reads Uyghur).
    expect(await scan(people[1]!.badge)).toMatchObject({ worker: { language: 'ug' }, ackLanguage: 'ug' });
    expect(await scan(people[0]!.badge, { language: 'ug', ack: true })).toMatchObject({ outcome: 'signed_in', worker: { language: 'ug' } });
  });

  it('a worker who left hears it in the language they chose', async () => {
    const { people, scan } = await door();
    expect(await scan(people[2]!.badge, { language: 'ug' })).toMatchObject({ outcome: 'worker_left', worker: { language: 'ug' } });
  });

  it('a newcomer registered by a trainer acknowledges the notice too, in their language', async () => {
    const { core, admin, sessionId, kiosk } = await door(notice);
    const trainer = await call(core, admin, 'accounts.create', { username: 'li.trainer', displayName: '李教员', role: 'trainer', password: 'trainer-pass-1', pin: '2468' });
    const { unlockToken } = await call(core, kiosk, 'kiosk.unlock', { accountId: trainer.id, pin: '2468' });
    const input = { unlockToken, sessionId, name: '艾力', idNumber: withCheckDigit('65010219900307123'), language: 'ug' as const };
    const first = await call(core, kiosk, 'kiosk.register', { ...input, idempotencyKey: 'register-a1' });
    expect(first).toMatchObject({ outcome: 'ack_required', ackText: notice.ackTextUg, ackLanguage: 'ug' });
    const second = await call(core, kiosk, 'kiosk.register', { ...input, ack: true, idempotencyKey: 'register-a2' });
    expect(second).toMatchObject({ outcome: 'signed_in', worker: { name: '艾力', language: 'ug' } });
    expect(core.db.prepare('SELECT ack_at IS NOT NULL FROM attendance').pluck().get()).toBe(1);
  });
});

describe('10. what an ID card that finds nobody says', () => {
  it('tells a valid card of nobody on the roster from a misread number', async () => {
    const { scan } = await door();
    const stranger = withCheckDigit('44070319880512345');
    expect((await scan(stranger, { method: 'id_card' })).outcome).toBe('id_not_on_roster');
    const misread = stranger.slice(0, 17) + (stranger.endsWith('0') ? '1' : '0');
    expect((await scan(misread, { method: 'id_card' })).outcome).toBe('misread');
  });
});

describe('13. 补签 takes the arrival time', () => {
  it('defaults to the session start, takes an arrival and a leaving time, and refuses impossible ones', async () => {
    const { core, clock, admin, people, sessionId, row, close } = await door();
    await call(core, admin, 'sessions.setState', { sessionId, state: 'open' });
    clock.set('2026-03-02T00:40:00.000Z'); // 08:40, the trainer notices who forgot the badge
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'add', reason: '忘带工牌，开始时在场' });
    expect(await row(people[0]!.id)).toMatchObject({ signedInAt: '2026-03-02T00:00:00.000Z', late: false });
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[3]!.id, action: 'add', reason: '迟到，忘带工牌', at: '2026-03-02T08:20', leftAt: '2026-03-02T08:35' });
    expect(await row(people[3]!.id)).toMatchObject({ signedInAt: '2026-03-02T00:20:00.000Z', signedOutAt: '2026-03-02T00:35:00.000Z', late: true });
    const future = await dispatch(core, admin, 'attendance.correct', { sessionId, workerId: people[1]!.id, action: 'add', reason: '补签', at: '2026-03-02T09:00' });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'at' }] } } });
    clock.set('2026-03-02T01:31:00.000Z');
    await close();
    expect((await row(people[0]!.id))!.creditedHours).toBe(2);
    expect((await row(people[3]!.id))!.creditedHours).toBe(0.3);
    expect(verifyChain(core.db).ok).toBe(true);
  });
});

describe('14. closing a session early', () => {
  it('ended now: the end moves to now and hours are credited to it; scheduled: nothing moves', async () => {
    const { core, clock, admin, people, sessionId, scan, row, close } = await door();
    await scan(people[0]!.badge);
    clock.set('2026-03-02T00:45:00.000Z'); // 08:45 of 08:00-09:30
    const s = await close('now');
    expect(s).toMatchObject({ endsAt: '2026-03-02T08:45', state: 'closed', classHours: 1 });
    expect((await row(people[0]!.id))!.creditedHours).toBe(1);
    const audit = core.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'state_closed'").get() as { before_json: string; after_json: string };
    expect([JSON.parse(audit.before_json).endsAt, JSON.parse(audit.after_json).endsAt]).toEqual(['2026-03-02T09:30', '2026-03-02T08:45']);
    const other = await door();
    await other.scan(other.people[0]!.badge);
    other.clock.set('2026-03-02T00:45:00.000Z');
    expect(await other.close('scheduled')).toMatchObject({ endsAt: '2026-03-02T09:30' });
    expect((await other.row(other.people[0]!.id))!.creditedHours).toBe(2);
    expect(admin).toBeTruthy();
    expect(sessionId).toBeTruthy();
  });
});

describe('bad input at the door', () => {
  it('one worker on two tablets in the same second is one sign-in', async () => {
    const { core, people, scan, stationId } = await door();
    const tablet2: Caller = { role: 'kiosk', deviceId: 'door-2', via: 'internal', stationId };
    const [a, b] = await Promise.all([scan(people[0]!.badge), scan(people[0]!.badge, {}, tablet2)]);
    expect([a.outcome, b.outcome]).toEqual(['signed_in', 'signed_in']);
    expect(b.repeat).toBe(true);
    expect(core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(1);
  });

  it('the same queued batch sent by two tablets at once is recorded once', async () => {
    const { core, clock, people, sessionId, stationId, kiosk } = await door();
    clock.set('2026-03-02T00:10:00.000Z');
    const clientNow = iso(clock.now());
    const batch = people.filter((_, i) => i !== 2).map((p, i) => ({
      sessionId, code: p.badge, method: 'badge', idempotencyKey: `batch-key-${i}-0001`, queued: { clientAt: `2026-03-01T23:5${i}:00.000Z`, clientNow },
    }));
    const tablet2: Caller = { role: 'kiosk', deviceId: 'door-2', via: 'internal', stationId };
    const answers = await Promise.all([...batch.map((b) => dispatch(core, kiosk, 'kiosk.scan', b)), ...batch.map((b) => dispatch(core, tablet2, 'kiosk.scan', b))]);
    expect(answers.every((r) => r.ok)).toBe(true);
    expect(core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(3);
    expect(core.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(3);
  });

  it('a scan after the trainer closed the session is refused; one queued before the close is not lost', async () => {
    const { clock, people, scan, close, row } = await door();
    await scan(people[0]!.badge);
    clock.set('2026-03-02T01:00:00.000Z');
    const takenAt = iso(clock.now());
    await close('now');
    expect((await scan(people[3]!.badge)).outcome).toBe('session_not_open');
    expect((await scan(people[3]!.badge, { queued: { clientAt: takenAt, clientNow: iso(clock.now()) } })).outcome).toBe('late');
    expect(await row(people[3]!.id)).toMatchObject({ flag: 'queued_after_close' });
  });
});
