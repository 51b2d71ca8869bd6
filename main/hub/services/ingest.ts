import { createHash } from 'node:crypto';
import { BatchBodySchema, SignedBatchSchema, type BatchAnswer, type BatchBody, type BatchEvent, type BatchRow } from '../../../shared/contract/hub-batch';
import { eventHash } from '../../services/attendance';
import { verifyText } from '../../services/hub-sync';
import { inTransaction, type HubClient, type HubPool } from '../db/pool';
import { HubError } from './errors';
import type { IdVault } from './id-vault';
import { plansForNode } from './plans';

interface NodeRow {
  id: string;
  name: string;
  public_key: string;
  retired_at: Date | null;
  rev_hwm: number;
  event_hwm: number;
  chain_tip: string;
  chain_verified_at: string | null;
}

const CHUNK = 5000;

/** Reads a bundle file or a push body: the envelope, then (signature checked) the body. */
function parseSigned(input: unknown): { nodeId: string; text: string; signature: string } {
  let raw = input;
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    try {
      raw = JSON.parse(input.toString());
    } catch {
      throw new HubError('invalid_input', 'not_a_batch', 'This is not a hub bundle (not JSON): nothing was applied');
    }
  }
  const env = SignedBatchSchema.safeParse(raw);
  if (!env.success) throw new HubError('invalid_input', 'not_a_batch', 'This is not a hub bundle (its envelope is not one a station writes): nothing was applied');
  return { nodeId: env.data.nodeId, text: env.data.body, signature: env.data.signature };
}

/**
 * Applies a station's batch in one PostgreSQL transaction: the signature and the attendance chain are
 * checked first, then each record replaces the hub's copy only if its revision is newer
 * (ON CONFLICT ... WHERE excluded.rev > hub_rows.rev), and the station's high-water marks move. Any
 * refusal or failure rolls everything back: nothing is ever half-applied, and sending a batch again is
 * a no-op.
 */
export async function applyBatch(pool: HubPool, input: unknown, via: 'push' | 'bundle', vault: IdVault | null): Promise<BatchAnswer> {
  const signed = parseSigned(input);
  const known = (await pool.query('SELECT id, name, public_key, retired_at FROM hub_nodes WHERE id = $1', [signed.nodeId])).rows[0] as NodeRow | undefined;
  if (!known) {
    throw new HubError('not_found', 'unknown_station', `This batch comes from station PC ${signed.nodeId}, which is not enrolled at this hub. Nothing was applied: the hub admin makes an enrolment code and the station enrols with it (station hub-enrol), then sends again.`);
  }
  if (known.retired_at) throw new HubError('forbidden', 'retired', `Station PC ${signed.nodeId} (${known.name}) was retired at this hub: nothing was applied. It must enrol again to send.`);
  if (!verifyText(known.public_key, signed.text, signed.signature)) {
    throw new HubError('forbidden', 'bad_signature', `The batch's signature does not match the key of station ${known.name} (${signed.nodeId}): it was changed after the station made it (edited by hand?) or is not from that station. Nothing was applied.`);
  }
  let body: BatchBody;
  try {
    body = BatchBodySchema.parse(JSON.parse(signed.text));
  } catch {
    throw new HubError('invalid_input', 'not_a_batch', 'The batch is signed but not in a form this hub reads (a newer station version?): nothing was applied');
  }
  if (body.nodeId !== signed.nodeId) throw new HubError('forbidden', 'bad_signature', 'The batch names another station than its envelope: nothing was applied');
  const digest = createHash('sha256').update(signed.text).digest('hex');

  const out = await inTransaction(pool, async (c) => {
    // One batch per station PC at a time: a second push of the same PC waits here, others do not.
    const node = (await c.query('SELECT * FROM hub_nodes WHERE id = $1 FOR UPDATE', [body.nodeId])).rows[0] as NodeRow;
    const hwm = () => ({ rev: Number(node.rev_hwm), event: Number(node.event_hwm) });
    const seen = await c.query('SELECT applied_at FROM hub_batches WHERE digest = $1', [digest]);
    if (seen.rows.length) {
      return answer('duplicate', 0, 0, hwm(), node.chain_verified_at, `This batch was already applied (${(seen.rows[0].applied_at as Date).toISOString()}): nothing changed.`);
    }
    await refuseRewound(c, node, body);
    if (body.toRev <= node.rev_hwm && body.toEvent <= node.event_hwm && body.clock >= node.rev_hwm) {
      // Sent again after its answer was lost (the station's counter is where it was): held already.
      return answer('duplicate', 0, 0, hwm(), node.chain_verified_at, `The hub already holds this station up to revision ${node.rev_hwm}: nothing changed.`);
    }
    if (body.toRev <= node.rev_hwm && body.toEvent <= node.event_hwm) {
      const message =
        via === 'bundle'
          ? `An older bundle: the hub already holds this station up to revision ${node.rev_hwm} (this bundle goes to ${body.toRev}). Nothing needed applying.`
          : `The hub already holds newer data from this station (revision ${node.rev_hwm}; this station is at ${body.clock}). The station was probably restored from an older backup: restore its newest backup, or have the hub admin reset the station's copy at the hub (station hub reset-station ${node.id}), then sync again.`;
      return answer('stale', 0, 0, hwm(), node.chain_verified_at, message);
    }
    if (body.fromRev > node.rev_hwm || body.fromEvent > node.event_hwm) {
      throw new HubError(
        'conflict',
        'gap',
        `This batch starts after what the hub holds (hub: revision ${node.rev_hwm}, event ${node.event_hwm}; batch from revision ${body.fromRev}, event ${body.fromEvent}): an earlier bundle is missing. Nothing was applied: import the earlier bundle first, or make a new bundle at the station.`,
        { hwm: hwm() },
      );
    }
    const newEvents = body.events.filter((e) => e.seq > node.event_hwm);
    const tip = checkChain(node, newEvents);
    await checkOwnership(c, node.id, body.rows);
    const rows = await upsertRows(c, node.id, body.rows);
    await insertEvents(c, node.id, newEvents);
    if (body.people.length && vault) {
      await c.query(
        `INSERT INTO hub_people (person_key, id_number_enc) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (person_key) DO UPDATE SET id_number_enc = excluded.id_number_enc`,
        [body.people.map((p) => p.p), body.people.map((p) => vault.seal(p.n))],
      );
    }
    const last = newEvents.at(-1);
    const upd = await c.query(
      `UPDATE hub_nodes SET rev_hwm = GREATEST(rev_hwm, $2), event_hwm = GREATEST(event_hwm, $3), chain_tip = $4,
         chain_verified_at = COALESCE($5, chain_verified_at), station_clock = GREATEST(station_clock, $6), last_sync_at = now(), last_sync_via = $7
       WHERE id = $1 RETURNING rev_hwm, event_hwm, chain_verified_at`,
      [node.id, body.toRev, body.toEvent, tip, last?.at ?? null, body.clock, via],
    );
    await c.query(
      'INSERT INTO hub_batches (digest, node_id, from_rev, to_rev, from_event, to_event, rows, events, via) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [digest, node.id, body.fromRev, body.toRev, body.fromEvent, body.toEvent, body.rows.length, newEvents.length, via],
    );
    const u = upd.rows[0] as { rev_hwm: number; event_hwm: number; chain_verified_at: string | null };
    return answer('applied', rows, newEvents.length, { rev: u.rev_hwm, event: u.event_hwm }, u.chain_verified_at, `Applied ${rows} records and ${newEvents.length} attendance events.`);
  });
  // Plans flow the other way: the station takes its targets from the answer (online pushes only).
  return via === 'push' ? { ...out, plans: await plansForNode(pool, body.nodeId) } : out;
}

