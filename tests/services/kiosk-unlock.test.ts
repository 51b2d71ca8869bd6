import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import type { Core } from '../../main/app/core';
import type { ScanAnswer } from '../../shared/contract/attendance-types';
import { setUp, call } from '../support/callers';
import { withCheckDigit } from '../support/roster';
import { testCore } from '../support/temp';


const kiosk: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal' };

async function station() {
  const { core, clock } = testCore({ at: '2026-03-02T00:00:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const trainer = await call(core, admin, 'accounts.create', { username: 'li.guoqiang', displayName: '李国强', role: 'trainer', password: 'trainer-pass-1' });
  const signed = await call(core, { role: 'anonymous', via: 'internal' }, 'auth.signIn', { username: 'li.guoqiang', password: 'trainer-pass-1' });
  const trainerCaller = core.accounts.resolve(signed.token!, 'internal')!.caller;
  await call(core, trainerCaller, 'auth.setPin', { currentPassword: 'trainer-pass-1', pin: '2468' });
  const [session] = await call(core, admin, 'sessions.create', {
    stationId,
    fields: { title: '入场三级教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T11:00' },
  });
  return { core, clock, admin, trainerId: trainer.id, trainerCaller, stationId, sessionId: session!.id };
}

describe('trainer accounts and kiosk PINs', () => {
  it('let an admin create trainers who sign in with a password and set their own PIN', async () => {
    const { core, admin, trainerCaller } = await station();
    expect(trainerCaller.role).toBe('trainer');
    const list = await call(core, admin, 'accounts.list', {});
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'li.guoqiang', hasPin: true })]));
    expect(await dispatch(core, trainerCaller, 'accounts.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const hash = core.db.prepare("SELECT pin_hash FROM accounts WHERE username = 'li.guoqiang'").pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('2468');
  });

  it('unlock a kiosk with the right PIN, and lock the PIN after five wrong until it is set again', async () => {
    const { core, clock, trainerId, trainerCaller } = await station();
    expect(await call(core, kiosk, 'kiosk.trainers', {})).toEqual([{ accountId: trainerId, displayName: '李国强' }]);
    const wrong = await dispatch(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '0000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    for (let i = 0; i < 4; i++) await dispatch(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '0000' });
    const locked = await dispatch(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '2468' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'rate_limited', details: { reason: 'pin_locked' } } });
    clock.advance(24 * 3600_000);
    expect(await dispatch(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    // The trainer sets the PIN again with their password: it opens.
    await call(core, trainerCaller, 'auth.setPin', { currentPassword: 'trainer-pass-1', pin: '2468' });
    const ok = await call(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '2468' });
    expect(ok.displayName).toBe('李国强');
  }, 20_000);

  it('keep the last admin and oneself from being disabled, and end sessions of a disabled account', async () => {
    const { core, admin, trainerId, trainerCaller } = await station();
    expect(await dispatch(core, admin, 'accounts.update', { accountId: admin.accountId!, disabled: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(core.db.prepare('SELECT count(*) FROM auth_sessions WHERE account_id = ?').pluck().get(trainerId)).toBe(1);
    await call(core, admin, 'accounts.update', { accountId: trainerId, disabled: true });
    expect(core.db.prepare('SELECT count(*) FROM auth_sessions WHERE account_id = ?').pluck().get(trainerId)).toBe(0);
    expect(trainerCaller.accountId).toBe(trainerId);
    const again = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'auth.signIn', { username: 'li.guoqiang', password: 'trainer-pass-1' });
    expect(again).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('registering a newcomer at the kiosk', () => {
  it('needs an unlock, then registers the person and signs them in as the trainer’s act', async () => {
    const { core, clock, trainerId, sessionId } = await station();
    const idNumber = withCheckDigit('44070319900307123');
    const input = { sessionId, name: '新来的', idNumber, idempotencyKey: 'register-0001' };
    const refused = await dispatch(core, kiosk, 'kiosk.register', { ...input, unlockToken: 'A'.repeat(32) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { unlockToken } = await call(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '2468' });
    const answer = await call(core, kiosk, 'kiosk.register', { ...input, unlockToken });
    expect(answer).toMatchObject({ outcome: 'signed_in', worker: { name: '新来的' } });
    const event = core.db.prepare('SELECT method, account_id, device_id FROM attendance_events').get();
    expect(event).toEqual({ method: 'manual', account_id: trainerId, device_id: 'door-1' });
    // The same person again a minute later (already on the roster): not registered twice.
    clock.advance(60_000);
    const twice = await call(core, kiosk, 'kiosk.register', { ...input, idempotencyKey: 'register-0002', unlockToken });
    expect(twice.outcome).toBe('already_signed_in');
    expect(core.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(1);
  });

  it('refuses an invalid ID number with the field named', async () => {
    const { core, trainerId, sessionId } = await station();
    const { unlockToken } = await call(core, kiosk, 'kiosk.unlock', { accountId: trainerId, pin: '2468' });
    const r = await dispatch(core, kiosk, 'kiosk.register', { unlockToken, sessionId, name: '张三', idNumber: '440703199003071230', idempotencyKey: 'register-0003' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(0);
  });
});
