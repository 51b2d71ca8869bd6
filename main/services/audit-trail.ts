import type { Database } from 'better-sqlite3';
import type { Caller } from '../../shared/contract/access';
import { newId } from '../app/ids';

export interface AuditEntry {
  stationId: string | null;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one row to the append-only audit log. Callers pass snapshots that hold no full ID
 * number (masked only); the log records who did what, through which host.
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
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}
