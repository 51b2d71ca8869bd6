/**
 * The HTTP session token. sessionStorage, not a cookie (another site could ride a cookie) and not a URL
 * (URLs end up in logs and history); it also ends with the tab, which suits a shared site-office PC.
 *
 * A paired kiosk tablet's device token is different: it must outlive reloads and restarts (the tablet
 * at the door is switched off at night), so it lives in localStorage, and is used only when no admin or
 * trainer session is open in this tab.
 */
const KEY = 'station.session';
const KIOSK_KEY = 'station.kioskDevice';

// Used when storage is disabled, so signing in still works until the page reloads.
let memory: string | null = null;
let kioskMemory: string | null = null;

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

export function readKioskToken(): string | null {
  try {
    return localStorage.getItem(KIOSK_KEY) ?? kioskMemory;
  } catch {
    return kioskMemory;
  }
}

export function writeKioskToken(token: string | null): void {
  kioskMemory = token;
  try {
    if (token) localStorage.setItem(KIOSK_KEY, token);
    else localStorage.removeItem(KIOSK_KEY);
  } catch {
    // Keep the in-memory copy only.
  }
}
