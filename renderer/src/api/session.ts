/**
 * The HTTP session token. sessionStorage, not a cookie (another site could ride a cookie) and not a URL
 * (URLs end up in logs and history); it also ends with the tab, which suits a shared site-office PC.
 */
const KEY = 'station.session';

// Used when storage is disabled, so signing in still works until the page reloads.
let memory: string | null = null;

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

export function writeToken(token: string | null): void {
  memory = token;
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Keep the in-memory copy only.
  }
}
