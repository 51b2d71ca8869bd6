import type { Result } from '../../../shared/contract/result';

/**
 * Whether a refusal says the token itself is no good (expired, revoked), as opposed to a wrong password
 * or a wrong kiosk PIN typed by a person, which leaves the token as it was.
 */
export function tokenRefused(name: string, result: Result<unknown>): boolean {
  if (result.ok || result.error.code !== 'unauthenticated') return false;
  if (name === 'auth.signIn' || name === 'kiosk.unlock') return false;
  const reason = result.error.details?.reason;
  return reason !== 'bad_pin' && reason !== 'bad_credentials';
}

/**
 * Which session token to hold after a call. Pure, so the rules are tested without a browser:
 * keep what sign-in and setup hand out, drop it on sign-out and whenever the host says we are not
 * signed in (expired, or ended by a password change elsewhere).
 */
export function tokenAfter(name: string, result: Result<unknown>, current: string | null): string | null {
  if (name === 'auth.signOut') return null;
  if (!result.ok) return tokenRefused(name, result) || name === 'auth.signIn' ? null : current;
  if (name === 'auth.signIn' || name === 'setup.init') {
    const value = result.value;
    if (typeof value === 'object' && value !== null && 'token' in value && typeof value.token === 'string') return value.token;
  }
  return current;
}

/** Which of the two tokens a call carries: a signed-in person's session wins over the tablet's device token. */
export type TokenKind = 'session' | 'kiosk';

export function tokenFor(session: string | null, kiosk: string | null): { token: string; kind: TokenKind } | null {
  if (session) return { token: session, kind: 'session' };
  if (kiosk) return { token: kiosk, kind: 'kiosk' };
  return null;
}

/**
 * Which kiosk device token to hold after a call: the one devices.pair hands out; dropped when a call
 * made with it is refused as unauthenticated (the device was revoked). A refused admin session never
 * touches the tablet's pairing.
 */
export function kioskTokenAfter(name: string, result: Result<unknown>, used: TokenKind | null, current: string | null): string | null {
  if (result.ok) {
    if (name !== 'devices.pair') return current;
    const value = result.value;
    if (typeof value === 'object' && value !== null && 'token' in value && typeof value.token === 'string') return value.token;
    return current;
  }
  if (used === 'kiosk' && tokenRefused(name, result)) return null;
  return current;
}
