import { describeMigration } from './support';

describeMigration(9, 'audit', [
  { index: 'audit_entity', sql: 'SELECT id FROM audit_log WHERE entity = ? AND entity_id = ?' },
  { index: 'audit_at', sql: 'SELECT id FROM audit_log WHERE station_id = ? AND at >= ? AND at < ?' },
]);
