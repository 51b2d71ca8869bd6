import { describe, expect, it } from 'vitest';
import { kioskTokenAfter, tokenAfter, tokenFor, tokenRefused } from '../../renderer/src/api/token';
import type { Result } from '../../shared/contract/result';

const unauth: Result<never> = { ok: false, error: { code: 'unauthenticated', message: 'no' } };
const network: Result<never> = { ok: false, error: { code: 'internal', message: 'down', details: { network: true } } };

describe('which token a call carries', () => {
  it("uses the signed-in person's session first, else the paired tablet's token", () => {
    expect(tokenFor('S', 'K')).toEqual({ token: 'S', kind: 'session' });
    expect(tokenFor(null, 'K')).toEqual({ token: 'K', kind: 'kiosk' });
    expect(tokenFor(null, null)).toBeNull();
  });
});

describe('the kiosk device token', () => {
  it('is taken from devices.pair and kept through other calls', () => {
    const paired: Result<unknown> = { ok: true, value: { token: 'K1', deviceId: 'd', stationId: 's' } };
    expect(kioskTokenAfter('devices.pair', paired, null, null)).toBe('K1');
    expect(kioskTokenAfter('kiosk.state', { ok: true, value: {} }, 'kiosk', 'K1')).toBe('K1');
    expect(kioskTokenAfter('kiosk.scan', network, 'kiosk', 'K1')).toBe('K1');
  });

  it('is dropped when a call made with it is refused (the device was revoked)', () => {
    expect(kioskTokenAfter('kiosk.state', unauth, 'kiosk', 'K1')).toBeNull();
  });

  it('is kept when a trainer types a wrong PIN at the kiosk (a refusal of the PIN, not of the tablet)', () => {
    const badPin: Result<never> = { ok: false, error: { code: 'unauthenticated', message: 'Wrong PIN', details: { reason: 'bad_pin' } } };
    expect(kioskTokenAfter('kiosk.unlock', badPin, 'kiosk', 'K1')).toBe('K1');
    expect(tokenAfter('kiosk.unlock', badPin, 'S1')).toBe('S1');
    expect(tokenRefused('kiosk.unlock', badPin)).toBe(false);
    expect(tokenRefused('kiosk.state', unauth)).toBe(true);
  });

  it("is not touched when an admin session's call is refused, nor is the admin's by the tablet's", () => {
    expect(kioskTokenAfter('auth.whoami', unauth, 'session', 'K1')).toBe('K1');
    // A refused tablet call carried no session token: the (absent) session token stays absent.
    expect(tokenAfter('kiosk.state', unauth, null)).toBeNull();
  });
});
