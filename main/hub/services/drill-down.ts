import type { HubAttendeeView, HubSessionView } from '../../../shared/contract/hub-views';
import { sessionHours } from '../../report-core/range';
import type { HubPool } from '../db/pool';
import { scopeFor, type HubCaller } from './accounts';

type Data = Record<string, unknown>;

interface AttendanceRow {
  session_id: string;
  status: string;
  signed_in: string | null;
  signed_out: string | null;
  auto: string | null;
  late: string | null;
  hours: number | null;
  name: string | null;
  id_masked: string | null;
}

/**
 * A read-only look into one station's sessions that start in [from, to] (station dates, inclusive) and
 * their sign-in sheets. The worker's masked ID is the one the station computed: the full number, when a
 * station shares it, stays sealed in hub_people and is never read here.
 */
export async function stationSessions(pool: HubPool, caller: HubCaller, stationId: string, from: string, to: string): Promise<HubSessionView[]> {
  scopeFor(caller, [stationId]);
  const s = await pool.query(
    `SELECT data FROM hub_rows_sessions WHERE station_id = $1 AND NOT deleted AND data->>'starts_at' >= $2 AND data->>'starts_at' < $3
     ORDER BY data->>'starts_at', id LIMIT 500`,
    [stationId, `${from}T00:00`, `${to}T99`],
  );
  const sessions = s.rows.map((x) => x.data as Data);
  if (!sessions.length) return [];
  const ids = sessions.map((x) => String(x.id));
  const [a, tr] = await Promise.all([
    pool.query(
      `SELECT a.data->>'session_id' AS session_id, a.data->>'status' AS status, a.data->>'signed_in_at' AS signed_in, a.data->>'signed_out_at' AS signed_out,
              a.data->>'sign_out_auto' AS auto, a.data->>'late' AS late, (a.data->>'credited_hours')::float8 AS hours,
              w.data->>'name' AS name, w.data->>'id_masked' AS id_masked
       FROM hub_rows_attendance a LEFT JOIN hub_rows_workers w ON w.id = a.data->>'worker_id'
       WHERE a.data->>'session_id' = ANY($1) AND NOT a.deleted ORDER BY a.data->>'signed_in_at' NULLS LAST, w.data->>'name'`,
      [ids],
    ),
    pool.query(
      `SELECT st.data->>'session_id' AS session_id, t.data->>'name' AS name
       FROM hub_rows st JOIN hub_rows t ON t.tbl = 'trainers' AND t.id = st.data->>'trainer_id' AND NOT t.deleted
       WHERE st.tbl = 'session_trainers' AND st.station_id = $2 AND NOT st.deleted AND st.data->>'session_id' = ANY($1) ORDER BY t.data->>'name'`,
      [ids, stationId],
    ),
  ]);
  const sheets = new Map<string, HubAttendeeView[]>();
  for (const r of a.rows as AttendanceRow[]) {
    if (!sheets.has(r.session_id)) sheets.set(r.session_id, []);
    sheets.get(r.session_id)!.push({
      name: r.name ?? '?',
      idMasked: r.id_masked ?? '',
      status: r.status,
      signedIn: r.signed_in,
      signedOut: r.signed_out,
      signOutAuto: r.auto === '1' || r.auto === 'true',
      late: r.late === '1' || r.late === 'true',
      hours: r.hours,
    });
  }
  const trainers = new Map<string, string[]>();
  for (const r of tr.rows as { session_id: string; name: string }[]) trainers.set(r.session_id, [...(trainers.get(r.session_id) ?? []), r.name]);
  return sessions.map((x) => {
    const attendees = sheets.get(String(x.id)) ?? [];
    return {
      id: String(x.id),
      title: String(x.title),
      category: String(x.category),
      startsAt: String(x.starts_at),
      endsAt: String(x.ends_at),
      state: String(x.state),
      classHours: sessionHours({ starts_at: String(x.starts_at), ends_at: String(x.ends_at), minutes_per_hour: Number(x.minutes_per_hour), class_hours_override: (x.class_hours_override as number | null) ?? null }),
      trainers: trainers.get(String(x.id)) ?? [],
      present: attendees.filter((t) => t.status === 'present').length,
      attendees,
    };
  });
}
