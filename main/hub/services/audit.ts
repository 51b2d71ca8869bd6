import type { HubClient, HubPool } from '../db/pool';

export async function hubAudit(db: HubPool | HubClient, actor: string, action: string, nodeId: string | null, detail: Record<string, unknown> = {}): Promise<void> {
  await db.query('INSERT INTO hub_audit (actor, action, node_id, detail) VALUES ($1, $2, $3, $4)', [actor, action, nodeId, JSON.stringify(detail)]);
}
