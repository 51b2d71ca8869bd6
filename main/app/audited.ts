import type { Caller } from '../../shared/contract/access';
import { appendAudit, type AuditEntry } from '../services/audit';
import type { Core } from './core';

export type AuditNote = Omit<AuditEntry, 'at'>;
export type Note = (e: AuditNote) => void;

/**
 * Runs a write and its audit rows in one transaction: the snapshots are read inside it, so
 * "before" is what the write replaced, and a write that fails leaves no row (nor a row without
 * its write). Nested inside a handler's own transaction it becomes a savepoint.
 */
export function audited<T>(core: Core, caller: Caller, work: (note: Note) => T): T {
  return core.db
    .transaction(() => work((e) => appendAudit(core.db, caller, { ...e, at: core.clock.now() })))
    .immediate();
}

/**
 * For the writes that must first hash a password or PIN (async, off the database): the row is
 * appended as soon as the write has committed. Only secret-free facts go in (safeSnapshot drops
 * any password, PIN or passphrase key regardless).
 */
export async function auditedAfter<T>(core: Core, caller: Caller, work: () => Promise<T>, entry: (value: T) => AuditNote): Promise<T> {
  const value = await work();
  appendAudit(core.db, caller, { ...entry(value), at: core.clock.now() });
  return value;
}
