import { LATEST_VERSION } from '../../db/migrations/index';
import { APP_VERSION } from '../../app/version';
import type { CliContext } from '../context';

export function versionCommand(_argv: string[], ctx: CliContext): number {
  ctx.out(`upgrade-station ${APP_VERSION} (database schema ${LATEST_VERSION}, Node ${process.versions.node})`);
  return 0;
}
