import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { setUp } from '../support/callers';
import { testCore } from '../support/temp';

describe('station settings read on every scan', () => {
  it('follow a change made by the app and one committed by another connection (the CLI, a SQLite tool)', async () => {
    const { core } = testCore();
    await setUp(core);
    const stationId = core.stations.first()!.id;
    expect(core.stationSettings.get(stationId).lateAfterMinutes).toBe(5);
    core.stationSettings.update(stationId, { lateAfterMinutes: 9 });
    expect(core.stationSettings.get(stationId).lateAfterMinutes).toBe(9);
    const other = new Database(core.db.name);
    other.prepare("UPDATE station_settings SET value_json = '15' WHERE station_id = ? AND key = 'lateAfterMinutes'").run(stationId);
    other.close();
    expect(core.stationSettings.get(stationId).lateAfterMinutes).toBe(15);
    expect(Object.isFrozen(core.stationSettings.get(stationId))).toBe(true);
  });
});
