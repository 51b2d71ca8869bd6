/**
 * The station tables whose records go to the hub. Joining the sync is one line here: at the next start
 * the table gets its revision column and triggers (sync-tracking.ts), and its rows go out with the next
 * push. `key` is the columns that name a record (the hub's id for it); `private` columns never leave
 * the station as they are (hub-sync/privacy.ts says what goes instead).
 */
export interface SyncedTable {
  table: string;
  key: readonly string[];
  private?: readonly string[];
  /** Columns left out of the batch (large or local-only). */
  omit?: readonly string[];
}

export const SYNCED_TABLES: readonly SyncedTable[] = [
  { table: 'stations', key: ['id'], omit: ['station_id'] },
  { table: 'trades', key: ['id'] },
  { table: 'vocab', key: ['station_id', 'list', 'code'] },
  { table: 'workers', key: ['id'], private: ['id_number', 'id_rev', 'mobile', 'mobile_rev', 'birth_date'], omit: ['badge_code'] },
  { table: 'trainers', key: ['id'], private: ['phone'] },
  { table: 'training_sessions', key: ['id'] },
  { table: 'session_trainers', key: ['session_id', 'trainer_id'] },
  { table: 'session_trades', key: ['session_id', 'trade_id'] },
  { table: 'attendance', key: ['id'] },
  { table: 'certificates', key: ['id'] },
  { table: 'training_plans', key: ['id'] },
  { table: 'subsidy_payments', key: ['id'] },
];

/** The SQL expression naming a record, over `prefix` (NEW., OLD. or nothing). */
export function keyExpr(t: SyncedTable, prefix = ''): string {
  return t.key.map((c) => `${prefix}"${c}"`).join(" || '/' || ");
}
