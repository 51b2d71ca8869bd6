import type { HubPeriodReport, HubStationView } from '../../../shared/contract/hub-views';
import type { PeriodKind, PeriodReport, StatusTable } from '../../../shared/contract/report-types';
import { fiveHavesOf } from '../../report-core/five-haves';
import { statusTableOf, type StationProfile } from '../../report-core/status-table';
import type { HubPool } from '../db/pool';
import type { HubCaller } from './accounts';
import { scopeFor } from './accounts';
import { hubPeriodReport } from './report-facts';

export interface StationFilter {
  stationIds?: string[];
  enterprise?: string;
  city?: string;
  district?: string;
  township?: string;
}

/** The filter's fields as SQL over a station's jsonb profile (`$2`..`$5`); the scope is `$1`. */
const FILTER_SQL = `($2::text IS NULL OR data->>'enterprise' = $2) AND ($3::text IS NULL OR data->>'city' = $3)
  AND ($4::text IS NULL OR data->>'district' = $4) AND ($5::text IS NULL OR data->>'township' = $5)`;
const filterArgs = (scope: string[] | 'all', f: StationFilter) => [scope === 'all' ? null : scope, f.enterprise ?? null, f.city ?? null, f.district ?? null, f.township ?? null];

/** A list column the station keeps as JSON text; anything else reads as empty. */
function listOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The stations a caller may see, with what the hub knows of each: sync, staleness, the chain. */
export async function listStations(pool: HubPool, caller: HubCaller, filter: StationFilter = {}, now = new Date()): Promise<HubStationView[]> {
  const scope = scopeFor(caller, filter.stationIds);
  const r = await pool.query(
    `SELECT s.id, s.node_id, s.data, n.last_sync_at, n.last_sync_via, n.chain_verified_at, n.retired_at,
            (SELECT count(*) FROM hub_rows_workers w WHERE w.station_id = s.id AND NOT w.deleted) AS workers,
            (SELECT count(DISTINCT w.data->>'person_key') FROM hub_rows_workers w WHERE w.station_id = s.id AND NOT w.deleted) AS people,
            (SELECT count(*) FROM hub_rows t WHERE t.tbl = 'trainers' AND t.station_id = s.id AND NOT t.deleted AND (t.data->>'active')::int = 1) AS trainers
     FROM hub_rows s JOIN hub_nodes n ON n.id = s.node_id
     WHERE s.tbl = 'stations' AND NOT s.deleted AND ($1::text[] IS NULL OR s.id = ANY($1)) AND ${FILTER_SQL.replaceAll('data->>', 's.data->>')}
     ORDER BY s.data->>'created_at', s.id`,
    filterArgs(scope, filter),
  );
  return r.rows.map((x) => {
    const d = x.data as Record<string, unknown>;
    const last = x.last_sync_at as Date | null;
    return {
      stationId: String(x.id),
      nodeId: String(x.node_id),
      name: String(d.name),
      enterprise: String(d.enterprise ?? ''),
      city: String(d.city ?? ''),
      district: String(d.district ?? ''),
      township: String(d.township ?? ''),
      address: String(d.address ?? ''),
      state: d.state as StationProfile['state'],
      fiveHaves: fiveHavesOf({
        areaM2: d.area_m2 === null || d.area_m2 === undefined ? null : Number(d.area_m2),
        address: String(d.address ?? ''),
        equipment: listOf(d.equipment_json),
        content: listOf(d.content_json),
        funding: listOf(d.funding_json),
        activeTrainers: Number(x.trainers),
      }),
      lastSyncAt: last ? last.toISOString() : null,
      lastSyncVia: (x.last_sync_via as string | null) ?? null,
      staleHours: last ? Math.floor((now.getTime() - last.getTime()) / 3_600_000) : null,
      chainVerifiedTo: (x.chain_verified_at as string | null) ?? null,
      retired: x.retired_at !== null,
      workers: Number(x.workers),
      people: Number(x.people),
    };
  });
}

