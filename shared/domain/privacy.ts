/**
 * The masking rule for a person's numbers (PIPL: a resident ID number is sensitive personal
 * information), decided once here and applied by every screen answer, export and audit row.
 *
 * - A resident ID number is shown masked: region (6) + ******** + last 4 (see maskIdNumber). The
 *   hidden 8 characters are exactly the birth date, so wherever a masked ID goes, nothing that
 *   rebuilds it may go with it: no full birth date and no age to the day. The year of birth is enough.
 * - A mobile number is shown masked the same way: first 3 + **** + last 4 (138****8000).
 * - Search matches ID and phone digits only against what the masks show (the last 4 of an ID; the
 *   first 3 and the last 4 of a phone), so searching cannot recover a hidden digit.
 * - Only an admin's recorded reveal (workers.get with revealId, audit action reveal_id) or an admin's
 *   recorded full export shows the full ID number, phone and birth date.
 *
 * Pure: runs in the renderer too.
 */
import { convertLegacy, maskIdNumber } from './id-number';
import type { IdType } from './vocab';

/** Characters at the end of an ID number that the mask shows, and that search may match. */
export const ID_TAIL_SHOWN = 4;
/** A mobile's first 3 and last 4 digits are shown; the middle 4 are hidden. */
export const MOBILE_HEAD_SHOWN = 3;
export const MOBILE_TAIL_SHOWN = 4;

/** 13800138000 → 138****8000; other phone shapes keep only their last 4. Blank stays blank. */
export function maskMobile(mobile: string): string {
  const s = mobile;
  if (!s) return '';
  if (/^1\d{10}$/.test(s)) return s.slice(0, MOBILE_HEAD_SHOWN) + '****' + s.slice(-MOBILE_TAIL_SHOWN);
  if (s.length <= MOBILE_TAIL_SHOWN) return '*'.repeat(s.length);
  return '*'.repeat(s.length - MOBILE_TAIL_SHOWN) + s.slice(-MOBILE_TAIL_SHOWN);
}

/** 'YYYY-MM-DD' → YYYY; what a masked view may show of a birth date. */
export function birthYearOf(birthDate: string | null | undefined): number | null {
  if (!birthDate || !/^\d{4}/.test(birthDate)) return null;
  return Number(birthDate.slice(0, 4));
}

/** What a view shows of a worker's identifying numbers. */
export interface ShownNumbers {
  /** The full number when revealed, else the mask. */
  idNumber: string;
  idMasked: string;
  mobile: string;
  mobileMasked: string;
  /** Null unless revealed: beside a masked ID it would rebuild the hidden digits. */
  birthDate: string | null;
  birthYear: number | null;
}

/**
 * The one rule: masked unless `revealed` (an admin's recorded reveal, or a full export an admin asked
 * for, which is recorded too). Callers never pick fields themselves.
 */
export function shownNumbers(
  w: { idNumber: string; idType: IdType; mobile: string; birthDate: string | null },
  revealed: boolean,
): ShownNumbers {
  const idMasked = maskIdNumber(w.idNumber, w.idType);
  const mobileMasked = maskMobile(w.mobile);
  return {
    idNumber: revealed ? w.idNumber : idMasked,
    idMasked,
    mobile: revealed ? w.mobile : mobileMasked,
    mobileMasked,
    birthDate: revealed ? w.birthDate : null,
    birthYear: birthYearOf(w.birthDate),
  };
}

/**
 * Keys whose value is a birth date: in an audit snapshot (or anything else kept beside a masked ID)
 * only the year stays.
 */
export const BIRTH_DATE_KEY = /(birth_?date|date_?of_?birth|dob|born_?on)$/i;

/**
 * What digits typed into the roster search may be matched against, so that no answer depends on a
 * hidden digit. Returns the parts to match; null parts are not matched.
 */
export interface DigitMatch {
  /** Match ID numbers ending with these characters (at most ID_TAIL_SHOWN). */
  idTail: string | null;
  /** With idTail: the ID must also start with this region (a full number typed: its mask is matched). */
  idRegion: string | null;
  /** Match mobiles starting with these digits (at most MOBILE_HEAD_SHOWN). */
  mobileHead: string | null;
  /** Match mobiles ending with these digits (exactly MOBILE_TAIL_SHOWN). */
  mobileTail: string | null;
}

/**
 * Digits (and a trailing X) as typed → what may be matched:
 * - 1 to 4 characters: the end of an ID number; 4 digits also the end of a phone; 3 digits starting
 *   with 1 also the start of a phone;
 * - a full ID number (18 characters, or 15 as on old cards): IDs with the same mask (region and last 4);
 * - a full 11-digit mobile: mobiles with the same mask (first 3 and last 4);
 * - anything else: no ID or phone match (a 7-digit badge number is matched elsewhere).
 */
export function digitMatch(digits: string): DigitMatch {
  const none: DigitMatch = { idTail: null, idRegion: null, mobileHead: null, mobileTail: null };
  const typed = digits.toUpperCase();
  // A 15-digit legacy number is stored as its 18-character form: match that form's mask.
  const d = /^\d{15}$/.test(typed) ? convertLegacy(typed) : typed;
  if (/^\d{17}[\dX]$/.test(d)) return { ...none, idTail: d.slice(-ID_TAIL_SHOWN), idRegion: d.slice(0, 6) };
  if (/^1\d{10}$/.test(d)) return { ...none, mobileHead: d.slice(0, MOBILE_HEAD_SHOWN), mobileTail: d.slice(-MOBILE_TAIL_SHOWN) };
  if (d.length >= 1 && d.length <= ID_TAIL_SHOWN && /^\d*X?$/.test(d)) {
    return {
      ...none,
      idTail: d,
      mobileTail: /^\d{4}$/.test(d) ? d : null,
      mobileHead: /^1\d{2}$/.test(d) ? d : null,
    };
  }
  return none;
}

/** Searches that probe digits: this many distinct ones per caller per window, then rate_limited. */
export const DIGIT_PROBES_PER_WINDOW = 30;
export const DIGIT_PROBE_WINDOW_MS = 60_000;
