import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import { newId } from '../../main/lib/ids';
import type { Caller } from '../../shared/contract/access';
import { checkChar } from '../../shared/domain/id-number';
import { setUp } from '../support/callers';
import { testCore } from '../support/temp';

/** A valid 18-character resident ID from its parts. */
export function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + checkChar(first17);
}

/** The n-th of a family of distinct valid ID numbers. */
export function idFor(n: number): string {
  const d = new Date(Date.UTC(1970, 0, 1) + (n % 15000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return makeId('4407' + String(3 + (Math.floor(n / 15000) % 90)).padStart(2, '0'), d, String(n % 1000).padStart(3, '0'));
}

export const TRADES = ['钢筋工', '砌筑工', '电工', '架子工', '混凝土工', '电焊工', '抹灰工', '防水工'];

/** Adds trades straight into the table (the catalogue loader is another domain's work). */
export function addTrades(core: Core, stationId: string, names: string[] = TRADES): Map<string, string> {
  const now = core.clock.now().toISOString();
  const ins = core.db.prepare(
    'INSERT OR IGNORE INTO trades (id, station_id, name, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const n of names) ins.run(newId(), stationId, n, '建筑', now, now);
  const rows = core.db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** A station with an admin, a trainer caller and trades. */
export async function roster(opts: { at?: string } = {}) {
  const t = testCore(opts);
  const { admin } = await setUp(t.core);
  const stationId = t.core.stations.first()!.id;
  const trades = addTrades(t.core, stationId);
  const trainer: Caller = { role: 'trainer', accountId: 'trainer-1', via: 'internal' };
  const call = async <T = any>(caller: Caller, name: string, input: unknown) => {
    const r = await dispatch(t.core, caller, name, input);
    return r as { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: any } };
  };
  const must = async <T = any>(caller: Caller, name: string, input: unknown): Promise<T> => {
    const r = await call<T>(caller, name, input);
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  return { ...t, admin, trainer, stationId, trades, call, must };
}

export function audit(core: Core, action?: string) {
  return core.db
    .prepare(`SELECT * FROM audit_log ${action ? 'WHERE action = ?' : ''} ORDER BY at, id`)
    .all(...(action ? [action] : [])) as { action: string; entity: string; entity_id: string | null; via: string; account_id: string | null; before_json: string | null; after_json: string | null }[];
}