/** Who files the hub's status table (a company or a district): set by the hub admin. */
export interface HubFiler {
  unit: string;
  adminLevel: StationProfile['admin_level'];
  contactName: string;
  fixedPhone: string;
  mobile: string;
}

export async function hubFiler(pool: HubPool): Promise<HubFiler | null> {
  const r = await pool.query("SELECT value FROM hub_settings WHERE key = 'filer'");
  return r.rows[0] ? (JSON.parse(r.rows[0].value as string) as HubFiler) : null;
}

export async function setHubFiler(pool: HubPool, filer: HubFiler): Promise<void> {
  await pool.query("INSERT INTO hub_settings (key, value) VALUES ('filer', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [JSON.stringify(filer)]);
}

/** Seed 004's status table across the stations the caller sees: one row per station, the hub's filer in the title. */
export async function hubStatusTable(pool: HubPool, caller: HubCaller, filter: StationFilter = {}): Promise<StatusTable> {
  const scope = scopeFor(caller, filter.stationIds);
  const r = await pool.query(
    `SELECT data FROM hub_rows WHERE tbl = 'stations' AND NOT deleted AND coalesce(data->>'archived_at', '') = ''
       AND ($1::text[] IS NULL OR id = ANY($1)) AND ${FILTER_SQL}
     ORDER BY data->>'created_at', id`,
    filterArgs(scope, filter),
  );
  const rows = r.rows.map((x) => x.data as StationProfile);
  const f = await hubFiler(pool);
  const filer: StationProfile | undefined = f
    ? { id: '', name: f.unit, enterprise: f.unit, address: '', contact_name: f.contactName, contact_unit_title: '', contact_mobile: f.mobile, fixed_phone: f.fixedPhone, state: 'built', city: f.unit, admin_level: f.adminLevel }
    : undefined;
  return statusTableOf(rows, filer);
}

/** A period's report across the stations a caller sees, with the per-station breakdown. */
export async function hubPeriodReportAcross(pool: HubPool, caller: HubCaller, kind: PeriodKind, period: string, filter: StationFilter = {}): Promise<HubPeriodReport> {
  const stations = await listStations(pool, caller, filter);
  // Stations are independent: a few at once, each on its own connection, in the stations' order.
  const reports: PeriodReport[] = new Array(stations.length);
  let next = 0;
  const worker = async () => {
    while (next < stations.length) {
      const i = next++;
      reports[i] = await hubPeriodReport(pool, stations[i]!.stationId, kind, period);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, stations.length) }, worker));
  const sum = (f: (r: PeriodReport) => number) => Math.round(reports.reduce((n, r) => n + f(r), 0) * 10) / 10;
  const people = reports.length ? await distinctPeople(pool, reports) : 0;
  return {
    kind,
    period,
    stations: reports,
    totals: {
      sessions: sum((r) => r.totals.sessions),
      personTimes: sum((r) => r.totals.personTimes),
      distinctWorkers: sum((r) => r.totals.distinctWorkers),
      classHours: sum((r) => r.totals.classHours),
      creditedHours: sum((r) => r.totals.creditedHours),
      distinctPeople: people,
    },
  };
}

/** The same person trained at two stations is one person across them: counted by person key. */
async function distinctPeople(pool: HubPool, reports: PeriodReport[]): Promise<number> {
  const sessionIds = reports.flatMap((r) => r.sessions.map((s) => s.id));
  if (!sessionIds.length) return 0;
  const r = await pool.query(
    `SELECT count(DISTINCT coalesce(m.data->>'person_key', w.data->>'person_key'))::int AS n
     FROM hub_rows_attendance a
     JOIN hub_rows_workers w ON w.id = a.data->>'worker_id'
     LEFT JOIN hub_rows_workers m ON m.id = w.data->>'merged_into'
     WHERE a.data->>'session_id' = ANY($1) AND NOT a.deleted AND a.data->>'status' = 'present'`,
    [sessionIds],
  );
  return r.rows[0].n as number;
}
