import type { StationBridge } from '../../../shared/contract/bridge';
import { HTTP } from '../../../shared/contract/bridge';
import type { ChannelName, Channels } from '../../../shared/contract/channels';
import type { InputOf, OutputOf } from '../../../shared/contract/define';
import type { Result } from '../../../shared/contract/result';
import { asResult, networkFailure, resultFromHttp } from './errors';
import { HttpEventStream, type EventListener } from './events';
import { readToken, writeToken } from './session';
import { tokenAfter } from './token';

declare global {
  interface Window {
    /** Present only inside the Electron shell (its preload exposes it). */
    station?: StationBridge;
  }
}

export type CallResult<K extends ChannelName> = Result<OutputOf<Channels[K]>>;

const bridge = (): StationBridge | undefined => (typeof window === 'undefined' ? undefined : window.station);

const stream = new HttpEventStream(readToken);
const sessionLost = new Set<() => void>();

function remember(name: string, result: Result<unknown>): void {
  const before = readToken();
  const after = tokenAfter(name, result, before);
  if (after !== before) {
    writeToken(after);
    stream.restart();
  }
  if (!result.ok && result.error.code === 'unauthenticated' && name !== 'auth.signIn') {
    for (const listener of sessionLost) listener();
  }
}

async function overHttp(name: string, input: unknown): Promise<Result<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token) headers[HTTP.sessionHeader] = token;
  let res: Response;
  let text: string;
  try {
    res = await fetch(HTTP.rpcPrefix + name, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
    text = await res.text();
  } catch (err) {
    return networkFailure(err);
  }
  return resultFromHttp(res.status, text);
}

async function overBridge(b: StationBridge, name: string, input: unknown): Promise<Result<unknown>> {
  try {
    return asResult(await b.call(name, input)) ?? networkFailure(new Error('the bridge returned no result'));
  } catch (err) {
    return networkFailure(err);
  }
}

/**
 * The renderer's only way into the core. Typed from the contract: the channel name fixes the input
 * and the result's value. Always resolves; failures are Results with a code.
 */
export async function call<K extends ChannelName>(name: K, input: InputOf<Channels[K]>): Promise<CallResult<K>> {
  const b = bridge();
  const result = b ? await overBridge(b, name, input) : await overHttp(name, input);
  remember(name, result);
  // The contract guarantees the value's type for this channel; the wire cannot express it.
  return result as CallResult<K>;
}

/** Live events from the core; returns an unsubscribe function. */
export function subscribe(listener: EventListener): () => void {
  const b = bridge();
  return b ? b.onEvent(listener) : stream.subscribe(listener);
}

/** Told when a call finds the session gone, so the app can return to sign-in. */
export function onSessionLost(listener: () => void): () => void {
  sessionLost.add(listener);
  return () => sessionLost.delete(listener);
}

/** Which window the Electron shell opened; a browser decides by its URL instead. */
export function hostWindow(): 'admin' | 'kiosk' | undefined {
  return bridge()?.window;
}
