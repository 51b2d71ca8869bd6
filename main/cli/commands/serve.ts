import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../app/core';
import type { DamagedDatabaseError } from '../../db/errors';
import { acquireDataLock } from '../../app/lock';
import { startHostLifecycle } from '../../app/shutdown';
import { createHttpHost } from '../../http/server';
import { dataDirFrom, intOption, parse, UsageError } from '../args';
import type { CliContext } from '../context';

export const DEFAULT_PORT = 8760;

export async function serve(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { host: { type: 'string' }, port: { type: 'string' } });
  const port = intOption(values.port, 'port', 0, 65535) ?? DEFAULT_PORT;
  const host = values.host ?? '127.0.0.1';
  const dataDir = dataDirFrom(values.data);
  // One server per data folder: a second one says so instead of sharing the database.
  const lock = acquireDataLock(dataDir, 'station serve');
  let core;
  try {
    core = openCore({ dataDir, logToStderr: false, lock, checkInBackground: true });
  } catch (err) {
    lock.release();
    throw err;
  }
  if (!existsSync(join(ctx.rendererDir, 'index.html'))) {
    ctx.err(`Warning: the screens are not built (${ctx.rendererDir} has no index.html); run "npm run build". The API still answers.`);
  }
  let host_;
  try {
    host_ = await createHttpHost({ core, rendererDir: ctx.rendererDir, host, port });
  } catch (err) {
    core.close();
    lock.release();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${host} is already in use; stop the other program or choose another with --port.`, 1);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`This computer has no address ${host}; use --host 127.0.0.1 or one of its LAN addresses.`, 1);
    if (code === 'EACCES') throw new UsageError(`Not allowed to listen on port ${port}; choose a port above 1024 with --port.`, 1);
    throw err;
  }
  // Daily backups while serving; on stop: no more requests, the quit backup, then close and unlock.
  // A database the background check finds damaged ends the server as a refused start would have.
  let damaged: ((err: DamagedDatabaseError) => void) | null = null;
  // A station enrolled at a hub pushes in the background; the kiosk never waits for it.
  const hubPush = core.hubSync.background((event, data) => core.log.info(event, data));
  hubPush.start();
  const lifecycle = startHostLifecycle(core, {
    before: () => {
      hubPush.stop();
      return host_.close();
    },
    after: () => lock.release(),
    onDamaged: (err) => damaged?.(err),
  });
  core.log.info('serve.started', { host, port: Number(new URL(host_.url).port) });
  ctx.out(`Upgrade Station is running. Open ${host_.url} in a browser (data: ${dataDir}). Press Ctrl+C to stop.`);
  if (host === '0.0.0.0') ctx.out('Tablets on the site network can reach this PC on its LAN address at the same port.');

  return new Promise<number>((resolve) => {
    const stop = async () => {
      await lifecycle.shutdown();
      resolve(0);
    };
    damaged = (err) => {
      ctx.err(err.message);
      void lifecycle.shutdown().then(() => resolve(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
