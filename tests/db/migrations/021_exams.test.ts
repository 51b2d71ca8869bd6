import { describeMigration } from './support';

describeMigration(21, 'exams', [
  { index: 'exam_questions_stem', sql: 'SELECT id FROM exam_questions WHERE station_id = ? AND stem_key = ? AND deleted_at IS NULL' },
  { index: 'exam_questions_category', sql: 'SELECT category, topic, kind, count(*) FROM exam_questions WHERE station_id = ? AND category = ? GROUP BY category, topic, kind' },
  { index: 'exam_attempts_session', sql: 'SELECT attendance_id, count(*) FROM exam_attempts WHERE session_id = ? GROUP BY attendance_id' },
  { index: 'exam_results_attendance', sql: 'SELECT * FROM exam_results WHERE attendance_id = ? ORDER BY seq' },
  { index: 'exam_results_session', sql: 'SELECT * FROM exam_results WHERE session_id = ? ORDER BY seq' },
  { index: 'exam_results_worker', sql: 'SELECT * FROM exam_results WHERE worker_id = ? ORDER BY seq' },
  { index: 'exam_results_attempt', sql: 'SELECT max(seq) FROM exam_results x WHERE x.attempt_id = ?' },
  { index: 'exam_results_first', sql: 'SELECT * FROM exam_results WHERE attempt_id = ? AND corrects IS NULL' },
  { index: 'exam_results_idempotency', sql: 'SELECT * FROM exam_results WHERE idempotency_key = ?' },
]);
