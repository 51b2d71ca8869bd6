/**
 * Makes sense of what a scanner typed. Scanners with a Chinese input method active send full-width
 * characters; some send a stray control character or a second Enter; an ID-card reader types the
 * 18-character number.
 */
export type ScannedCode =
  | { kind: 'empty' }
  | { kind: 'id_number'; value: string }
  | { kind: 'digits'; value: string }
  | { kind: 'badge'; value: string };

export function cleanScan(raw: string): string {
  return (
    raw
      // Full-width ASCII (IME on) to half-width.
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\ufeff]/g, '')
      .trim()
      .toUpperCase()
  );
}

/** How many of an ID number's last characters the keypad takes (the last may be X). */
export const LAST_DIGITS_MIN = 4;
export const LAST_DIGITS_MAX = 8;

/**
 * The last characters of an ID number as a worker types them: 4 to 8 characters, digits, the last of
 * them may be X (`850X` is four characters). The keypad and the server both use this one rule.
 */
export function isLastDigits(value: string): boolean {
  return /^\d{3,7}[\dX]$/.test(value);
}

/** A whole resident ID number's shape: 17 digits and a check character (not checked here). */
export function isIdNumberShape(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value);
}

export function classifyScan(raw: string): ScannedCode {
  const value = cleanScan(raw).replace(/\s+/g, '');
  if (!value || value.length > 64) return { kind: 'empty' };
  if (isIdNumberShape(value)) return { kind: 'id_number', value };
  if (isLastDigits(value)) return { kind: 'digits', value };
  return { kind: 'badge', value };
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜: enough for a worker to find themselves, not enough to read the list. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
