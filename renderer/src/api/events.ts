import { HTTP } from '../../../shared/contract/bridge';
import type { StationEvent } from '../../../shared/contract/events';
import { SseParser } from './sse';

export type EventListener = (event: StationEvent) => void;

/** Wait before reconnect attempt n (0-based): doubling from 1 s, capped so a restarted host is found soon. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
}

export function parseStationEvent(data: string): StationEvent | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string') {
      return value as StationEvent;
    }
  } catch {
    // A malformed message is skipped; the stream itself is still good.
  }
  return undefined;
}

/**
 * One server-sent-events connection shared by every listener. Read with fetch() because EventSource
 * cannot send the session header; reconnects with backoff, and again whenever the token changes.
 */
export class HttpEventStream {
  private listeners = new Set<EventListener>();
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;

  constructor(private readonly token: () => string | null) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.connect();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Called when the token changes: the old stream belongs to the old session. */
  restart(): void {
    if (this.listeners.size === 0) return;
    this.stop();
    this.attempt = 0;
    this.connect();
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private connect(): void {
    const token = this.token();
    // The host only streams to a signed-in screen; wait for restart() after sign-in.
    if (!token) return;
    const abort = new AbortController();
    this.abort = abort;
    void this.read(token, abort.signal).finally(() => {
      if (abort.signal.aborted || this.abort !== abort) return;
      this.timer = setTimeout(() => this.connect(), backoffMs(this.attempt++));
    });
  }

  private async read(token: string, signal: AbortSignal): Promise<void> {
    try {
      const res = await fetch(HTTP.events, { headers: { [HTTP.sessionHeader]: token, accept: 'text/event-stream' }, signal });
      if (!res.ok || !res.body) return;
      this.attempt = 0;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const message of parser.push(value)) {
          const event = parseStationEvent(message.data);
          if (event) for (const listener of this.listeners) listener(event);
        }
      }
    } catch {
      // Network drop or abort: connect() decides whether to try again.
    }
  }
}
