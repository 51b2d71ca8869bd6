import { describeMigration } from './support';

// The push reads each synced table above the hub's acknowledged revision, in revision order (hub-sync/batch.ts).
describeMigration(24, 'hub_sync', [
  { index: 'sync_rev_attendance', sql: 'SELECT * FROM attendance WHERE sync_rev > ? ORDER BY sync_rev LIMIT ?' },
  { index: 'sync_rev_workers', sql: 'SELECT * FROM workers WHERE sync_rev > ? ORDER BY sync_rev LIMIT ?' },
  { index: 'sync_tombstones_rev', sql: 'SELECT tbl, key, station_id, rev FROM sync_tombstones WHERE rev > ? ORDER BY rev LIMIT ?' },
]);
