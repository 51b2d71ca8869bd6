import { describeMigration } from './support';

// Reports read workers by number: the present attendances and the roster groups straight from covering indexes.
describeMigration(16, 'worker_numbers', [
  { index: 'workers_seq', sql: 'SELECT id FROM workers WHERE seq = ?' },
  { index: 'attendance_report', sql: "SELECT worker_seq, credited_hours FROM attendance WHERE session_id = ? AND status = 'present'" },
  { index: 'workers_report', sql: 'SELECT trade_id, team, home_township, seq FROM workers WHERE station_id = ?' },
  { index: 'workers_merged', sql: 'SELECT id, merged_into FROM workers WHERE station_id = ? AND merged_into IS NOT NULL' },
]);
