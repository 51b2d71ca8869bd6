import type { Database } from 'better-sqlite3';
import type { Trainer } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';

export type TrainerFields = Omit<Trainer, 'id' | 'createdAt' | 'updatedAt'>;

interface TrainerRow {
  id: string;
  station_id: string;
  name: string;
  kind: string;
  specialty: string;
  trade_ids_json: string;
  unit: string;
  title: string;
  phone: string;
  qualifications: string;
  certificates: string;
  active: number;
  created_at: string;
  updated_at: string;
}

const toTrainer = (r: TrainerRow): Trainer => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  specialty: r.specialty,
  tradeIds: JSON.parse(r.trade_ids_json) as string[],
  unit: r.unit,
  title: r.title,
  phone: r.phone,
  qualifications: r.qualifications,
  certificates: r.certificates,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class TrainerService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(stationId: string, includeInactive = false): Trainer[] {
    const rows = this.db
      .prepare(`SELECT * FROM trainers WHERE station_id = ? ${includeInactive ? '' : 'AND active = 1'} ORDER BY active DESC, name`)
      .all(stationId) as TrainerRow[];
    return rows.map(toTrainer);
  }

  get(id: string): Trainer & { stationId: string } {
    const row = this.db.prepare('SELECT * FROM trainers WHERE id = ?').get(id) as TrainerRow | undefined;
    if (!row) throw new AppError('not_found', 'No such trainer', { entity: 'trainer' });
    return { ...toTrainer(row), stationId: row.station_id };
  }

  create(stationId: string, f: TrainerFields): Trainer {
    const now = this.clock.now().toISOString();
    const id = newId(this.clock.now().getTime());
    this.db
      .prepare(
        `INSERT INTO trainers (id, station_id, name, kind, specialty, trade_ids_json, unit, title, phone, qualifications, certificates, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, stationId, f.name, f.kind, f.specialty, JSON.stringify(f.tradeIds), f.unit, f.title, f.phone, f.qualifications, f.certificates, f.active ? 1 : 0, now, now);
    return this.get(id);
  }

  update(id: string, patch: Partial<TrainerFields>): Trainer {
    const next = { ...this.get(id), ...patch };
    this.db
      .prepare(
        `UPDATE trainers SET name = ?, kind = ?, specialty = ?, trade_ids_json = ?, unit = ?, title = ?, phone = ?,
           qualifications = ?, certificates = ?, active = ?, updated_at = ? WHERE id = ?`,
      )
      .run(next.name, next.kind, next.specialty, JSON.stringify(next.tradeIds), next.unit, next.title, next.phone, next.qualifications, next.certificates, next.active ? 1 : 0, this.clock.now().toISOString(), id);
    return this.get(id);
  }

  /** Every id belongs to an active trainer of this station, or the call is refused naming the field. */
  assertUsable(stationId: string, ids: string[], path: string): void {
    for (const [i, tid] of ids.entries()) {
      const row = this.db.prepare('SELECT station_id, active FROM trainers WHERE id = ?').get(tid) as { station_id: string; active: number } | undefined;
      if (!row || row.station_id !== stationId) throw new AppError('invalid_input', 'Unknown trainer', { fields: [{ path: `${path}.${i}`, message: 'unknown trainer' }] });
    }
  }
}
