import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** The fields of an attendance event that its hash covers, in a fixed order. */
export interface ChainedEvent {
  id: string;
  station_id: string;
  session_id: string;
  worker_id: string;
  kind: string;
  at: string;
  client_at: string | null;
  method: string | null;
  account_id: string | null;
  device_id: string | null;
  reason: string | null;
  idempotency_key: string | null;
}

/** SHA-256 over the previous hash and the event's canonical JSON (an array, so key order cannot vary). */
export function eventHash(prevHash: string, e: ChainedEvent): string {
  const canonical = JSON.stringify([
    prevHash,
    e.id,
    e.station_id,
    e.session_id,
    e.worker_id,
    e.kind,
    e.at,
    e.client_at,
    e.method,
    e.account_id,
    e.device_id,
    e.reason,
    e.idempotency_key,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function chainTip(db: Database): string {
  const row = db.prepare('SELECT hash FROM attendance_events ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  return row?.hash ?? GENESIS;
}

/** Appends an event; must run inside the caller's write transaction so the tip cannot move. */
export function appendEvent(db: Database, e: ChainedEvent): string {
  const prev = chainTip(db);
  const hash = eventHash(prev, e);
  db.prepare(
    `INSERT INTO attendance_events (id, station_id, session_id, worker_id, kind, at, client_at, method, account_id, device_id, reason, idempotency_key, prev_hash, hash)
     VALUES (@id, @station_id, @session_id, @worker_id, @kind, @at, @client_at, @method, @account_id, @device_id, @reason, @idempotency_key, @prev, @hash)`,
  ).run({ ...e, prev, hash });
  return hash;
}

/** A session's fingerprint: the chain's hash at its last event, which commits to everything before it. */
export function sessionFingerprint(db: Database, sessionId: string): string | null {
  const row = db
    .prepare('SELECT hash FROM attendance_events WHERE session_id = ? ORDER BY seq DESC LIMIT 1')
    .get(sessionId) as { hash: string } | undefined;
  return row?.hash ?? null;
}
