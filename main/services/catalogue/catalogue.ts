import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import occupationsJson from '../../../resources/catalogue/occupations.json' with { type: 'json' };
import planningJson from '../../../resources/catalogue/planning-trades.json' with { type: 'json' };
import type { Trade } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';

/** The shipped files are checked like any other input: a bad edit fails loudly at first run, not later. */
const occupations = z
  .object({
    occupations: z
      .array(z.object({ serial: z.number().int(), category: z.string(), name: z.string().min(1), subsidyYuan: z.number().int() }))
      .length(181),
  })
  .parse(occupationsJson).occupations;

const planning = z
  .object({ trades: z.array(z.object({ name: z.string().min(1), occupationSerial: z.number().int().nullable() })).length(19) })
  .parse(planningJson).trades;

/** Copies the catalogue into a new station's own, editable trades table. */
export function seedCatalogue(db: Database, stationId: string, now: string): void {
  const insert = db.prepare(
    `INSERT INTO trades (id, station_id, serial, category, name, subsidy_yuan, planning, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const markPlanning = db.prepare('UPDATE trades SET planning = 1 WHERE station_id = ? AND name = ?');
  const bySerial = new Map(occupations.map((o) => [o.serial, o]));
  const t = Date.parse(now);
  for (const o of occupations) insert.run(newId(t), stationId, o.serial, o.category, o.name, o.subsidyYuan, 0, now, now);
  for (const p of planning) {
    if (markPlanning.run(stationId, p.name).changes) continue;
    const linked = p.occupationSerial === null ? undefined : bySerial.get(p.occupationSerial);
    insert.run(newId(t), stationId, null, linked?.category ?? '', p.name, linked?.subsidyYuan ?? null, 1, now, now);
  }
}

interface TradeRow {
  id: string;
  station_id: string;
  serial: number | null;
  category: string;
  name: string;
  subsidy_yuan: number | null;
  planning: number;
  active: number;
}

const toTrade = (r: TradeRow): Trade => ({
  id: r.id,
  serial: r.serial,
  category: r.category,
  name: r.name,
  subsidyYuan: r.subsidy_yuan,
  planning: r.planning === 1,
  active: r.active === 1,
});

export class TradeService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(stationId: string, opts: { planningOnly?: boolean; includeInactive?: boolean } = {}): Trade[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM trades WHERE station_id = ? ${opts.planningOnly ? 'AND planning = 1' : ''} ${opts.includeInactive ? '' : 'AND active = 1'}
         ORDER BY planning DESC, serial IS NULL, serial, name`,
      )
      .all(stationId) as TradeRow[];
    return rows.map(toTrade);
  }

  get(id: string): Trade & { stationId: string } {
    const row = this.db.prepare('SELECT * FROM trades WHERE id = ?').get(id) as TradeRow | undefined;
    if (!row) throw new AppError('not_found', 'No such trade', { entity: 'trade' });
    return { ...toTrade(row), stationId: row.station_id };
  }

  create(stationId: string, input: { name: string; category: string; subsidyYuan: number | null; planning: boolean }): Trade {
    const now = this.clock.now().toISOString();
    const id = newId(this.clock.now().getTime());
    try {
      this.db
        .prepare(
          `INSERT INTO trades (id, station_id, serial, category, name, subsidy_yuan, planning, created_at, updated_at)
           VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, stationId, input.category, input.name, input.subsidyYuan, input.planning ? 1 : 0, now, now);
    } catch (err) {
      throw uniqueName(err);
    }
    return this.get(id);
  }

  update(id: string, patch: { name?: string; category?: string; subsidyYuan?: number | null; planning?: boolean; active?: boolean }): Trade {
    const current = this.get(id);
    const next = { ...current, ...patch };
    try {
      this.db
        .prepare('UPDATE trades SET name = ?, category = ?, subsidy_yuan = ?, planning = ?, active = ?, updated_at = ? WHERE id = ?')
        .run(next.name, next.category, next.subsidyYuan, next.planning ? 1 : 0, next.active ? 1 : 0, this.clock.now().toISOString(), id);
    } catch (err) {
      throw uniqueName(err);
    }
    return this.get(id);
  }
}

function uniqueName(err: unknown): unknown {
  if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
    return new AppError('conflict', 'A trade with that name exists', { fields: [{ path: 'name', message: 'taken' }] });
  return err;
}
