import { openCore } from '../../app/core';
import { dispatch } from '../../app/dispatch';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';

export const DEMO_STATION = '中建八局江门市蓬江区滨江新城安置房项目 农民工素质和技能提升站';
export const DEMO_PASSWORD = 'demo-station';

/** Fills an empty data folder with a demo station a newcomer can click through at once. */
export async function demo(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { 'admin-password': { type: 'string' } });
  const dataDir = dataDirFrom(values.data);
  const password = values['admin-password'] ?? DEMO_PASSWORD;
  const core = openCore({ dataDir });
  try {
    if (core.stations.count() > 0) {
      throw new UsageError(`${dataDir} already holds a station; the demo only fills an empty data folder (use --data with a new folder).`, 1);
    }
    const result = await dispatch(core, { role: 'anonymous', via: 'cli' }, 'setup.init', {
      stationName: DEMO_STATION,
      adminPassword: password,
    });
    if (!result.ok) throw new UsageError(describeFailure(result.error), 1);
    ctx.out(`Demo station created in ${dataDir}.`);
    ctx.out(`Sign in as "admin" with the password "${password}". Start it with: station serve --data ${JSON.stringify(dataDir)}`);
    return 0;
  } finally {
    core.close();
  }
}
