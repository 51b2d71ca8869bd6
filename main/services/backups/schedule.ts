import type { Clock } from '../../lib/clock';
import { describeError, type Logger } from '../../lib/log';
import type { BackupService } from './online';

const DAY_MS = 24 * 60 * 60_000;

/** What the schedule needs of a running core (the composition root passes itself). */
export interface ScheduledCore {
  integrity: { readonly state: string };
  log: Logger;
  backups: Pick<BackupService, 'create' | 'list'>;
  clock: Clock;
}

export interface ScheduleOptions {
  /** How often to look whether a daily backup is due (default 10 minutes). */
  checkEveryMs?: number;
  /** The first look after start (default 1 minute), so start-up is not slowed by a backup. */
  firstCheckMs?: number;
}

/**
 * Automatic backups for a running host (station serve, the desktop app): one whenever the newest
 * backup is a day old, and one on quit. Returns the stop function, which waits for a running backup
 * and then makes the quit backup; call it before closing the core.
 */
export function startBackupSchedule(core: ScheduledCore, opts: ScheduleOptions = {}): () => Promise<void> {
  let stopped = false;
  // A backup writes its row to the database: none before the start-up check passed, none of a damaged one.
  const run = (reason: 'daily' | 'quit') =>
    core.integrity.state !== 'ok'
      ? Promise.resolve(core.log.warn('backup.skipped', { reason, integrity: core.integrity.state }))
      : core.backups.create(reason).then(
      () => undefined,
      (err: unknown) => core.log.error('backup.failed', { reason, error: describeError(err) }),
    );
  const due = () => {
    const newest = core.backups.list()[0];
    return !newest || core.clock.now().getTime() - Date.parse(newest.at) >= DAY_MS;
  };
  const tick = () => {
    if (!stopped && due()) void run('daily');
  };
  const first = setTimeout(tick, opts.firstCheckMs ?? 60_000);
  const timer = setInterval(tick, opts.checkEveryMs ?? 10 * 60_000);
  // The schedule must never keep a process alive that is otherwise done.
  first.unref();
  timer.unref();
  let stopping: Promise<void> | null = null;
  return () => {
    stopping ??= (async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await run('quit');
    })();
    return stopping;
  };
}
