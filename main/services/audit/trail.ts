import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import { newId } from '../../lib/ids';
import { redact } from '../../lib/redact';
import { BIRTH_DATE_KEY, birthYearOf } from '../../../shared/domain/privacy';

export interface AuditEntry {
  stationId: string | null;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Keys whose values are secrets: dropped from every snapshot, whatever the service handed in. */
const SECRET_KEY = /^(pin|.*password|.*passphrase|.*secret|.*token|.*hash)$/i;
/** Keys that hold a phone or an ID number: kept as the rule's mask, else only as their last four characters. */
const MASKED_KEY = /(phone|mobile|^tel|telephone|idnumber|idmasked)$/i;

const maskTail = (s: string) => (s.length <= 4 ? '*'.repeat(s.length) : '*'.repeat(s.length - 4) + s.slice(-4));
/** The masks of shared/domain/privacy: a resident ID (region + last 4) and a mobile (3 + 4); kept as they are. */
const RULE_MASK = /^(\d{6}\*{8}\d{3}[\dX]|\d{6}\*{6}\d{3}|\d{3}\*{4}\d{4}|[0-9A-Z]{1,2}\*+[0-9A-Z]{1,2}|\**[0-9A-Z]{0,4})$/;

/**
 * What may go into the log of a record: no password, PIN, passphrase or token; phones and ID
 * numbers as the masking rule (shared/domain/privacy) shows them, else cut to their last four; a
 * birth date as its year only (beside a masked ID the full date gives the number back); and any full
 * ID or mobile number left in free text masked.
 */
export function safeSnapshot(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return value;
  if (BIRTH_DATE_KEY.test(key)) return typeof value === 'string' ? birthYearOf(value) : null;
  if (typeof value === 'string') {
    // A full number is cut to its last 4; a "mask" that is not the rule's may show hidden digits: all hidden.
    if (MASKED_KEY.test(key)) return RULE_MASK.test(value) ? value : value.includes('*') ? '*'.repeat(value.length) : maskTail(value);
    return redact(value);
  }
  if (Array.isArray(value)) return value.map((v) => safeSnapshot(v));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEY.test(k)) continue;
      out[k] = safeSnapshot(v, k);
    }
    return out;
  }
  return value;
}

/**
 * Appends one row to the append-only audit log: who (account or device), through which host, did
 * what to which record, with before/after snapshots made safe by safeSnapshot.
 */
export function appendAudit(db: Database, caller: Caller, e: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (id, station_id, at, account_id, device_id, via, action, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(e.at.getTime()),
    e.stationId,
    e.at.toISOString(),
    caller.accountId ?? null,
    caller.deviceId ?? null,
    caller.via,
    e.action,
    e.entity,
    e.entityId,
    e.before === undefined ? null : JSON.stringify(safeSnapshot(e.before)),
    e.after === undefined ? null : JSON.stringify(safeSnapshot(e.after)),
  );
}
