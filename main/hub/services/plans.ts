import { randomUUID } from 'node:crypto';
import type { HubPlanTarget } from '../../../shared/contract/hub-batch';
import type { HubPlanProgress, HubPlanProgressAcross, HubPlanView } from '../../../shared/contract/hub-views';
import type { HubClient, HubPool } from '../db/pool';
import { scopeFor, type HubCaller } from './accounts';
import { hubAudit } from './audit';
import { hubPeriodReport } from './report-facts';

/** Sets (or changes) a station's target at the hub: it reaches the station with its next sync. */
export async function setHubPlan(pool: HubPool, caller: HubCaller, t: Omit<HubPlanTarget, 'id'>): Promise<HubPlanTarget> {
  scopeFor(caller, [t.stationId]);
  const scope = t.scopeKind === 'station' ? '' : t.scope;
  const r = await pool.query(
    `INSERT INTO hub_plans (id, station_id, year, scope_kind, scope, trade_name, target, set_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (station_id, year, scope_kind, scope, trade_name) DO UPDATE SET target = excluded.target, set_by = excluded.set_by, updated_at = now()
     RETURNING id`,
    [randomUUID(), t.stationId, t.year, t.scopeKind, scope, t.tradeName, t.target, caller.role === 'anonymous' ? 'anonymous' : caller.username],
  );
  await hubAudit(pool, caller.role === 'anonymous' ? 'anonymous' : caller.username, 'plan_set', null, { ...t });
  return { ...t, scope, id: r.rows[0].id as string };
}

/** The targets for the stations a station PC sends: handed back with each answer to its push. */
export async function plansForNode(c: HubPool | HubClient, nodeId: string): Promise<HubPlanTarget[]> {
  const r = await c.query(
    `SELECT p.id, p.station_id, p.year, p.scope_kind, p.scope, p.trade_name, p.target FROM hub_plans p
     JOIN hub_station_owner o ON o.station_id = p.station_id WHERE o.node_id = $1 ORDER BY p.station_id, p.year, p.scope_kind, p.scope, p.trade_name`,
    [nodeId],
  );
  return r.rows.map((x) => ({ id: x.id, stationId: x.station_id, year: x.year, scopeKind: x.scope_kind, scope: x.scope, tradeName: x.trade_name, target: x.target }));
}

/**
 * Progress of the year's targets per station, as each station counts it (the station's report code at
 * the hub): the year to the end of `month`. Only targets the station has received count: before its
 * next sync the hub shows it without them.
 */
export async function hubPlanProgress(pool: HubPool, caller: HubCaller, month: string, stationIds?: string[]): Promise<HubPlanProgressAcross> {
  const scope = scopeFor(caller, stationIds);
  const ids =
    scope === 'all'
      ? ((await pool.query('SELECT DISTINCT station_id FROM hub_plans ORDER BY station_id')).rows.map((r) => r.station_id as string))
      : scope;
  const stations: HubPlanProgress[] = [];
  let target = 0;
  let done = 0;
  for (const id of ids) {
    const report = await hubPeriodReport(pool, id, 'month', month).catch(() => null);
    if (!report) continue;
    const rows = report.plan.filter((p) => p.kind !== 'broker').map((p) => ({ tradeName: p.tradeName, scopeKind: p.scopeKind, scope: p.scope, target: p.target, doneYearToDate: p.doneYearToDate, percent: p.percent }));
    for (const p of rows.filter((x) => x.scopeKind === 'station' && x.tradeName === '')) {
      target += p.target;
      done += p.doneYearToDate;
    }
    stations.push({ stationId: id, stationName: report.stationName, rows });
  }
  return { stations, total: { target, done } };
}

/**
 * The targets the hub set for a year, for the stations the caller sees. A target is at its station once
 * the station's own plan entry, sent back with a later push, carries it: until then it waits.
 */
export async function listHubPlans(pool: HubPool, caller: HubCaller, year: number): Promise<HubPlanView[]> {
  const scope = scopeFor(caller);
  const r = await pool.query(
    `SELECT p.id, p.station_id, p.year, p.scope_kind, p.scope, p.trade_name, p.target, p.set_by, p.updated_at, s.data->>'name' AS station_name,
            EXISTS (SELECT 1 FROM hub_rows t WHERE t.tbl = 'training_plans' AND t.station_id = p.station_id AND NOT t.deleted
                      AND (t.data->>'year')::int = p.year AND (t.data->>'year_to')::int = p.year AND t.data->>'scope_kind' = p.scope_kind
                      AND t.data->>'scope' = p.scope AND t.data->>'trade_name' = p.trade_name AND (t.data->>'target')::int = p.target) AS at_station
     FROM hub_plans p LEFT JOIN hub_rows s ON s.tbl = 'stations' AND s.id = p.station_id
     WHERE p.year = $1 AND ($2::text[] IS NULL OR p.station_id = ANY($2))
     ORDER BY s.data->>'created_at', p.station_id, p.scope_kind, p.scope, p.trade_name`,
    [year, scope === 'all' ? null : scope],
  );
  return r.rows.map((x) => ({
    id: x.id as string,
    stationId: x.station_id as string,
    stationName: (x.station_name as string | null) ?? (x.station_id as string),
    year: x.year as number,
    scopeKind: x.scope_kind as HubPlanView['scopeKind'],
    scope: x.scope as string,
    tradeName: x.trade_name as string,
    target: x.target as number,
    setBy: x.set_by as string,
    updatedAt: (x.updated_at as Date).toISOString(),
    atStation: x.at_station as boolean,
  }));
}
