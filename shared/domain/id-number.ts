/**
 * Identity document numbers. Resident ID numbers (居民身份证号码) follow GB 11643-1999: 6-digit region
 * code, 8-digit birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character. Pure: runs in the renderer too.
 */
import type { IdType } from './vocab';

export type IdReason =
  | 'empty'
  | 'wrong_length'
  | 'bad_characters'
  | 'bad_region'
  | 'bad_date'
  | 'future_date'
  | 'too_old'
  | 'bad_check_digit'
  | 'bad_shape';

export interface IdResult {
  valid: boolean;
  /** The normalised number (18 characters for a resident ID, converted from 15 when needed). */
  normalized: string | null;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  /** Set when a 15-digit legacy number was converted to 18 characters. */
  converted: boolean;
  reason: IdReason | null;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Province-level codes (first two digits) in use. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83', '91',
]);

/** Full-width digits and letters to ASCII, spaces (including the ideographic space and dashes) removed, upper case. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0\-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 digits. */
export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD' when it is a real calendar date, else null. */
function realDate(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${yyyymmdd.slice(0, 4)}-${pad(m)}-${pad(d)}`;
}

const invalid = (reason: IdReason, normalized: string | null = null): IdResult => ({
  valid: false,
  normalized,
  sex: null,
  birthDate: null,
  converted: false,
  reason,
});

/** A 15-digit legacy number (born 19xx) as 18 characters. */
export function convertLegacy(fifteen: string): string {
  const first17 = fifteen.slice(0, 6) + '19' + fifteen.slice(6);
  return first17 + checkChar(first17);
}

/**
 * Validates a resident ID number. `today` is 'YYYY-MM-DD' (the station's clock), so a birth date
 * after it is refused.
 */
export function checkResidentId(raw: string, today: string): IdResult {
  const s = normalizeIdNumber(raw);
  if (!s) return invalid('empty');
  if (s.length !== 18 && s.length !== 15) return invalid(/^[0-9X]*$/.test(s) ? 'wrong_length' : 'bad_characters');
  let id = s;
  let converted = false;
  if (s.length === 15) {
    if (!/^\d{15}$/.test(s)) return invalid('bad_characters');
    id = convertLegacy(s);
    converted = true;
  } else if (!/^\d{17}[\dX]$/.test(s)) {
    return invalid('bad_characters');
  }
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return invalid('bad_region');
  const birth = realDate(id.slice(6, 14));
  if (!birth) return invalid('bad_date');
  if (birth < '1900-01-01') return invalid('too_old');
  if (birth > today) return invalid('future_date');
  if (!converted && checkChar(id.slice(0, 17)) !== id[17]) return invalid('bad_check_digit', s);
  return {
    valid: true,
    normalized: id,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
    birthDate: birth,
    converted,
    reason: null,
  };
}

/** Shape checks for the other documents; they carry no birth date or sex we can trust. */
const SHAPES: Record<Exclude<IdType, 'resident'>, RegExp> = {
  // Passports: 5 to 17 letters and digits (Chinese ones are E/G + 8, foreign ones vary).
  passport: /^[A-Z0-9]{5,17}$/,
  // 港澳居民来往内地通行证: H or M + 8 digits (older cards 10 digits), or the 9-character new style.
  hk_macau: /^[HM](\d{8}|\d{10}|[A-Z0-9]{8})$/,
  // 台湾居民来往大陆通行证: 8 digits (older 10 with letters).
  taiwan: /^(\d{8}|[A-Z0-9]{10})$/,
  // 外国人永久居留身份证: 15 characters (3 letters + 12 digits) or the 2017 18-digit form starting with 9.
  foreign_permanent: /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/,
};

export function checkIdNumber(idType: IdType, raw: string, today: string): IdResult {
  if (idType === 'resident') return checkResidentId(raw, today);
  const s = normalizeIdNumber(raw);
  if (!s) return invalid('empty');
  if (!/^[A-Z0-9]+$/.test(s)) return invalid('bad_characters');
  if (!SHAPES[idType].test(s)) return invalid('bad_shape');
  return { valid: true, normalized: s, sex: null, birthDate: null, converted: false, reason: null };
}

/**
 * What a list or export shows: a resident ID keeps its region (6) and last 4 characters,
 * 110105********002X; other documents keep their first 2 and last 2. Never the birth date.
 */
export function maskIdNumber(id: string, idType: IdType = 'resident'): string {
  const s = id;
  if (idType === 'resident' && s.length === 18) return s.slice(0, 6) + '********' + s.slice(14);
  if (idType === 'resident' && s.length === 15) return s.slice(0, 6) + '******' + s.slice(12);
  if (s.length <= 4) return '*'.repeat(s.length);
  const keep = s.length >= 8 ? 2 : 1;
  return s.slice(0, keep) + '*'.repeat(s.length - 2 * keep) + s.slice(s.length - keep);
}

/** The ID number reversed, for "last digits" search through an indexed prefix. */
export function reverseId(id: string): string {
  return [...id].reverse().join('');
}

/** Today's date on a station's wall clock (China Standard Time, UTC+8, no daylight saving). */
export function todayIso(now: Date): string {
  return isoDay(new Date(now.getTime() + 8 * 3600_000));
}
