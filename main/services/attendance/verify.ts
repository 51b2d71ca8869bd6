import type { Database } from 'better-sqlite3';
import type { ChainCheck } from '../../../shared/contract/attendance-types';
import { eventHash, GENESIS, type ChainedEvent } from './chain';

interface EventRow extends ChainedEvent {
  seq: number;
  prev_hash: string;
  hash: string;
}

interface Derived {
  status: 'present' | 'excused' | 'voided';
  in: string | null;
  out: string | null;
  lastSeq: number;
  lastId: string;
}

/**
 * Walks the whole attendance chain: each event's hash must match its content and its predecessor,
 * and each attendance row must be what its events say. Names the first record that does not match,
 * so an edit made with a SQLite tool behind the app's back is found.
 */
export function verifyChain(db: Database): ChainCheck {
  let prev = GENESIS;
  let count = 0;
  const state = new Map<string, Derived>();
  const events = db.prepare('SELECT * FROM attendance_events ORDER BY seq').iterate() as IterableIterator<EventRow>;
  for (const e of events) {
    count++;
    const bad = (problem: string): ChainCheck => ({ ok: false, events: count, firstBad: { seq: e.seq, eventId: e.id, sessionId: e.session_id, problem }, head: null });
    if (e.prev_hash !== prev) return bad('the link to the previous event is broken (an event was removed or inserted)');
    if (eventHash(prev, e) !== e.hash) return bad('the event was changed after it was recorded');
    prev = e.hash;
    const key = `${e.session_id}|${e.worker_id}`;
    const d = state.get(key) ?? { status: 'voided', in: null, out: null, lastSeq: e.seq, lastId: e.id };
    // A sign-in after a sign-out re-opens the stay from the first arrival (the kiosk's `reopened`).
    if (e.kind === 'sign_in' && d.status === 'present' && d.in !== null && d.out !== null) d.out = null;
    else if (e.kind === 'sign_in' || e.kind === 'manual_add') Object.assign(d, { status: 'present', in: e.at, out: null });
    else if (e.kind === 'sign_out' || e.kind === 'auto_sign_out') d.out = e.at;
    else if (e.kind === 'excuse') Object.assign(d, { status: 'excused', in: null, out: null });
    else if (e.kind === 'void') Object.assign(d, { status: 'voided', in: null, out: null });
    d.lastSeq = e.seq;
    d.lastId = e.id;
    state.set(key, d);
  }
  const rows = db.prepare('SELECT session_id, worker_id, status, signed_in_at, signed_out_at FROM attendance').iterate() as IterableIterator<{
    session_id: string;
    worker_id: string;
    status: string;
    signed_in_at: string | null;
    signed_out_at: string | null;
  }>;
  let firstBad: ChainCheck['firstBad'] = null;
  for (const r of rows) {
    const d = state.get(`${r.session_id}|${r.worker_id}`);
    const problem = !d
      ? 'an attendance record has no events behind it'
      : d.status !== r.status || d.in !== r.signed_in_at || d.out !== r.signed_out_at
        ? 'an attendance record differs from its events'
        : null;
    if (problem) {
      const candidate = { seq: d?.lastSeq ?? 0, eventId: d?.lastId ?? '', sessionId: r.session_id, problem };
      if (!firstBad || candidate.seq < firstBad.seq) firstBad = candidate;
    }
  }
  if (firstBad) return { ok: false, events: count, firstBad, head: null };
  return { ok: true, events: count, firstBad: null, head: count ? prev : null };
}
