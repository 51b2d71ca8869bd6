import type { Database } from 'better-sqlite3';
import type { Station } from '../../shared/contract/types';
import { AppError } from '../../shared/contract/result';
import { newId } from '../app/ids';
import type { Clock } from '../app/clock';

interface StationRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

const toStation = (r: StationRow): Station => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class StationService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(): Station[] {
    const rows = this.db.prepare('SELECT * FROM stations ORDER BY created_at, id').all() as StationRow[];
    return rows.map(toStation);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM stations').get() as { n: number }).n;
  }

  first(): Station | null {
    const row = this.db.prepare('SELECT * FROM stations ORDER BY created_at, id LIMIT 1').get() as
      | StationRow
      | undefined;
    return row ? toStation(row) : null;
  }

  get(id: string): Station {
    const row = this.db.prepare('SELECT * FROM stations WHERE id = ?').get(id) as StationRow | undefined;
    if (!row) throw new AppError('not_found', 'No such station', { entity: 'station' });
    return toStation(row);
  }

  create(name: string): Station {
    const now = this.clock.now().toISOString();
    const id = newId(this.clock.now().getTime());
    this.db
      .prepare('INSERT INTO stations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(id, name, now, now);
    return this.get(id);
  }

  rename(id: string, name: string): Station {
    const now = this.clock.now().toISOString();
    const info = this.db.prepare('UPDATE stations SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
    if (info.changes === 0) throw new AppError('not_found', 'No such station', { entity: 'station' });
    return this.get(id);
  }
}
