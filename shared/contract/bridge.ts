import type { Result } from './result';
import type { StationEvent } from './events';

/**
 * What the Electron preload exposes on `window.station`, and nothing else. The renderer's client
 * uses it when present and HTTP otherwise.
 */
export interface StationBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: StationEvent) => void): () => void;
  /** Which window this is, so the renderer can open the right screen. */
  readonly window: 'admin' | 'kiosk';
}

/** The HTTP transport, shared by the host and the client so neither can drift. */
export const HTTP = {
  rpcPrefix: '/api/rpc/',
  /** PUT the raw bytes of a file for a channel that takes one (ChannelDef.upload); answers its upload id. */
  uploadPrefix: '/api/upload/',
  events: '/api/events',
  sessionHeader: 'x-station-session',
  /** Largest request body the host reads; larger ones are refused with payload_too_large. */
  maxBodyBytes: 1024 * 1024,
} as const;
