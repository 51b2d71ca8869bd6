import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import { HTTP } from '../../shared/contract/bridge';
import type { AccountListItem, AccountSummary, Settings } from '../../shared/contract/types';
import { anonymous, kiosk, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { ADMIN_PASSWORD, testCore } from '../support/temp';

async function station() {
  const { core, clock } = testCore();
  const { admin, token } = await setUp(core);
  return { core, clock, admin, token };
}

describe('auth.unlock: the idle lock asks the signed-in account’s own password', () => {
  it('accepts the password, marks a wrong one on its field, and keeps the session either way', async () => {
    const { core, token } = await station();
    const { rpc } = await startHost(core);
    const h = { [HTTP.sessionHeader]: token };
    const wrong = await rpc('auth.unlock', { password: 'not-the-password' }, h);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_input', details: { fields: [{ path: 'password', message: 'wrong' }] } });
    // A wrong password at the lock screen does not end the session (the client would drop its token).
    expect((await rpc('station.list', {}, h)).status).toBe(200);
    const right = await rpc('auth.unlock', { password: ADMIN_PASSWORD }, h);
    expect(right.body).toEqual({ ok: true, value: { unlocked: true } });
  });

  it('counts wrong passwords with sign-in: five lock the account for a while', async () => {
    const { core, admin, clock } = await station();
    for (let i = 0; i < 5; i++) await dispatch(core, admin, 'auth.unlock', { password: `wrong-${i}` });
    const locked = await dispatch(core, admin, 'auth.unlock', { password: ADMIN_PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'rate_limited', details: { reason: 'locked' } } });
    expect(await dispatch(core, anonymous, 'auth.signIn', { password: ADMIN_PASSWORD })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    clock.advance(5 * 60_000 + 1000);
    expect(await dispatch(core, admin, 'auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ ok: true });
  });

  it('is not for kiosks or the signed-out', async () => {
    const { core } = await station();
    expect(await dispatch(core, kiosk, 'auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(core, anonymous, 'auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

describe('accounts: a trainer with a PIN, reset by the admin', () => {
  it('creates a trainer with a kiosk PIN who can sign in; the admin resets and removes the PIN', async () => {
    const { core, admin } = await station();
    const created = await dispatch(core, admin, 'accounts.create', {
      username: 'li.laoshi',
      displayName: '李老师',
      role: 'trainer',
      password: 'trainer-pass-1',
      pin: '2468',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = (created.value as AccountSummary).id;
    const listed = async () => ((await dispatch(core, admin, 'accounts.list', {})) as { value: AccountListItem[] }).value.find((a) => a.id === id)!;
    expect(await listed()).toMatchObject({ role: 'trainer', hasPin: true, disabled: false });
    expect(await dispatch(core, anonymous, 'auth.signIn', { username: 'li.laoshi', password: 'trainer-pass-1' })).toMatchObject({ ok: true });
    await expect(core.accountAdmin.unlock(id, '2468', 'door-1')).resolves.toMatchObject({ displayName: '李老师' });

    expect(await dispatch(core, admin, 'accounts.update', { accountId: id, newPin: '13579' })).toMatchObject({ ok: true, value: { hasPin: true } });
    await expect(core.accountAdmin.unlock(id, '2468', 'door-1')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(core.accountAdmin.unlock(id, '13579', 'door-1')).resolves.toMatchObject({ displayName: '李老师' });

    expect(await dispatch(core, admin, 'accounts.update', { accountId: id, newPin: null })).toMatchObject({ ok: true, value: { hasPin: false } });
    await expect(core.accountAdmin.unlock(id, '13579', 'door-1')).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a PIN that is not 4 to 8 digits, and a trainer managing accounts', async () => {
    const { core, admin } = await station();
    const bad = await dispatch(core, admin, 'accounts.create', { username: 'zhao', displayName: '赵', role: 'trainer', password: 'trainer-pass-1', pin: '12a4' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'pin' }] } } });
    const trainer: Caller = { role: 'trainer', accountId: 'someone', via: 'internal' };
    expect(await dispatch(core, trainer, 'accounts.update', { accountId: admin.accountId!, newPin: '1234' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('settings: the idle lock’s wait', () => {
  it('defaults to 10 minutes, takes 1 to 240, and only an admin changes it', async () => {
    const { core, admin } = await station();
    expect(((await dispatch(core, admin, 'settings.get', {})) as { value: Settings }).value.idleLockMinutes).toBe(10);
    expect(await dispatch(core, admin, 'settings.update', { idleLockMinutes: 3 })).toMatchObject({ ok: true, value: { idleLockMinutes: 3 } });
    expect(await dispatch(core, admin, 'settings.update', { idleLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(core, admin, 'settings.update', { idleLockMinutes: 241 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const trainer: Caller = { role: 'trainer', accountId: 'someone', via: 'internal' };
    expect(await dispatch(core, trainer, 'settings.update', { idleLockMinutes: 60 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
