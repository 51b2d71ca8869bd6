import { describeMigration } from './support';

describeMigration(14, 'reports', [
  { index: 'certificates_worker', sql: 'SELECT * FROM certificates WHERE worker_id = ? ORDER BY issued_on' },
  { index: 'certificates_station', sql: 'SELECT * FROM certificates WHERE station_id = ? AND issued_on >= ? AND issued_on < ?' },
  { index: 'subsidy_payments_worker', sql: 'SELECT amount_yuan FROM subsidy_payments WHERE worker_id = ? AND year = ?' },
]);