function answer(outcome: BatchAnswer['outcome'], rows: number, events: number, hwm: { rev: number; event: number }, chainVerifiedTo: string | null, message: string): BatchAnswer {
  return { outcome, rows, events, hwm, chainVerifiedTo, message };
}

/**
 * A station restored from an older backup makes revisions and chain positions the hub already holds,
 * with other content. An older bundle of the same history repeats them exactly; a rewound station
 * differs somewhere: the first difference is named.
 */
async function refuseRewound(c: HubClient, node: NodeRow, body: BatchBody): Promise<void> {
  const rewound = (what: string) =>
    new HubError(
      'conflict',
      'station_rewound',
      `Station ${node.name}'s data went back: the hub holds revision ${node.rev_hwm} and attendance event #${node.event_hwm} from it, and this batch (made at revision ${body.clock}) differs from what the hub holds at ${what}. ` +
        `The station was restored from an older backup. Nothing was applied. What to do: restore the station's newest backup if there is one; otherwise the hub admin resets the station's copy at the hub (station hub reset-station ${node.id}, recorded in the hub's audit) and the station syncs everything again.`,
      { nodeId: node.id, hubRev: node.rev_hwm, stationClock: body.clock },
    );
  const old = body.events.filter((e) => e.seq <= node.event_hwm);
  if (old.length) {
    const held = await c.query('SELECT seq, hash FROM hub_events WHERE node_id = $1 AND seq = ANY($2::bigint[])', [node.id, old.map((e) => e.seq)]);
    const byseq = new Map((held.rows as { seq: number; hash: string }[]).map((r) => [Number(r.seq), r.hash]));
    const bad = old.find((e) => byseq.get(e.seq) !== e.hash);
    if (bad) throw rewound(`attendance event #${bad.seq} (${bad.id})`);
  }
  if (body.clock >= node.rev_hwm) return;
  const oldRows = body.rows.filter((r) => r.r <= node.rev_hwm);
  for (let i = 0; i < oldRows.length; i += CHUNK) {
    const part = oldRows.slice(i, i + CHUNK);
    const r = await c.query(
      `SELECT u.tbl, u.id FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[]) AS u(tbl, id, rev, data)
       LEFT JOIN hub_rows h ON h.tbl = u.tbl AND h.id = u.id AND h.node_id = $5
       WHERE h.id IS NULL OR (h.rev = u.rev AND h.data IS DISTINCT FROM u.data) LIMIT 1`,
      [part.map((x) => x.t), part.map((x) => x.k), part.map((x) => x.r), part.map((x) => (x.d ? JSON.stringify(x.d) : null)), node.id],
    );
    if (r.rows.length) throw rewound(`${r.rows[0].tbl} ${r.rows[0].id}`);
  }
}

