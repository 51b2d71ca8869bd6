import { createHash, randomBytes } from 'node:crypto';
import type { HubEnrolmentCodeView } from '../../../shared/contract/hub-views';
import { EnrolRequestSchema, type EnrolAnswer } from '../../../shared/contract/hub-batch';
import { inTransaction, type HubPool } from '../db/pool';
import { hubAudit } from './audit';
import { HubError } from './errors';
import { personSecret } from './settings';

const hashCode = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

/** Codes are read aloud and typed at the station: no 0/O or 1/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time enrolment code for one station PC, valid for `hours`; only its hash is kept. */
export async function createEnrolmentCode(pool: HubPool, actor: string, label: string, hours = 72): Promise<{ code: string; expiresAt: string }> {
  const bytes = randomBytes(12);
  const raw = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
  const r = await pool.query(
    `INSERT INTO hub_enrolment_codes (code_hash, label, created_by, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [hashCode(code), label, actor, hours],
  );
  await hubAudit(pool, actor, 'enrolment_code', null, { label, hours });
  return { code, expiresAt: (r.rows[0].expires_at as Date).toISOString() };
}

/**
 * A station PC enrols with a code: the hub records its public key and the stations its database holds.
 * The same request again (its answer lost) answers the same; a station already enrolled under another
 * key is refused: moving a station's enrolment is the hub admin's explicit act (retire, then enrol).
 */
export async function enrolStation(pool: HubPool, input: unknown): Promise<EnrolAnswer> {
  const parsed = EnrolRequestSchema.safeParse(input);
  if (!parsed.success) throw new HubError('invalid_input', 'bad_code', 'Not an enrolment request');
  const req = parsed.data;
  const secret = await personSecret(pool);
  return inTransaction(pool, async (c) => {
    const code = await c.query('SELECT used_at, node_id, expires_at < now() AS expired FROM hub_enrolment_codes WHERE code_hash = $1 FOR UPDATE', [hashCode(req.code)]);
    const row = code.rows[0] as { used_at: Date | null; node_id: string | null; expired: boolean } | undefined;
    const existing = (await c.query('SELECT id, public_key, retired_at, rev_hwm, event_hwm FROM hub_nodes WHERE id = $1 FOR UPDATE', [req.nodeId])).rows[0] as
      | { id: string; public_key: string; retired_at: Date | null; rev_hwm: number; event_hwm: number }
      | undefined;
    if (existing && existing.public_key === req.publicKey && row?.node_id === req.nodeId) {
      return { nodeId: existing.id, personSecret: secret, hwm: { rev: existing.rev_hwm, event: existing.event_hwm } };
    }
    if (!row || row.expired || row.used_at) {
      throw new HubError('forbidden', 'bad_code', !row ? 'No such enrolment code at this hub' : row.expired ? 'This enrolment code has expired: ask the hub admin for a new one' : 'This enrolment code was already used: each code enrols one station PC');
    }
    if (existing && !existing.retired_at) {
      throw new HubError(
        'conflict',
        'already_enrolled',
        `Station ${req.name} (${req.nodeId}) is already enrolled at this hub under another key. A station is enrolled once: if its PC was replaced or reinstalled, the hub admin retires the old enrolment first (station hub retire ${req.nodeId}), which is recorded, and the station enrols again.`,
      );
    }
    const owners = await c.query('SELECT station_id, node_id FROM hub_station_owner WHERE station_id = ANY($1) AND node_id <> $2', [req.stationIds, req.nodeId]);
    if (owners.rows.length) {
      const o = owners.rows[0] as { station_id: string; node_id: string };
      throw new HubError('conflict', 'already_enrolled', `Station ${o.station_id} is already sent to this hub by station PC ${o.node_id}: retire that enrolment first`);
    }
    if (existing) {
      // Re-enrolment after a retirement: the new key speaks for the station; what the hub holds stays and is continued.
      await c.query('UPDATE hub_nodes SET public_key = $2, name = $3, retired_at = NULL, enrolled_at = now() WHERE id = $1', [req.nodeId, req.publicKey, req.name]);
    } else {
      await c.query('INSERT INTO hub_nodes (id, name, public_key) VALUES ($1, $2, $3)', [req.nodeId, req.name, req.publicKey]);
    }
    await c.query('INSERT INTO hub_station_owner (station_id, node_id) SELECT unnest($1::text[]), $2 ON CONFLICT (station_id) DO NOTHING', [req.stationIds, req.nodeId]);
    await c.query('UPDATE hub_enrolment_codes SET used_at = now(), node_id = $2 WHERE code_hash = $1', [hashCode(req.code), req.nodeId]);
    await hubAudit(c, `station:${req.nodeId}`, existing ? 'station_reenrolled' : 'station_enrolled', req.nodeId, { name: req.name, stations: req.stationIds.length });
    const hw = existing ? { rev: existing.rev_hwm, event: existing.event_hwm } : { rev: 0, event: 0 };
    return { nodeId: req.nodeId, personSecret: secret, hwm: hw };
  });
}

/** The hub admin ends a station PC's enrolment (a replaced PC, a station moving to another hub). */
export async function retireStation(pool: HubPool, actor: string, nodeId: string): Promise<void> {
  const r = await pool.query('UPDATE hub_nodes SET retired_at = now() WHERE id = $1 AND retired_at IS NULL', [nodeId]);
  if (!r.rowCount) throw new HubError('not_found', 'unknown_station', `No enrolled station PC ${nodeId}`);
  await hubAudit(pool, actor, 'station_retired', nodeId);
}

/**
 * After a station was restored from an old backup (its revisions went back): the hub forgets how far it
 * held that PC, so the station's next push sends everything it has and replaces the hub's copy.
 * Records the station no longer has are kept, marked deleted. Audited.
 */
export async function resetStation(pool: HubPool, actor: string, nodeId: string): Promise<void> {
  await inTransaction(pool, async (c) => {
    const r = await c.query('UPDATE hub_nodes SET rev_hwm = 0, event_hwm = 0, chain_tip = $2, chain_verified_at = NULL, station_clock = 0 WHERE id = $1', [nodeId, '0'.repeat(64)]);
    if (!r.rowCount) throw new HubError('not_found', 'unknown_station', `No enrolled station PC ${nodeId}`);
    await c.query('UPDATE hub_rows SET rev = 0, deleted = true WHERE node_id = $1', [nodeId]);
    await c.query('DELETE FROM hub_events WHERE node_id = $1', [nodeId]);
    await hubAudit(c, actor, 'station_reset', nodeId);
  });
}

/** The codes the hub has given out, newest first: to see which were used, by which PC, and which wait. */
export async function listEnrolmentCodes(pool: HubPool): Promise<HubEnrolmentCodeView[]> {
  const r = await pool.query(
    `SELECT c.label, c.created_by, c.created_at, c.expires_at, c.used_at, c.node_id, n.name AS node_name
     FROM hub_enrolment_codes c LEFT JOIN hub_nodes n ON n.id = c.node_id ORDER BY c.created_at DESC, c.code_hash LIMIT 500`,
  );
  return r.rows.map((x) => ({
    label: x.label as string,
    createdBy: x.created_by as string,
    createdAt: (x.created_at as Date).toISOString(),
    expiresAt: (x.expires_at as Date).toISOString(),
    usedAt: x.used_at ? (x.used_at as Date).toISOString() : null,
    nodeId: (x.node_id as string | null) ?? null,
    nodeName: (x.node_name as string | null) ?? null,
  }));
}
