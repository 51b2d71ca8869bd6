import { LATEST_VERSION } from '../../db/migrations/index';
import { APP_VERSION } from '../../app/version';
import { parse } from '../args';
import type { CliContext } from '../context';

export function versionCommand(argv: string[], ctx: CliContext): number {
  parse(argv, {});
  ctx.out(`upgrade-station ${APP_VERSION} (database schema ${LATEST_VERSION}, Node ${process.versions.node})`);
  return 0;
}
