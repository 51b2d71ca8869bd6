import type { Database } from 'better-sqlite3';
import type { HubPlanTarget } from '../../../shared/contract/hub-batch';
import { newId } from '../../lib/ids';
import { appendAudit } from '../audit';

/**
 * The targets the hub set for this PC's stations become the stations' own plan entries (the county or
 * company sets them, seed 000's tables at its level), so the station's plan page and reports count
 * against them. Only a changed target is written: an unchanged one must not make a new revision, or
 * every push would bring the next.
 */
export function applyHubPlans(db: Database, plans: HubPlanTarget[], now: Date): number {
  let changed = 0;
  db.transaction(() => {
    for (const p of plans) {
      if (!db.prepare('SELECT 1 FROM stations WHERE id = ?').get(p.stationId)) continue;
      const trade = p.tradeName ? (db.prepare('SELECT id FROM trades WHERE station_id = ? AND name = ?').pluck().get(p.stationId, p.tradeName) as string | undefined) : undefined;
      const kind = p.tradeName ? 'trade' : 'total';
      const scope = p.scopeKind === 'station' ? '' : p.scope;
      const current = db
        .prepare('SELECT id, target FROM training_plans WHERE station_id = ? AND year = ? AND year_to = ? AND scope_kind = ? AND scope = ? AND kind = ? AND trade_name = ?')
        .get(p.stationId, p.year, p.year, p.scopeKind, scope, kind, p.tradeName) as { id: string; target: number } | undefined;
      if (current?.target === p.target) continue;
      const iso = now.toISOString();
      if (current) db.prepare('UPDATE training_plans SET target = ?, updated_at = ? WHERE id = ?').run(p.target, iso, current.id);
      else
        db.prepare(
          'INSERT INTO training_plans (id, station_id, year, year_to, kind, scope_kind, scope, trade_id, trade_name, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(newId(now.getTime()), p.stationId, p.year, p.year, kind, p.scopeKind, scope, trade ?? null, p.tradeName, p.target, iso, iso);
      appendAudit(db, { role: 'anonymous', via: 'internal' }, {
        stationId: p.stationId,
        at: now,
        action: 'hub_plan_received',
        entity: 'plan',
        entityId: p.id,
        before: current ? { target: current.target } : undefined,
        after: { year: p.year, scopeKind: p.scopeKind, scope, tradeName: p.tradeName, target: p.target },
      });
      changed++;
    }
  })();
  return changed;
}
