import type { IdCheck } from '../../../shared/contract/records';
import { checkIdNumber, todayIso } from '../../../shared/domain/id-number';
import type { IdType } from '../../../shared/domain/vocab';

/**
 * Live check of an ID number as it is typed: sex and birth date derived, or why it is not valid.
 * The same pure GB 11643 check the core runs on save, so no round trip per key.
 */
export function checkId(idType: IdType, idNumber: string, now: Date = new Date()): IdCheck {
  const r = checkIdNumber(idType, idNumber, todayIso(now));
  return { valid: r.valid, normalized: r.normalized, sex: r.sex, birthDate: r.birthDate, reason: r.reason && `idcheck.${r.reason}` };
}
