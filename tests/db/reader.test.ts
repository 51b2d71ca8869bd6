// Reports read through their own read-only connection (openReader): SQLite refuses any change through
// it, and it sees each write as soon as the writer has committed it.
import { describe, expect, it } from 'vitest';
import { openReader } from '../../main/db/open';
import { call, setUp } from '../support/callers';
import { testCore } from '../support/temp';

describe('the reports’ read-only connection', () => {
  it('refuses every change, and reads what the writer committed at once', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const reader = openReader(core.db);
    try {
      expect(() => reader.prepare("UPDATE stations SET name = 'x'").run()).toThrow(/readonly/i);
      expect(() => reader.exec('CREATE TABLE sneaky (a)')).toThrow(/readonly/i);
      const stationId = core.stations.first()!.id;
      await call(core, admin, 'station.rename', { stationId, name: '鹤山基地提升站' });
      expect(reader.prepare('SELECT name FROM stations WHERE id = ?').pluck().get(stationId)).toBe('鹤山基地提升站');
      // The status table, a report, names the station by what was just written.
      const table = await call(core, admin, 'reports.statusTable', {});
      expect(JSON.stringify(table)).toContain('鹤山基地提升站');
    } finally {
      reader.close();
      core.close();
    }
  });
});
