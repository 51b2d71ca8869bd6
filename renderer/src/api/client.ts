import { type StationBridge, HTTP } from '../../../shared/contract/bridge';
import type { ChannelName, Channels } from '../../../shared/contract/channels';
import type { InputOf, OutputOf } from '../../../shared/contract/define';
import type { Result } from '../../../shared/contract/result';
import { asResult, networkFailure, resultFromHttp } from './errors';
import { HttpEventStream, type EventListener } from './events';
import { readKioskToken, readToken, writeKioskToken, writeToken } from './session';
import { kioskTokenAfter, tokenAfter, tokenFor, tokenRefused, type TokenKind } from './token';

declare global {
  interface Window {
    /** Present only inside the Electron shell (its preload exposes it). */
    station?: StationBridge;
  }
}

export type CallResult<K extends ChannelName> = Result<OutputOf<Channels[K]>>;

const bridge = (): StationBridge | undefined => (typeof window === 'undefined' ? undefined : window.station);

/** The token a call over HTTP carries: the tab's signed-in session, else the paired tablet's device token. */
const activeToken = () => tokenFor(readToken(), readKioskToken());

const stream = new HttpEventStream(() => activeToken()?.token ?? null);
const sessionLost = new Set<() => void>();
const kioskLost = new Set<() => void>();
/** Set when the station refused this tablet's token (unpaired on the PC); cleared by a new pairing. */
let kioskRefused = false;

function remember(name: string, result: Result<unknown>, used: TokenKind | null): void {
  const before = readToken();
  const after = tokenAfter(name, result, before);
  const kioskBefore = readKioskToken();
  const kioskAfter = kioskTokenAfter(name, result, used, kioskBefore);
  if (after !== before) writeToken(after);
  if (kioskAfter !== kioskBefore) writeKioskToken(kioskAfter);
  if (after !== before || kioskAfter !== kioskBefore) stream.restart();
  if (kioskAfter) kioskRefused = false;
  if (kioskBefore && !kioskAfter) {
    kioskRefused = true;
    for (const listener of kioskLost) listener();
  }
  if (tokenRefused(name, result)) {
    for (const listener of sessionLost) listener();
  }
}

async function overHttp(name: string, input: unknown, auth: { token: string } | null): Promise<Result<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers[HTTP.sessionHeader] = auth.token;
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
  // In the desktop app the main process knows the caller; tokens are an HTTP matter.
  const auth = b ? null : activeToken();
  const result = b ? await overBridge(b, name, input) : await overHttp(name, input, auth);
  remember(name, result, auth?.kind ?? null);
  noteDisk(name, result);
  // The contract guarantees the value's type for this channel; the wire cannot express it.
  return result as CallResult<K>;
}

/** The station's answer to a write the full disk stopped: where the data folder is and what is left. */
export interface DiskFull {
  dataDir: string | null;
  freeBytes: number | null;
  /** The channels refused for it; a later success of one of them means space was freed. */
  channels: string[];
}

let diskFull: DiskFull | null = null;
const diskListeners = new Set<(state: DiskFull | null) => void>();

function setDiskFull(next: DiskFull | null): void {
  diskFull = next;
  for (const listener of diskListeners) listener(next);
}

function noteDisk(name: string, result: Result<unknown>): void {
  if (!result.ok && result.error.code === 'disk_full') {
    const d = result.error.details ?? {};
    setDiskFull({
      dataDir: typeof d.dataDir === 'string' ? d.dataDir : null,
      freeBytes: typeof d.freeBytes === 'number' ? d.freeBytes : null,
      channels: [...new Set([...(diskFull?.channels ?? []), name])],
    });
  } else if (result.ok && diskFull?.channels.includes(name)) {
    setDiskFull(null);
  }
}

/** Told when a write fails for a full disk, and when one that failed so goes through again. */
export function onDiskFull(listener: (state: DiskFull | null) => void): () => void {
  diskListeners.add(listener);
  listener(diskFull);
  return () => diskListeners.delete(listener);
}

/** The person closed the banner; the next refusal opens it again. */
export function dismissDiskFull(): void {
  setDiskFull(null);
}

/**
 * Browsers send a large file for a channel that takes one (a backup to restore) as a stream the host
 * writes to disk; the answer's `upload` id then goes in the call. Null in the desktop app, whose IPC
 * carries the bytes in the call itself.
 */
export async function uploadFile(channel: ChannelName, file: Blob): Promise<Result<{ upload: string; bytes: number }> | null> {
  if (bridge()) return null;
  const auth = activeToken();
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (auth) headers[HTTP.sessionHeader] = auth.token;
  let result: Result<unknown>;
  try {
    const res = await fetch(HTTP.uploadPrefix + channel, { method: 'PUT', headers, body: file });
    result = resultFromHttp(res.status, await res.text());
  } catch (err) {
    result = networkFailure(err);
  }
  remember(channel, result, auth?.kind ?? null);
  noteDisk(channel, result);
  return result as Result<{ upload: string; bytes: number }>;
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

/** Told when the paired tablet's device token is refused (revoked), so the kiosk shows pairing again. */
export function onKioskTokenLost(listener: () => void): () => void {
  kioskLost.add(listener);
  return () => kioskLost.delete(listener);
}

/** Whether this browser holds a paired tablet's device token. */
export function hasKioskToken(): boolean {
  return readKioskToken() !== null;
}

/** Whether someone (an admin or a trainer) is signed in in this tab. */
export function signedInHere(): boolean {
  return readToken() !== null;
}

/** Whether calls from this tab go out with the paired tablet's token (nobody is signed in here). */
export function kioskTokenInUse(): boolean {
  return !bridge() && activeToken()?.kind === 'kiosk';
}

/** Whether the station refused this tablet's token since it was last paired (it was unpaired on the PC). */
export function kioskTokenRefused(): boolean {
  return kioskRefused;
}

/** Forget this tablet's token once the station no longer knows it (auth.whoami answered "anonymous"). */
export function forgetKioskToken(): void {
  kioskRefused = true;
  writeKioskToken(null);
  stream.restart();
}

/** Which window the Electron shell opened; a browser decides by its URL instead. */
export function hostWindow(): 'admin' | 'kiosk' | undefined {
  return bridge()?.window;
}

/** Desktop app only: leave the locked kiosk window, with a trainer's unlock from kiosk.unlock. */
export async function closeKioskWindow(unlockToken: string): Promise<Result<{ closed: boolean }>> {
  const b = bridge();
  if (!b) return { ok: false, error: { code: 'forbidden', message: 'Only the desktop app has a kiosk window' } };
  try {
    const r = asResult(await b.call('host.closeKiosk', { unlockToken }));
    return (r as Result<{ closed: boolean }> | undefined) ?? networkFailure(new Error('the bridge returned no result'));
  } catch (err) {
    return networkFailure(err);
  }
}
