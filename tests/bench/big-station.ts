import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { generateStation, type Generated } from '../../main/services/demo';
import { addDays, stationNow } from '../../shared/domain/time';

export interface BigStation {
  dataDir: string;
  core: Core;
  stationId: string;
  made: Generated;
  generateSeconds: number;
}

/** The station the issues measure against: 200,000 workers, 20,000 sessions, 2,000,000 attendance rows. */
export async function bigStation(size = { workers: 200_000, sessions: 20_000, attendance: 2_000_000 }): Promise<BigStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-bench-big-'));
  const core = openCore({ dataDir });
  const setup = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'setup.init', { stationName: '基准测试提升站', adminPassword: 'bench-password-1' });
  if (!setup.ok) throw new Error(setup.error.message);
  const stationId = core.stations.first()!.id;
  const today = stationNow(new Date()).slice(0, 10);
  const t = performance.now();
  const made = generateStation(core.db, stationId, { ...size, until: addDays(today, -1) });
  const generateSeconds = (performance.now() - t) / 1000;
  core.db.exec('ANALYZE');
  return { dataDir, core, stationId, made, generateSeconds };
}
