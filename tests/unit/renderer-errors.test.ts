import { describe, expect, it } from 'vitest';
import { isNetworkFailure, networkFailure, resultFromHttp } from '../../renderer/src/api/errors';
import { tokenAfter } from '../../renderer/src/api/token';
import { errorMessage, fieldMessages } from '../../renderer/src/forms/errorText';

describe('resultFromHttp', () => {
  it("returns the body's own Result, success or failure", () => {
    expect(resultFromHttp(200, '{"ok":true,"value":{"a":1}}')).toEqual({ ok: true, value: { a: 1 } });
    const denied = resultFromHttp(401, '{"ok":false,"error":{"code":"unauthenticated","message":"Sign in first"}}');
    expect(denied).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sign in first' } });
  });

  it('maps the status when the body is not a Result (a proxy page, an empty body)', () => {
    const r = resultFromHttp(429, '<html>busy</html>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('rate_limited');
    const e = resultFromHttp(502, '');
    if (!e.ok) expect(e.error.code).toBe('internal');
  });

  it('refuses an error with a code outside the contract', () => {
    const r = resultFromHttp(400, '{"ok":false,"error":{"code":"teapot","message":"x"}}');
    if (!r.ok) expect(r.error.code).toBe('invalid_input');
  });
});

describe('networkFailure', () => {
  it('is an internal error marked as network, never a throw', () => {
    const r = networkFailure(new TypeError('Failed to fetch'));
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Could not reach the station: Failed to fetch', details: { network: true } },
    });
    if (!r.ok) expect(isNetworkFailure(r.error)).toBe(true);
  });
});

describe('tokenAfter', () => {
  const signedIn = { ok: true as const, value: { token: 'T2', account: {}, expiresAt: '' } };
  it('keeps the token from sign-in and setup', () => {
    expect(tokenAfter('auth.signIn', signedIn, null)).toBe('T2');
    expect(tokenAfter('setup.init', signedIn, 'T1')).toBe('T2');
  });
  it('ignores tokens from any other channel', () => {
    expect(tokenAfter('settings.get', signedIn, 'T1')).toBe('T1');
  });
  it('keeps the current token when sign-in returns none (desktop app)', () => {
    expect(tokenAfter('auth.signIn', { ok: true, value: { account: {} } }, 'T1')).toBe('T1');
  });
  it('drops it on sign-out, whatever the answer, and on unauthenticated', () => {
    expect(tokenAfter('auth.signOut', { ok: true, value: { signedOut: true } }, 'T1')).toBeNull();
    expect(tokenAfter('auth.signOut', networkFailure(new Error('x')), 'T1')).toBeNull();
    expect(tokenAfter('settings.get', { ok: false, error: { code: 'unauthenticated', message: '' } }, 'T1')).toBeNull();
  });
  it('keeps it on other errors', () => {
    expect(tokenAfter('settings.update', { ok: false, error: { code: 'forbidden', message: '' } }, 'T1')).toBe('T1');
    expect(tokenAfter('settings.get', networkFailure(new Error('x')), 'T1')).toBe('T1');
  });
});

describe('errorMessage', () => {
  const now = new Date('2025-03-01T08:00:00Z');
  it('translates by code', () => {
    expect(errorMessage({ code: 'forbidden', message: '' })).toEqual({ key: 'errors.forbidden' });
  });
  it('tells a wrong password apart from a missing session', () => {
    expect(errorMessage({ code: 'unauthenticated', message: '', details: { reason: 'bad_credentials' } })).toEqual({
      key: 'signin.badCredentials',
    });
    expect(errorMessage({ code: 'unauthenticated', message: '' })).toEqual({ key: 'errors.unauthenticated' });
  });
  it('says how many minutes a locked account waits, rounded up', () => {
    const until = new Date(now.getTime() + 4 * 60_000 + 1000).toISOString();
    expect(errorMessage({ code: 'rate_limited', message: '', details: { reason: 'locked', until } }, now)).toEqual({
      key: 'signin.lockedFor',
      vars: { minutes: 5 },
    });
    expect(errorMessage({ code: 'rate_limited', message: '' }, now)).toEqual({ key: 'errors.rate_limited' });
  });
  it('tells a roster search by too many numbers apart from a locked sign-in', () => {
    const until = new Date(now.getTime() + 30_000).toISOString();
    expect(errorMessage({ code: 'rate_limited', message: '', details: { reason: 'workers.search_probes', until } }, now)).toEqual({ key: 'workerList.searchProbes' });
  });
  it('says the station is unreachable on a network failure', () => {
    const r = networkFailure(new Error('down'));
    if (!r.ok) expect(errorMessage(r.error)).toEqual({ key: 'common.networkError' });
  });
});

describe('fieldMessages', () => {
  it('places contract paths on form fields and keeps the rest for the alert', () => {
    const { placed, unplaced } = fieldMessages(
      [
        { path: 'adminPassword', message: 'at least 8 characters' },
        { path: 'stationName', message: 'required' },
        { path: 'stationName', message: 'Too big: expected string to have <=100 characters' },
        { path: '', message: 'Unrecognized key: "extra"' },
      ],
      { adminPassword: 'adminPassword', stationName: 'stationName' },
    );
    expect(placed).toEqual([
      { name: 'adminPassword', key: 'field.passwordTooShort' },
      { name: 'stationName', key: 'field.required' },
      { name: 'stationName', key: 'field.invalid' },
    ]);
    expect(unplaced).toEqual([{ path: '', message: 'Unrecognized key: "extra"' }]);
  });
});
