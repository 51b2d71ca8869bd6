// Corrections after a session is closed: its records already feed reports and subsidies, so only an
// admin may change them, always with a reason; the class hours are credited again at once, the
// chain still verifies, and the audit log keeps the row before and after.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import type { Core } from '../../main/app/core';
import type { LiveView, ScanAnswer } from '../../shared/contract/attendance-types';
import { setUp, call } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';


/** A session 08:00-09:30 station time on 2026-03-02, two workers signed in at 07:55, then closed at 09:35. */
async function closedSession() {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  await call(core, admin, 'accounts.create', { username: 'trainer1', displayName: '李国强', role: 'trainer', password: 'trainer-pass-1' });
  const signed = await call(core, { role: 'anonymous', via: 'internal' }, 'auth.signIn', { username: 'trainer1', password: 'trainer-pass-1' });
  const trainer = core.accounts.resolve(signed.token!, 'internal')!.caller;
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四' }, { name: '王五' }]);
  const [s] = await call(core, admin, 'sessions.create', {
    stationId, fields: { title: '高处作业安全', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  const sessionId = s!.id;
  let k = 0;
  for (const p of people.slice(0, 2)) await call(core, trainer, 'kiosk.scan', { sessionId, code: p.badge, method: 'badge', idempotencyKey: `closed-key-${++k}` });
  clock.set('2026-03-02T01:35:00.000Z');
  await call(core, trainer, 'sessions.setState', { sessionId, state: 'closed' });
  clock.set('2026-03-03T02:00:00.000Z'); // the next morning
  const row = async (name: string) => (await call(core, admin, 'attendance.live', { sessionId })).rows.find((r) => r.name === name);
  return { core, admin, trainer, people, sessionId, row };
}

describe('corrections on a closed session', () => {
  it('are refused to a trainer, and nothing is written', async () => {
    const { core, trainer, people, sessionId, row } = await closedSession();
    const events = core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get();
    const audits = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const r = await dispatch(core, trainer, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'void', reason: '代签' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'session_closed_admin_only' } } });
    expect(core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get()).toBe(events);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
    expect(await row('张三')).toMatchObject({ status: 'present', creditedHours: 2 });
  });

  it('need a reason even from an admin', async () => {
    const { core, admin, people, sessionId } = await closedSession();
    const r = await dispatch(core, admin, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'void', reason: ' ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('by an admin re-credit class hours at once, keep the chain verifying and leave before/after in the audit log', async () => {
    const { core, admin, people, sessionId, row } = await closedSession();
    // A sign-in that was someone else's badge: voided, its hours withdrawn.
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[0]!.id, action: 'void', reason: '代签，经核实本人未到' });
    expect(await row('张三')).toMatchObject({ status: 'voided', creditedHours: 0 });
    // Someone who was there but could not sign in: present from the start, full hours.
    await call(core, admin, 'attendance.correct', { sessionId, workerId: people[2]!.id, action: 'add', reason: '读卡器故障，班组长证明在场' });
    expect(await row('王五')).toMatchObject({ status: 'present', creditedHours: 2, late: false });
    // The untouched record keeps its hours.
    const credited = core.db.prepare('SELECT credited_hours FROM attendance WHERE session_id = ? AND worker_id = ?').pluck();
    expect(credited.get(sessionId, people[1]!.id)).toBe(2);
    expect(await call(core, admin, 'attendance.verify', {})).toMatchObject({ ok: true });
    const audit = core.db.prepare("SELECT account_id, action, before_json, after_json FROM audit_log WHERE entity = 'attendance' ORDER BY rowid").all() as {
      account_id: string; action: string; before_json: string | null; after_json: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['correct_void', 'correct_add']);
    expect(audit.every((a) => a.account_id === admin.accountId)).toBe(true);
    expect(JSON.parse(audit[0]!.before_json!)).toMatchObject({ status: 'present', creditedHours: 2, sessionState: 'closed' });
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ status: 'voided', creditedHours: 0, reason: '代签，经核实本人未到' });
    expect(audit[1]!.before_json).toBeNull();
    // The reports count what the corrected records say.
    const sheet = await call(core, admin, 'reports.signInSheet', { sessionId });
    expect(sheet.rows.filter((r) => (r.creditedHours ?? 0) > 0).map((r) => r.name).sort()).toEqual(['李四', '王五']);
  });

  it('by a trainer after the end but before closing count from the start, so closing credits the hours', async () => {
    const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const [forgot] = addWorkers(core, stationId, [{ name: '赵六' }]);
    const [s] = await call(core, admin, 'sessions.create', {
      stationId, fields: { title: '钢筋绑扎', category: 'skills', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
    });
    await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'open' });
    clock.set('2026-03-02T01:50:00.000Z'); // 09:50 station time: the session is over, not yet closed
    await call(core, admin, 'attendance.correct', { sessionId: s!.id, workerId: forgot!.id, action: 'add', reason: '忘带工牌，教员确认在场' });
    await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'closed' });
    const live = await call(core, admin, 'attendance.live', { sessionId: s!.id });
    expect(live.rows.find((r) => r.name === '赵六')).toMatchObject({ status: 'present', creditedHours: 2, late: false });
    expect(core.db.prepare('SELECT signed_in_at FROM attendance WHERE worker_id = ?').pluck().get(forgot!.id)).toBe('2026-03-02T00:00:00.000Z');
  });
});
