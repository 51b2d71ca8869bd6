import type { Caller } from '../../shared/contract/access';
import { generateStation } from '../../main/services/demo/generate';
import { addDays } from '../../shared/domain/time';
import { setUp } from './callers';
import { testCore } from './temp';

/** A station filled by the demo generator (workers, sessions, attendance with its chain), for volume tests. */
export async function filledStation(size: { workers: number; sessions: number; attendance: number }, name = '批量测试提升站') {
  const { core, clock } = testCore({ at: '2026-03-31T12:00:00.000Z' });
  const { admin } = await setUp(core, name);
  const stationId = core.stations.first()!.id;
  generateStation(core.db, stationId, { ...size, until: addDays('2026-03-31', -1) });
  return { core, clock, admin: admin as Caller, stationId };
}
