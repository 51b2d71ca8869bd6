import { describeMigration } from './support';

describeMigration(6, 'workers', [
  { index: 'workers_name', sql: 'SELECT id FROM workers WHERE station_id = ? AND name = ?' },
  { index: 'workers_id_rev', sql: 'SELECT id FROM workers WHERE station_id = ? AND id_rev >= ? AND id_rev < ?' },
  { index: 'workers_mobile', sql: 'SELECT id FROM workers WHERE station_id = ? AND mobile = ?' },
  { index: 'workers_team', sql: 'SELECT id FROM workers WHERE station_id = ? AND team = ?' },
  { index: 'workers_trade', sql: 'SELECT id FROM workers WHERE station_id = ? AND trade_id = ?' },
  { index: 'workers_created', sql: 'SELECT id FROM workers WHERE station_id = ? AND created_at >= ?' },
  { index: 'badges_worker', sql: 'SELECT code FROM badges WHERE worker_id = ?' },
]);
