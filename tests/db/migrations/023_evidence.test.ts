import { describeMigration } from './support';

describeMigration(23, 'evidence', [
  // The retention sweep, per station.
  { index: 'attendance_photos_taken', sql: 'SELECT attendance_id FROM attendance_photos WHERE station_id = ? AND taken_at < ?' },
  // Anonymising a worker deletes theirs.
  { index: 'attendance_photos_worker', sql: 'SELECT attendance_id FROM attendance_photos WHERE worker_id = ?' },
  // The live view's photos of a session.
  { index: 'attendance_photos_session', sql: 'SELECT worker_id, taken_at FROM attendance_photos WHERE session_id = ?' },
  { index: 'session_attachments_session', sql: 'SELECT id, name FROM session_attachments WHERE session_id = ? ORDER BY created_at, id' },
]);
