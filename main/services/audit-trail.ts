import type { Database } from 'better-sqlite3';
import type { Caller } from '../../shared/contract/access';
import { newId } from '../app/ids';
import { redact } from '../app/redact';

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
/** Keys that hold a phone or an ID number: kept only as their last four characters. */
const MASKED_KEY = /(phone|mobile|^tel|telephone|idnumber)$/i;

const maskTail = (s: string) => (s.length <= 4 ? '*'.repeat(s.length) : '*'.repeat(s.length - 4) + s.slice(-4));

/**
 * What may go into the log of a record: no password, PIN, passphrase or token; phones and ID
 * numbers cut to their last four; and any full ID or mobile number left in free text masked.
 */
export function safeSnapshot(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return MASKED_KEY.test(key) && !value.includes('*') ? maskTail(value) : redact(value);
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
