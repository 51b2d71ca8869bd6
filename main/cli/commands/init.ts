import { readFileSync } from 'node:fs';
import { withLockedCore } from '../locked-core';
import { dispatch } from '../../app/dispatch';
import { requiredText } from '../../../shared/contract/schemas';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';

/** First-run setup without a window, for scripted installs. */
export async function init(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { name: { type: 'string' }, 'admin-name': { type: 'string' }, 'admin-password-file': { type: 'string' } });
  const name = requiredText(100).safeParse(values.name ?? '');
  if (!name.success) throw new UsageError('Give the station a name with --name "…" (1 to 100 characters).');
  let password: string | undefined;
  if (values['admin-password-file']) {
    try {
      password = readFileSync(values['admin-password-file'], 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new UsageError(`Cannot read the password file ${values['admin-password-file']}.`);
    }
  }
  return withLockedCore(dataDirFrom(values.data), 'station init', async (core) => {
    if (core.accounts.count() > 0) throw new UsageError('This data folder already has a station with an admin; nothing was changed.', 1);
    if (password === undefined) {
      const station = core.stations.first() ?? core.stations.create(name.data);
      if (station.name !== name.data) core.stations.rename(station.id, name.data);
      ctx.out(`Station "${name.data}" created (${station.id}). The admin password is set at the first sign-in.`);
      return 0;
    }
    const result = await dispatch(core, { role: 'anonymous', via: 'cli' }, 'setup.init', {
      stationName: name.data,
      ...(values['admin-name'] ? { adminName: values['admin-name'] } : {}),
      adminPassword: password,
    });
    if (!result.ok) throw new UsageError(describeFailure(result.error), 1);
    ctx.out(`Station "${name.data}" created with its admin account (user name: admin).`);
    return 0;
  });
}
