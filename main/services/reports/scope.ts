import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import { CONTENT_CATEGORY_ZH } from '../../../shared/domain/vocab';
import type { StationProfile } from '../../report-core/status-table';

/** A station's row as the reports read it: the status table's profile (one shape for both stores). */
export type StationRow = StationProfile;

export function stationRow(db: Database, stationId: string): StationRow {
  const row = db.prepare('SELECT * FROM stations WHERE id = ?').get(stationId) as StationRow | undefined;
  if (!row) throw new AppError('not_found', 'No such station', { entity: 'station' });
  return row;
}

export { dateRange, instantBounds, percentOf, periodRange, round1, sessionHours, type Range, type SessionHoursRow } from '../../report-core/range';

/** Content category labels as the forms write them: the official terms, or the station's own label. */
export function categoryLabels(db: Database, stationId: string): (code: string) => string {
  const own = new Map(
    (db.prepare("SELECT code, label FROM vocab WHERE station_id = ? AND list = 'content_category'").all(stationId) as { code: string; label: string }[]).map(
      (r) => [r.code, r.label],
    ),
  );
  return (code) => (CONTENT_CATEGORY_ZH as Record<string, string>)[code] ?? own.get(code) ?? code;
}

