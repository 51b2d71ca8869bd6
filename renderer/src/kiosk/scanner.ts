import { isIdNumberShape, isLastDigits, LAST_DIGITS_MIN } from '../../../shared/domain/scan-codes';

/**
 * What a USB/Bluetooth scanner or an ID-card reader types into the kiosk's hidden field, made safe:
 * pure functions, tested without a browser.
 */

/** Longest code the kiosk passes on; a badge, QR or ID number is far shorter, garbage is cut. */
export const MAX_SCAN_LENGTH = 128;

/** A second Enter this soon after the first is the scanner's echo (some send CR LF), not a new scan. */
export const DOUBLE_ENTER_MS = 300;

/** Removes control and zero-width characters and surrounding space, and caps the length. */
export function cleanScanInput(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '')
      .trim()
      .slice(0, MAX_SCAN_LENGTH)
  );
}

/** Full-width forms (a Chinese input method left on) to plain ASCII, for recognising the pattern only. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** An 18-character resident ID number (GB 11643: 17 digits and a check character 0-9 or X). */
export function looksLikeIdNumber(code: string): boolean {
  return /^\d{17}[\dXx]$/.test(halfWidth(code).replace(/\s+/g, ''));
}

/** A card reader types the ID number; anything else from the scanner field is a badge code. */
export function scanMethodFor(code: string): 'id_card' | 'badge' {
  return looksLikeIdNumber(code) ? 'id_card' : 'badge';
}

/**
 * Decides whether an Enter starts a scan. A second Enter within DOUBLE_ENTER_MS is the scanner's echo
 * (CR LF, or a scanner set to send twice): ignored when the field is empty or holds the same code again.
 * A different code that soon is a different badge, and is taken.
 */
export class EnterGate {
  private last = -Infinity;
  private lastCode = '';

  constructor(private readonly windowMs = DOUBLE_ENTER_MS) {}

  /** Returns the cleaned code to send, or null to ignore this Enter. */
  accept(raw: string, nowMs: number): string | null {
    const code = cleanScanInput(raw);
    if (!code) return null;
    if (nowMs - this.last < this.windowMs && code === this.lastCode) return null;
    this.last = nowMs;
    this.lastCode = code;
    return code;
  }
}

/** The on-screen keypad's digits: 0-9 and a final X; the last 4 to 8 characters, or a whole ID number. */
export const MIN_DIGITS = LAST_DIGITS_MIN;
export const MAX_DIGITS = 18;

export function pressKey(current: string, key: string): string {
  if (key === 'back') return current.slice(0, -1);
  if (key === 'clear') return '';
  if (current.length >= MAX_DIGITS) return current;
  if (key === 'X') return current.includes('X') || current.length === 0 ? current : current + 'X';
  if (/^\d$/.test(key) && !current.endsWith('X')) return current + key;
  return current;
}

/** Ready to send when the server will read it as last digits or as a whole ID number (one rule, shared). */
export function digitsReady(current: string): boolean {
  return isLastDigits(current) || isIdNumberShape(current);
}
