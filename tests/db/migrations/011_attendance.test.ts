import { describeMigration } from './support';

describeMigration(11, 'attendance', [
  { index: 'attendance_worker', sql: 'SELECT session_id FROM attendance WHERE worker_id = ?' },
  { index: 'attendance_station_time', sql: 'SELECT id FROM attendance WHERE station_id = ? AND signed_in_at >= ? AND signed_in_at < ?' },
  { index: 'attendance_events_session', sql: 'SELECT * FROM attendance_events WHERE session_id = ? ORDER BY seq' },
  { index: 'attendance_events_idempotency', sql: 'SELECT * FROM attendance_events WHERE idempotency_key = ?' },
]);
