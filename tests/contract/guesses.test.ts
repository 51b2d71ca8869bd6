// Lockouts that parallel guessing cannot pass. Each secret is guessed 50 times at once,
// then the right one is tried: it must be refused, because the guesses were counted before scrypt.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import { HTTP } from '../../shared/contract/bridge';
import type { AccountSummary } from '../../shared/contract/types';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { ADMIN_PASSWORD, testCore } from '../support/temp';

async function station() {
  const { core, clock } = testCore();
  const { admin, token } = await setUp(core);
  const created = await dispatch(core, admin, 'accounts.create', { username: 'li.laoshi', displayName: '李老师', role: 'trainer', password: 'trainer-pass-1', pin: '2468' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const trainerId = (created.value as AccountSummary).id;
  return { core, clock, admin, token, trainerId };
}

const codes = (rs: { ok: boolean; error?: { code: string } }[]) => new Set(rs.map((r) => (r.ok ? 'ok' : r.error!.code)));

describe('50 wrong guesses at once, then the right one', () => {
  it('password sign-in: refused, and unlocked again after the lock runs out', async () => {
    const { core, clock } = await station();
    const guesses = await Promise.all(Array.from({ length: 50 }, (_, i) => dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: `guess-${i}-xx` })));
    expect(codes(guesses)).toEqual(new Set(['unauthenticated', 'rate_limited']));
    expect(guesses.filter((g) => !g.ok && g.error.code === 'unauthenticated')).toHaveLength(5);
    expect(await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: 'trainer-pass-1' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    clock.advance(5 * 60_000 + 1000);
    expect(await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: 'trainer-pass-1' })).toMatchObject({ ok: true });
  }, 60_000);

  it('a second lock lasts twice as long', async () => {
    const { core, clock } = await station();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5; i++) await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: `guess-${round}-${i}` });
      clock.advance(5 * 60_000 + 1000);
    }
    expect(await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: 'trainer-pass-1' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    clock.advance(5 * 60_000);
    expect(await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: 'trainer-pass-1' })).toMatchObject({ ok: true });
  }, 60_000);

  it('kiosk PIN: refused, per PIN and per device, until the PIN is set again', async () => {
    const { core, admin, trainerId } = await station();
    const tablet: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal' };
    const guesses = await Promise.all(Array.from({ length: 50 }, (_, i) => dispatch(core, tablet, 'kiosk.unlock', { accountId: trainerId, pin: String(1000 + i) })));
    expect(guesses.filter((g) => !g.ok && g.error.code === 'unauthenticated')).toHaveLength(5);
    expect(await dispatch(core, tablet, 'kiosk.unlock', { accountId: trainerId, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    await dispatch(core, admin, 'accounts.update', { accountId: trainerId, newPin: '97531' });
    expect(await dispatch(core, tablet, 'kiosk.unlock', { accountId: trainerId, pin: '97531' })).toMatchObject({ ok: true });
  }, 60_000);

  it('one device guessing across accounts is stopped at the device', async () => {
    const { core, admin } = await station();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await dispatch(core, admin, 'accounts.create', { username: `t${i}.trainer`, displayName: `教员${i}`, role: 'trainer', password: 'trainer-pass-1', pin: '2468' });
      ids.push((r as { value: AccountSummary }).value.id);
    }
    const tablet: Caller = { role: 'kiosk', deviceId: 'door-9', via: 'internal' };
    // Four wrong on each of three PINs: no PIN is locked, but the device has had twelve.
    for (const id of ids) for (let i = 0; i < 4; i++) await dispatch(core, tablet, 'kiosk.unlock', { accountId: id, pin: String(5000 + i) });
    expect(await dispatch(core, tablet, 'kiosk.unlock', { accountId: ids[0], pin: '2468' })).toMatchObject({ ok: false, error: { code: 'rate_limited', details: { reason: 'locked' } } });
    const other: Caller = { role: 'kiosk', deviceId: 'door-2', via: 'internal' };
    expect(await dispatch(core, other, 'kiosk.unlock', { accountId: ids[0], pin: '2468' })).toMatchObject({ ok: true });
  }, 60_000);

  it('the idle lock’s password and a password change count as password guesses', async () => {
    const { core, admin } = await station();
    const unlocks = await Promise.all(Array.from({ length: 50 }, (_, i) => dispatch(core, admin, 'auth.unlock', { password: `guess-${i}-xx` })));
    expect(unlocks.filter((g) => !g.ok && g.error.code === 'invalid_input')).toHaveLength(5);
    expect(await dispatch(core, admin, 'auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    const changes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => dispatch(core, admin, 'auth.changePassword', { currentPassword: `guess-${i}-xx`, newPassword: 'a-new-password-1' })),
    );
    expect(changes.every((g) => !g.ok && g.error.code === 'rate_limited')).toBe(true);
    expect(await dispatch(core, admin, 'auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: 'a-new-password-1' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  }, 60_000);

  it('a password change alone: 50 wrong current passwords at once, then the right one is refused', async () => {
    const { core, admin } = await station();
    const changes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => dispatch(core, admin, 'auth.changePassword', { currentPassword: `guess-${i}-xx`, newPassword: 'a-new-password-1' })),
    );
    expect(changes.filter((g) => !g.ok && g.error.code === 'invalid_input')).toHaveLength(5);
    expect(await dispatch(core, admin, 'auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: 'a-new-password-1' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  }, 60_000);
});

describe('lockouts do not tell which user names exist', () => {
  it('answers an unknown name exactly as a known one, lock included', async () => {
    const { core } = await station();
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await dispatch(core, anonymous, 'auth.signIn', { username, password: `guess-${i}-xx` });
        out.push(r.ok ? 'ok' : `${r.error.code}:${r.error.message}`);
      }
      return out;
    };
    expect(await answers('nobody.here')).toEqual(await answers('li.laoshi'));
  }, 60_000);
});

describe('per address on the LAN host', () => {
  it('twenty wrong passwords from one address lock that address, whatever the names', async () => {
    const { core } = await station();
    const { rpc } = await startHost(core);
    for (let i = 0; i < 20; i++) await rpc('auth.signIn', { username: `name-${i}`, password: 'wrong-password' });
    const r = await rpc('auth.signIn', { username: 'admin', password: ADMIN_PASSWORD });
    expect(r.body).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(HTTP.sessionHeader).toBeTruthy();
  }, 60_000);
});
