import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { openHubCore, type HubCore } from '../../hub/core';
import { startHubHost } from '../../hub/http/server';
import { createHubAccount } from '../../hub/services/accounts';
import { createEnrolmentCode, resetStation, retireStation } from '../../hub/services/enrolment';
import { applyBatch } from '../../hub/services/ingest';
import { intOption, parse, UsageError } from '../args';
import type { CliContext } from '../context';

export const HUB_DEFAULT_PORT = 8790;

export const HUB_USAGE = [
  'Usage: station hub --pg postgres://USER@HOST/DB [--host ADDR] [--port N] [--key-file F] [--tls-cert F --tls-key F]   run the hub (HTTPS with a certificate)',
  '       station hub add-admin --pg URL --username U --password-file F',
  '       station hub add-viewer --pg URL --username U --password-file F --stations ID,ID,...',
  '       station hub code --pg URL [--label TEXT] [--hours N]     a one-time enrolment code for a station',
  '       station hub import-bundle FILE --pg URL [--key-file F]   apply a station\'s USB bundle',
  '       station hub retire NODE --pg URL                         end a station PC\'s enrolment (audited)',
  '       station hub reset-station NODE --pg URL                  after a station was restored from an old backup (audited)',
  '       station hub migrate --pg URL                             bring the hub\'s schema up to date',
  '--pg defaults to $HUB_PG_URL; --key-file (the key that seals full ID numbers) to ~/.station-hub/hub-id.key.',
].join('\n');

const OPTIONS = {
  pg: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'key-file': { type: 'string' },
  username: { type: 'string' },
  'password-file': { type: 'string' },
  stations: { type: 'string' },
  label: { type: 'string' },
  hours: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
} as const;

/** `station hub ...`: the hub host and its admin's commands, over the hub's PostgreSQL database. */
export async function hubCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const pgUrl = values.pg ?? process.env.HUB_PG_URL;
  if (!pgUrl) throw new UsageError(`--pg postgres://... is required (or set HUB_PG_URL)\n${HUB_USAGE}`);
  const keyFile = values['key-file'] ?? join(homedir(), '.station-hub', 'hub-id.key');
  const [sub, ...rest] = positionals;
  let core: HubCore;
  try {
    core = await openHubCore({ pgUrl, keyFile });
  } catch (e) {
    const err = e as Error & { code?: string };
    ctx.err(`station hub: cannot open the hub database (${err.code ?? ''} ${err.message}). Is PostgreSQL running, and does the database exist? See the README's hub section.`);
    return 1;
  }
  if (!sub) {
    let tls: { cert: Buffer; key: Buffer } | undefined;
    if (values['tls-cert'] || values['tls-key']) {
      if (!values['tls-cert'] || !values['tls-key']) {
        await core.close();
        throw new UsageError('--tls-cert and --tls-key go together: the certificate (PEM) and its private key (PEM)');
      }
      try {
        tls = { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) };
      } catch (e) {
        await core.close();
        throw new UsageError(`Cannot read the certificate or its key: ${(e as Error).message}`);
      }
    }
    return serveHub(core, ctx, values.host ?? '127.0.0.1', intOption(values.port, 'port', 0, 65535) ?? HUB_DEFAULT_PORT, tls);
  }
  try {
    const password = () => {
      if (!values['password-file']) throw new UsageError('--password-file F is required (the password is read from a file, never from the command line)');
      return readFileSync(values['password-file'], 'utf8').trim();
    };
    const need = (v: string | undefined, name: string) => {
      if (!v) throw new UsageError(`--${name} is required\n${HUB_USAGE}`);
      return v;
    };
    switch (sub) {
      case 'migrate':
        ctx.out('The hub database is up to date.');
        return 0;
      case 'add-admin':
        await createHubAccount(core.pool, 'cli', { username: need(values.username, 'username'), password: password(), role: 'admin' });
        ctx.out(`Hub admin ${values.username} created.`);
        return 0;
      case 'add-viewer': {
        const stations = need(values.stations, 'stations').split(',').map((s) => s.trim()).filter(Boolean);
        await createHubAccount(core.pool, 'cli', { username: need(values.username, 'username'), password: password(), role: 'viewer', stations });
        ctx.out(`Viewer ${values.username} created, seeing ${stations.length} station(s).`);
        return 0;
      }
      case 'code': {
        const c = await createEnrolmentCode(core.pool, 'cli', values.label ?? '', intOption(values.hours, 'hours', 1, 720) ?? 72);
        ctx.out(`Enrolment code: ${c.code} (one station PC; valid until ${c.expiresAt}).`);
        return 0;
      }
      case 'import-bundle': {
        const file = rest[0];
        if (!file) throw new UsageError(HUB_USAGE);
        const a = await applyBatch(core.pool, readFileSync(file), 'bundle', core.vault);
        ctx.out(`${a.outcome}: ${a.message} The hub holds this station to revision ${a.hwm.rev}${a.chainVerifiedTo ? `; chain verified to ${a.chainVerifiedTo}` : ''}.`);
        return 0;
      }
      case 'retire':
        await retireStation(core.pool, 'cli', need(rest[0], 'NODE'));
        ctx.out(`Station PC ${rest[0]} retired. It may enrol again with a new code.`);
        return 0;
      case 'reset-station':
        await resetStation(core.pool, 'cli', need(rest[0], 'NODE'));
        ctx.out(`The hub's copy of station PC ${rest[0]} was reset: its next sync sends everything it has.`);
        return 0;
      default:
        throw new UsageError(HUB_USAGE);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as Error & { details?: { reason?: string } };
    ctx.err(`station hub ${sub}: ${err.details?.reason ? `${err.details.reason}: ` : ''}${err.message}`);
    return 1;
  } finally {
    if (sub) await core.close();
  }
}

async function serveHub(core: HubCore, ctx: CliContext, host: string, port: number, tls: { cert: Buffer; key: Buffer } | undefined): Promise<number> {
  let hostHandle;
  try {
    hostHandle = await startHubHost(core, { host, port, rendererDir: ctx.rendererDir, ...(tls ? { tls } : {}), log: (event, data) => ctx.err(`${new Date().toISOString()} ${event} ${JSON.stringify(data)}`) });
  } catch (err) {
    await core.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${host} is already in use; choose another with --port.`, 1);
    throw err;
  }
  ctx.out(`The hub is running. Stations enrol and sync at ${hostHandle.url}; its channels answer at ${hostHandle.url}/hub/api/rpc/<name>. Press Ctrl+C to stop.`);
  return new Promise<number>((resolve) => {
    const stop = async () => {
      await hostHandle.close();
      await core.close();
      resolve(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
