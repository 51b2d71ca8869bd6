import type { Database } from 'better-sqlite3';
import { HUB_BATCH_FORMAT, HUB_BATCH_VERSION, type BatchBody, type BatchEvent, type BatchRow, type SignedBatch } from '../../../shared/contract/hub-batch';
import { keyExpr, SYNCED_TABLES, type SyncedTable } from '../../db/sync-tables';
import type { HubLink } from './link';
import { publicRow } from './privacy';
import { signText } from './signing';

export interface BatchLimits {
  rows: number;
  events: number;
}
export const DEFAULT_LIMITS: BatchLimits = { rows: 20_000, events: 50_000 };

const EVENT_COLUMNS = 'seq, id, station_id, session_id, worker_id, kind, at, client_at, method, account_id, device_id, reason, idempotency_key, prev_hash, hash';

function trackedTables(db: Database): SyncedTable[] {
  const withRev = new Set(
    db.prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND c.name = 'sync_rev'").pluck().all() as string[],
  );
  return SYNCED_TABLES.filter((t) => withRev.has(t.table));
}

/**
 * The changes above `from` (records by revision, events by their chain position), at most `limits`,
 * read in one transaction so the batch is one consistent state. Every record with a revision up to the
 * batch's toRev is in it: each table gives its lowest revisions (one more than the limit, so a table
 * that alone has more is seen to), and the batch stops at the limit-th lowest of them all, which no
 * table's list can have skipped.
 */
export function buildBatch(db: Database, link: HubLink, from: { rev: number; event: number }, now: Date, limits: BatchLimits = DEFAULT_LIMITS): BatchBody {
  return db.transaction(() => {
    const clock = db.prepare('SELECT rev FROM sync_clock').pluck().get() as number;
    const candidates: { rev: number; make: () => BatchRow }[] = [];
    for (const t of trackedTables(db)) {
      const rows = db.prepare(`SELECT *, ${keyExpr(t)} AS __key FROM "${t.table}" WHERE sync_rev > ? ORDER BY sync_rev LIMIT ?`).all(from.rev, limits.rows + 1) as Record<string, unknown>[];
      for (const r of rows) {
        const rev = r.sync_rev as number;
        candidates.push({ rev, make: () => ({ t: t.table, k: String(r.__key), s: String(r.station_id ?? r.id), r: rev, d: publicRow(t, r, link.personSecret) }) });
      }
    }
    const dead = db.prepare('SELECT tbl, key, station_id, rev FROM sync_tombstones WHERE rev > ? ORDER BY rev LIMIT ?').all(from.rev, limits.rows + 1) as { tbl: string; key: string; station_id: string; rev: number }[];
    for (const d of dead) candidates.push({ rev: d.rev, make: () => ({ t: d.tbl, k: d.key, s: d.station_id, r: d.rev, d: null }) });
    candidates.sort((a, b) => a.rev - b.rev);
    const moreRows = candidates.length > limits.rows;
    const taken = candidates.slice(0, limits.rows);
    const toRev = moreRows ? taken[taken.length - 1]!.rev : Math.max(clock, from.rev);
    const rows = taken.map((c) => c.make());

    const events = db.prepare(`SELECT ${EVENT_COLUMNS} FROM attendance_events WHERE seq > ? ORDER BY seq LIMIT ?`).all(from.event, limits.events + 1) as BatchEvent[];
    const moreEvents = events.length > limits.events;
    if (moreEvents) events.pop();
    const toEvent = events.length ? events[events.length - 1]!.seq : from.event;

    const people: { p: string; n: string }[] = [];
    if (link.shareIds) {
      const get = db.prepare('SELECT id_number FROM workers WHERE id = ?').pluck();
      for (const r of rows) if (r.t === 'workers' && r.d) people.push({ p: String(r.d.person_key), n: get.get(r.k) as string });
    }
    return {
      format: HUB_BATCH_FORMAT,
      version: HUB_BATCH_VERSION,
      nodeId: link.nodeId,
      createdAt: now.toISOString(),
      fromRev: from.rev,
      toRev,
      fromEvent: from.event,
      toEvent,
      clock,
      more: moreRows || moreEvents,
      rows,
      events,
      people,
    } satisfies BatchBody;
  })();
}

export function signBatch(link: HubLink, body: BatchBody): SignedBatch {
  const text = JSON.stringify(body);
  return { format: HUB_BATCH_FORMAT, nodeId: link.nodeId, body: text, signature: signText(link.privateKey, text) };
}
