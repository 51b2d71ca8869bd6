import type { Database } from 'better-sqlite3';
import type { EduCard, EduProgress } from '../../../shared/contract/safety-education-types';
import { AppError } from '../../../shared/contract/result';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { birthYearOf } from '../../../shared/domain/privacy';
import type { IdType } from '../../../shared/domain/vocab';

interface WorkerRow {
  id: string;
  station_id: string;
  name: string;
  id_type: IdType;
  id_number: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  team: string;
  employer: string;
  trade_name: string | null;
  entry_date: string | null;
}

const COLUMNS = `w.id, w.station_id, w.name, w.id_type, w.id_number, w.sex, w.birth_date, w.team, w.employer, t.name AS trade_name, w.entry_date`;

/** The workers a batch of cards is for: those named (of this station), or a team's people on site. */
export function cardWorkers(db: Database, stationId: string, pick: { workerIds?: string[]; team?: string }): WorkerRow[] {
  if (pick.team !== undefined)
    return db
      .prepare(`SELECT ${COLUMNS} FROM workers w LEFT JOIN trades t ON t.id = w.trade_id
                WHERE w.station_id = ? AND w.team = ? AND w.status = 'on_site' AND w.archived_at IS NULL AND w.merged_into IS NULL ORDER BY w.name, w.id`)
      .all(stationId, pick.team) as WorkerRow[];
  const ids = pick.workerIds ?? [];
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM workers w LEFT JOIN trades t ON t.id = w.trade_id WHERE w.id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as WorkerRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const w = byId.get(id);
    if (!w || w.station_id !== stationId) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return w;
  });
}

/**
 * One card per worker. The ID number is masked by the shared rule (region and last 4 shown) and the
 * birth date reduced to its year, as on every other paper: a card is handed to inspectors.
 */
export function toCard(w: WorkerRow, stationName: string, progress: EduProgress): EduCard {
  return {
    workerId: w.id,
    name: w.name,
    idMasked: maskIdNumber(w.id_number, w.id_type),
    birthYear: birthYearOf(w.birth_date),
    sex: w.sex,
    team: w.team,
    employer: w.employer,
    tradeName: w.trade_name,
    entryDate: w.entry_date,
    stationName,
    progress,
  };
}
