import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { handlers } from '../../main/app/handlers';
import { channels } from '../../shared/contract/channels';
import { ERROR_CODES } from '../../shared/contract/result';
import { anonymous, kiosk, setUp } from '../support/callers';
import { ADMIN_PASSWORD, testCore } from '../support/temp';

describe('the handler table', () => {
  it('has exactly one handler per channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channels).sort());
  });
});

describe('dispatch', () => {
  it('answers an unknown channel with a code, including prototype names', async () => {
    const { core } = testCore();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', '']) {
      const r = await dispatch(core, anonymous, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('names the fields that fail the schema', async () => {
    const { core } = testCore();
    const r = await dispatch(core, anonymous, 'setup.init', { stationName: '   ', adminPassword: 'short', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    const paths = r.error.details?.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['stationName', 'adminPassword']));
    expect(core.stations.count()).toBe(0);
  });

  it.each([null, 42, 'text', [], { stationName: { $gt: '' } }])('answers non-object input %j with invalid_input', async (input) => {
    const { core } = testCore();
    const r = await dispatch(core, anonymous, 'setup.init', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('asks anonymous callers to sign in and refuses roles below the channel', async () => {
    const { core } = testCore();
    await setUp(core);
    expect(await dispatch(core, anonymous, 'station.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await dispatch(core, kiosk, 'station.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(core, kiosk, 'settings.update', { uiLanguage: 'en' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('runs first-run setup once, signs the admin in, and refuses a second setup', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core, '滨江新城提升站');
    expect(admin.role).toBe('admin');
    const info = await dispatch(core, anonymous, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { needsSetup: false, stationName: '滨江新城提升站' } });
    const again = await dispatch(core, anonymous, 'setup.init', { stationName: 'x', adminPassword: 'another-password' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(core.stations.count()).toBe(1);
    expect(core.accounts.count()).toBe(1);
  });

  it('signs in with the right password only and locks after repeated failures', async () => {
    const { core, clock } = testCore();
    await setUp(core);
    const wrong = await dispatch(core, anonymous, 'auth.signIn', { password: 'nope-nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    for (let i = 0; i < 4; i++) await dispatch(core, anonymous, 'auth.signIn', { password: 'nope-nope' });
    const locked = await dispatch(core, anonymous, 'auth.signIn', { password: ADMIN_PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    clock.advance(6 * 60_000);
    const right = await dispatch(core, anonymous, 'auth.signIn', { password: ADMIN_PASSWORD });
    expect(right.ok).toBe(true);
  });

  it('ends a session on sign-out and on expiry', async () => {
    const { core, clock } = testCore();
    const { admin, token } = await setUp(core);
    expect(core.accounts.resolve(token, 'http')).toBeDefined();
    clock.advance(13 * 3600_000);
    expect(core.accounts.resolve(token, 'http')).toBeUndefined();
    const again = await dispatch(core, anonymous, 'auth.signIn', { password: ADMIN_PASSWORD });
    if (!again.ok) throw new Error('sign-in failed');
    const t2 = (again.value as { token: string }).token;
    const caller = core.accounts.resolve(t2, 'http')!.caller;
    expect(await dispatch(core, caller, 'auth.signOut', {})).toMatchObject({ ok: true, value: { signedOut: true } });
    expect(core.accounts.resolve(t2, 'http')).toBeUndefined();
    expect(admin.sessionId).toBeDefined();
  });

  it('stores the password as scrypt, never as text', async () => {
    const { core } = testCore();
    await setUp(core);
    const hash = core.db.prepare('SELECT password_hash FROM accounts').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain(ADMIN_PASSWORD);
  });

  it('updates settings and tells the screens', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const seen: unknown[] = [];
    core.events.subscribe((e) => seen.push(e));
    const r = await dispatch(core, admin, 'settings.update', { uiLanguage: 'ug' });
    expect(r).toMatchObject({ ok: true, value: { uiLanguage: 'ug' } });
    expect(seen).toEqual([{ type: 'settings.changed', keys: ['uiLanguage'] }]);
    await dispatch(core, admin, 'settings.update', { uiLanguage: 'ug' });
    expect(seen).toHaveLength(1);
  });

  it('answers an unexpected failure with internal, logs it without personal data, and keeps serving', async () => {
    const { core, dataDir } = testCore();
    const { admin } = await setUp(core);
    const spy = vi.spyOn(core.stations, 'list').mockImplementation(() => {
      throw new Error('row for 11010519491231002X phone 13812345678 broke');
    });
    const r = await dispatch(core, admin, 'station.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (r.ok) return;
    expect(JSON.stringify(r.error)).not.toContain('11010519491231002X');
    spy.mockRestore();
    expect((await dispatch(core, admin, 'station.list', {})).ok).toBe(true);
    const log = readFileSync(join(dataDir, 'logs', 'station.log'), 'utf8');
    expect(log).toContain('dispatch.internal');
    expect(log).toContain(String(r.error.details?.ref));
    expect(log).not.toMatch(/11010519491231002X|13812345678/);
  });

  it('only ever answers with documented error codes', async () => {
    const { core } = testCore();
    const inputs = [undefined, null, {}, [], 'x', { username: 'a'.repeat(500), password: 'b' }];
    for (const name of Object.keys(channels)) {
      for (const input of inputs) {
        const r = await dispatch(core, anonymous, name, input);
        if (!r.ok) expect(ERROR_CODES).toContain(r.error.code);
      }
    }
  });
});