/** Each new event must continue the chain the hub holds for this station PC: the first that does not is named. */
function checkChain(node: NodeRow, events: BatchEvent[]): string {
  let prev = node.chain_tip;
  let expected = Number(node.event_hwm) + 1;
  for (const e of events) {
    const problem =
      e.seq !== expected
        ? `it is #${e.seq} where #${expected} was due (an event is missing)`
        : e.prev_hash !== prev
          ? 'it does not follow the event before it'
          : eventHash(prev, e) !== e.hash
            ? 'its content does not match its hash (changed after it was written)'
            : null;
    if (problem) {
      throw new HubError(
        'conflict',
        'chain_broken',
        `The attendance records do not continue the chain the hub holds for this station: the first bad record is event #${e.seq} (${e.id}) of session ${e.session_id} at ${e.at}: ${problem}. Nothing was applied.`,
        { firstBad: { seq: e.seq, id: e.id, sessionId: e.session_id } },
      );
    }
    prev = e.hash;
    expected++;
  }
  return prev;
}

/** A record may come only from the station PC that holds its station; the first foreign one is named. */
async function checkOwnership(c: HubClient, nodeId: string, rows: BatchRow[]): Promise<void> {
  const stations = [...new Set(rows.map((r) => r.s))];
  if (stations.length) {
    await c.query('INSERT INTO hub_station_owner (station_id, node_id) SELECT unnest($1::text[]), $2 ON CONFLICT (station_id) DO NOTHING', [stations, nodeId]);
    const foreign = await c.query('SELECT station_id, node_id FROM hub_station_owner WHERE station_id = ANY($1) AND node_id <> $2 LIMIT 1', [stations, nodeId]);
    if (foreign.rows.length) {
      throw new HubError('conflict', 'foreign_record', `The batch holds records of station ${foreign.rows[0].station_id}, which station PC ${foreign.rows[0].node_id} sends to this hub. Nothing was applied.`);
    }
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = JSON.stringify(rows.slice(i, i + CHUNK).map((x) => ({ t: x.t, k: x.k })));
    const r = await c.query(
      `SELECT h.tbl, h.id, h.node_id FROM jsonb_to_recordset($1::jsonb) AS u(t text, k text) JOIN hub_rows h ON h.tbl = u.t AND h.id = u.k WHERE h.node_id <> $2 LIMIT 1`,
      [part, nodeId],
    );
    if (r.rows.length) throw new HubError('conflict', 'foreign_record', `Record ${r.rows[0].tbl} ${r.rows[0].id} belongs to station PC ${r.rows[0].node_id}: nothing was applied.`);
  }
}

async function upsertRows(c: HubClient, nodeId: string, rows: BatchRow[]): Promise<number> {
  let changed = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    // One jsonb parameter per chunk: PostgreSQL parses it once, far cheaper than arrays of texts.
    const part = JSON.stringify(rows.slice(i, i + CHUNK));
    const r = await c.query(
      `INSERT INTO hub_rows (tbl, id, node_id, station_id, rev, deleted, data)
       SELECT u.t, u.k, $1, u.s, u.r, u.d IS NULL OR u.d = 'null'::jsonb, nullif(u.d, 'null'::jsonb)
       FROM jsonb_to_recordset($2::jsonb) AS u(t text, k text, s text, r bigint, d jsonb)
       ON CONFLICT (tbl, id) DO UPDATE SET rev = excluded.rev, deleted = excluded.deleted, data = excluded.data, station_id = excluded.station_id
       WHERE excluded.rev > hub_rows.rev AND hub_rows.node_id = excluded.node_id`,
      [nodeId, part],
    );
    changed += r.rowCount ?? 0;
  }
  return changed;
}

async function insertEvents(c: HubClient, nodeId: string, events: BatchEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    const part = JSON.stringify(events.slice(i, i + CHUNK));
    await c.query(
      `INSERT INTO hub_events (node_id, seq, id, station_id, session_id, at, prev_hash, hash, data)
       SELECT $1, (e->>'seq')::bigint, e->>'id', e->>'station_id', e->>'session_id', e->>'at', e->>'prev_hash', e->>'hash', e
       FROM jsonb_array_elements($2::jsonb) AS e`,
      [nodeId, part],
    );
  }
}
