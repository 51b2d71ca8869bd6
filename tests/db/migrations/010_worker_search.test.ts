import { describeMigration } from './support';

describeMigration(10, 'worker_search', [
  { index: 'workers_mobile_rev', sql: 'SELECT id FROM workers WHERE station_id = ? AND mobile_rev >= ? AND mobile_rev < ?' },
  { index: 'workers_employer', sql: 'SELECT id FROM workers WHERE station_id = ? AND employer = ?' },
]);
