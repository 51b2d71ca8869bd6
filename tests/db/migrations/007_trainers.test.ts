import { describeMigration } from './support';

describeMigration(7, 'trainers', [{ index: 'trainers_station', sql: 'SELECT id FROM trainers WHERE station_id = ? AND active = 1 ORDER BY name' }]);
