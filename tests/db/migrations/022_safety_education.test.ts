import { describeMigration } from './support';

describeMigration(22, 'safety_education', [{ index: 'safety_edu_sessions_level', sql: 'SELECT session_id FROM safety_edu_sessions WHERE station_id = ? AND level = ?' }]);
