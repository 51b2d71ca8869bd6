import type { Result } from '../../../shared/contract/result';

/**
 * Which session token to hold after a call. Pure, so the rules are tested without a browser:
 * keep what sign-in and setup hand out, drop it on sign-out and whenever the host says we are not
 * signed in (expired, or ended by a password change elsewhere).
 */
export function tokenAfter(name: string, result: Result<unknown>, current: string | null): string | null {
  if (name === 'auth.signOut') return null;
  if (!result.ok) return result.error.code === 'unauthenticated' ? null : current;
  if (name === 'auth.signIn' || name === 'setup.init') {
    const value = result.value;
    if (typeof value === 'object' && value !== null && 'token' in value && typeof value.token === 'string') return value.token;
  }
  return current;
}
