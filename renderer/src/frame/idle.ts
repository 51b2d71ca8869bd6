/**
 * The idle lock's clock: how long the admin screens wait for input, and whether this tab is locked.
 * Kept out of React so the rules are plain functions.
 */

/** What counts as someone at the keyboard. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

const LOCKED_KEY = 'station.idleLocked';
/**
 * Tests set this (in seconds) to see the lock without waiting minutes. It can only shorten the wait:
 * someone at the PC who sets it gains nothing over the station's setting.
 */
export const TEST_SECONDS_KEY = 'station.idleLockSeconds';

/** Milliseconds without input before the lock: the station's setting, or a shorter test override. */
export function idleTimeoutMs(settingMinutes: number, override: string | null): number {
  const fromSetting = Math.max(1, settingMinutes) * 60_000;
  const seconds = override === null ? NaN : Number(override);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(fromSetting, seconds * 1000) : fromSetting;
}

export function readOverride(): string | null {
  try {
    return localStorage.getItem(TEST_SECONDS_KEY);
  } catch {
    return null;
  }
}

/**
 * Kept for the tab (sessionStorage, like the session token), so reloading the page does not get
 * round the lock; it ends with the tab, and with the session.
 */
export function readLocked(): boolean {
  try {
    return sessionStorage.getItem(LOCKED_KEY) === '1';
  } catch {
    return false;
  }
}

export function writeLocked(locked: boolean): void {
  try {
    if (locked) sessionStorage.setItem(LOCKED_KEY, '1');
    else sessionStorage.removeItem(LOCKED_KEY);
  } catch {
    // Storage disabled: the lock holds until reload.
  }
}
