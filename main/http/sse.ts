import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../../shared/contract/access';
import { endsStream, mayHear } from '../../shared/contract/events';
import { fail } from '../../shared/contract/result';
import type { Core } from '../app/core';
import { SECURITY_HEADERS, STATUS } from './rules';

const HEARTBEAT_MS = 25_000;

/** Server-sent events for a signed-in screen: the core's events this caller may hear, plus a heartbeat so proxies keep it open. */
export function openEventStream(core: Core, req: IncomingMessage, res: ServerResponse, caller: Caller): void {
  if (req.method !== 'GET') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET' });
    res.end();
    return;
  }
  if (caller.role === 'anonymous') {
    res.writeHead(STATUS.unauthenticated, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(fail('unauthenticated', 'Sign in first')));
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const end = () => {
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  const unsubscribe = core.events.subscribe((event) => {
    if (endsStream(caller, event)) {
      end();
      res.end();
      return;
    }
    if (!mayHear(caller, event)) return;
    const message = `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
    // After the answer of the call that caused it (a handler emits before it returns): a tablet's scan
    // answer then reaches it before the attendance.changed its own scan caused, which only schedules a
    // refresh, so the worker's confirmation is not queued behind it on a slow tablet. Order is kept.
    setImmediate(() => {
      if (!ended) res.write(message);
    });
  });
  req.on('close', end);
  res.on('error', end);
}
