import type { Core } from './core';
import { startBackupSchedule, type ScheduleOptions } from '../services/backups';
import { describeError } from '../lib/log';
import type { DamagedDatabaseError } from '../db/errors';

export interface HostLifecycle {
  /**
   * The orderly end, once however often it is asked for: stop taking requests (`before`), let a
   * running backup finish and make the quit backup, then close the core and run `after` (release
   * the data lock). A failing step is logged and the rest still run: the database always closes.
   */
  shutdown: () => Promise<void>;
}

/**
 * What a long-running host (the desktop app, `station serve`) does around an open core: automatic
 * daily backups from now on, and the on-quit backup before the core closes. Pure Node, so the
 * Electron shell's use of it is tested without Electron.
 */
export function startHostLifecycle(
  core: Core,
  steps: {
    before?: () => void | Promise<void>;
    after?: () => void;
    schedule?: ScheduleOptions;
    /** The background start-up check found the database damaged (the host says so and stops). */
    onDamaged?: (err: DamagedDatabaseError) => void;
  } = {},
): HostLifecycle {
  const stopBackups = startBackupSchedule(core, steps.schedule);
  core.integrity.ready().catch(() => {
    const failure = core.integrity.failure;
    if (failure) steps.onDamaged?.(failure);
  });
  let done: Promise<void> | null = null;
  const step = async (name: string, fn: () => unknown) => {
    try {
      await fn();
    } catch (err) {
      core.log.error('shutdown.stepFailed', { step: name, error: describeError(err) });
    }
  };
  return {
    shutdown: () =>
      (done ??= (async () => {
        if (steps.before) await step('before', steps.before);
        await step('backup', stopBackups);
        await step('close', () => core.close());
        if (steps.after) await step('after', steps.after);
      })()),
  };
}

/**
 * Electron's 'will-quit' cannot wait for a promise: the first one is held back (preventDefault)
 * while `shutdown` runs, then `quitAgain` asks to quit once more and that one goes through. Any
 * 'will-quit' while shutting down is held back too.
 */
export function holdQuitFor(shutdown: () => Promise<void>, quitAgain: () => void): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  return (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    void shutdown().finally(() => {
      state = 'stopped';
      quitAgain();
    });
  };
}
