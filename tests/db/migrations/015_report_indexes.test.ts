import { describeMigration } from './support';

// The period reports read these indexes instead of the tables (migration 015's measured reason).
describeMigration(15, 'report_indexes', [
  { index: 'attendance_report', sql: "SELECT worker_id, credited_hours FROM attendance WHERE session_id = ? AND status = 'present'" },
  { index: 'workers_report', sql: 'SELECT id, merged_into, trade_id, team, home_township FROM workers WHERE station_id = ?' },
]);
