import { statfsSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { mayCall, type Caller } from '../../shared/contract/access';
import { channels, isChannelName } from '../../shared/contract/channels';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../shared/contract/result';
import type { Core } from './core';
import { confineToStation } from './confine';
import { handlers } from './handlers';
import type { CallContext } from './handler';
import type { EventBus } from './events';
import type { StationEvent, StationEventType } from '../../shared/contract/events';
import { newId } from '../lib/ids';
import { describeError } from '../lib/log';

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

type AnyHandler = (input: unknown, ctx: CallContext<StationEventType>) => unknown;

/** SQLite's "database or disk is full", or the file system's own. */
function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

/** Free bytes on the data folder's disk, when the platform says. */
function freeSpace(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** SQLite's refusal on a query-only (or read-only) connection. */
function isQueryOnlyRefusal(err: unknown): boolean {
  return String((err as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_READONLY');
}

/** Waits for the start-up check; null when writing may go ahead, else the refusal to answer with. */
async function untilWritable(core: Core): Promise<Result<never> | null> {
  try {
    await core.integrity.ready();
    return null;
  } catch (err) {
    const failure = core.integrity.failure;
    if (!failure) throw err;
    const { problem, newestBackup } = failure.report;
    return fail('database_damaged', 'The database failed its start-up check; nothing may be written to it', {
      problem,
      newestBackup: newestBackup ? { name: basename(newestBackup.path), at: newestBackup.at } : null,
    });
  }
}

/**
 * The single entry into the core: look the channel up, check access, parse input, run the handler.
 * Always resolves to a Result; no exception escapes, whatever the caller sent.
 */
export async function dispatch(core: Core, caller: Caller, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !isChannelName(name)) return fail('unknown_channel', 'No such channel');
  const def = channels[name];
  if (!mayCall(caller, def.access)) {
    return caller.role === 'anonymous'
      ? fail('unauthenticated', 'Sign in first')
      : fail('forbidden', 'Your role may not do this');
  }
  const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) return fail('invalid_input', 'The input is not valid', { fields: fieldIssues(parsed.error) });
  const handler = handlers[name] as AnyHandler;
  const events = raiser(name, def.raises);
  const run = () => {
    if (def.access === 'kiosk') confineToStation(core, caller, parsed.data);
    events.discard(); // a run refused by the start-up check and run again announces once
    return handler(parsed.data, { core, caller, raise: events.raise });
  };
  try {
    if (def.mutates && core.integrity.state !== 'ok') {
      const refused = await untilWritable(core);
      if (refused) return refused;
    }
    try {
      return ok(await run());
    } catch (err) {
      // A call that writes without saying so (a sign-in's lockout count) met the query-only connection
      // of the start-up check: nothing was written, so it runs again once the check has passed.
      if (!isQueryOnlyRefusal(err) || core.integrity.state === 'ok') throw err;
      const refused = await untilWritable(core);
      if (refused) return refused;
      return ok(await run());
    }
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message, err.details);
    if (isDiskFull(err)) {
      const freeBytes = freeSpace(core.dataDir);
      core.log.error('dispatch.disk_full', { channel: name, dataDir: core.dataDir, freeBytes });
      return fail('disk_full', `The disk holding the data folder ${core.dataDir} is full (${Math.round((freeBytes ?? 0) / 1024 / 1024)} MB free); nothing was written`, {
        dataDir: core.dataDir,
        freeBytes,
      });
    }
    const ref = newId();
    core.log.error('dispatch.internal', { channel: name, ref, error: describeError(err) });
    return fail('internal', 'Something went wrong inside the station; the log has the details', { ref });
  } finally {
    // After the handler (its answer goes first), and even when it failed later on: what it raised was written.
    events.flush(core.events);
  }
}

/**
 * The events one call raises. Only those its channel's definition lists may be raised: the contract
 * says what a write announces, and a handler cannot announce anything else.
 */
export function raiser(name: string, declared: readonly StationEventType[] | undefined) {
  const raised: StationEvent[] = [];
  return {
    raise(event: StationEvent): void {
      if (!declared?.includes(event.type)) throw new Error(`${name} raised ${event.type}, which its channel does not list in raises`);
      raised.push(event);
    },
    discard(): void {
      raised.length = 0;
    },
    flush(bus: Pick<EventBus, 'emit'>): void {
      for (const event of raised.splice(0)) bus.emit(event);
    },
  };
}
