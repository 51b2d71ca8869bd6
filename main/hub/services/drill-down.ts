import type { HubPool } from '../db/pool';
import { scopeFor, type HubCaller } from './accounts';

export interface HubSessionView {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  endsAt: string;
  state: string;
  present: number;
  /** The sign-in sheet as the hub holds it: names, masked ID numbers (never the full number), times. */
  attendees: { name: string; idMasked: string; status: string; signedIn: string | null; signedOut: string | null }[];
}

/** A read-only look into one station's sessions and their sign-in sheets. */
export async function stationSessions(pool: HubPool, caller: HubCaller, stationId: string, from: string, to: string): Promise<HubSessionView[]> {
  scopeFor(caller, [stationId]);
  const s = await pool.query(
    `SELECT data FROM hub_rows_sessions WHERE station_id = $1 AND NOT deleted AND data->>'starts_at' >= $2 AND data->>'starts_at' < $3
     ORDER BY data->>'starts_at', id LIMIT 500`,
    [stationId, `${from}T00:00`, `${to}T99`],
  );
  const sessions = s.rows.map((x) => x.data as Record<string, unknown>);
  if (!sessions.length) return [];
  const a = await pool.query(
    `SELECT a.data->>'session_id' AS session_id, a.data->>'status' AS status, a.data->>'signed_in_at' AS signed_in, a.data->>'signed_out_at' AS signed_out,
            w.data->>'name' AS name, w.data->>'id_masked' AS id_masked
     FROM hub_rows_attendance a LEFT JOIN hub_rows_workers w ON w.id = a.data->>'worker_id'
     WHERE a.data->>'session_id' = ANY($1) AND NOT a.deleted ORDER BY a.data->>'signed_in_at' NULLS LAST, w.data->>'name'`,
    [sessions.map((x) => String(x.id))],
  );
  const by = new Map<string, HubSessionView['attendees']>();
  for (const r of a.rows as { session_id: string; status: string; signed_in: string | null; signed_out: string | null; name: string | null; id_masked: string | null }[]) {
    if (!by.has(r.session_id)) by.set(r.session_id, []);
    by.get(r.session_id)!.push({ name: r.name ?? '?', idMasked: r.id_masked ?? '', status: r.status, signedIn: r.signed_in, signedOut: r.signed_out });
  }
  return sessions.map((x) => {
    const attendees = by.get(String(x.id)) ?? [];
    return {
      id: String(x.id),
      title: String(x.title),
      category: String(x.category),
      startsAt: String(x.starts_at),
      endsAt: String(x.ends_at),
      state: String(x.state),
      present: attendees.filter((t) => t.status === 'present').length,
      attendees,
    };
  });
}
