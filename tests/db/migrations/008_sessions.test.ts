import { describeMigration } from './support';

describeMigration(8, 'sessions', [
  { index: 'sessions_station_time', sql: 'SELECT id FROM training_sessions WHERE station_id = ? AND starts_at >= ? AND starts_at < ?' },
  { index: 'sessions_state', sql: 'SELECT id FROM training_sessions WHERE station_id = ? AND state = ? ORDER BY starts_at' },
  { index: 'sessions_series', sql: 'SELECT id FROM training_sessions WHERE series_id = ?' },
  { index: 'session_trainers_trainer', sql: 'SELECT session_id FROM session_trainers WHERE trainer_id = ?' },
]);
