import { call, type CallResult } from '../api/client';

/**
 * The kiosk's first kiosk.state, asked for as soon as the script runs (before i18next and React are up),
 * so the station's answer travels while the page renders: the scanner field is ready one round trip and
 * one render sooner on a slow tablet.
 */
let pending: { sessionId: string | null; result: Promise<CallResult<'kiosk.state'>>; value: CallResult<'kiosk.state'> | null } | null = null;

export function prefetchKioskState(sessionId: string | null): Promise<CallResult<'kiosk.state'>> {
  const result = call('kiosk.state', sessionId ? { sessionId } : {});
  const entry = { sessionId, result, value: null as CallResult<'kiosk.state'> | null };
  void result.then((r) => (entry.value = r));
  pending = entry;
  return result;
}

/** The prefetched answer if it is for this session and has arrived (read once, at the first render). */
export function prefetchedState(sessionId: string | null): CallResult<'kiosk.state'> | null {
  return pending && pending.sessionId === sessionId ? pending.value : null;
}

/** The prefetched call for this session, used once; later loads ask the station again. */
export function takePrefetch(sessionId: string | null): Promise<CallResult<'kiosk.state'>> | null {
  if (!pending || pending.sessionId !== sessionId) return null;
  const { result } = pending;
  pending = null;
  return result;
}
