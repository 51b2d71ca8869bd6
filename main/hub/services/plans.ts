import { randomUUID } from 'node:crypto';
import type { HubPlanTarget } from '../../../shared/contract/hub-batch';
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

export interface HubPlanProgress {
  stationId: string;
  stationName: string;
  rows: { tradeName: string; scopeKind: string; scope: string; target: number; doneYearToDate: number; percent: number | null }[];
}

/**
 * Progress of the year's targets per station, as each station counts it (the station's report code at
 * the hub): the year to the end of `month`. Only targets the station has received count: before its
 * next sync the hub shows it without them.
 */
export async function hubPlanProgress(pool: HubPool, caller: HubCaller, month: string, stationIds?: string[]): Promise<{ stations: HubPlanProgress[]; total: { target: number; done: number } }> {
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
