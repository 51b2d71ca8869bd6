/**
 * Scans a LAN tablet could not deliver (Wi-Fi dropped at the door), kept in localStorage until the
 * station answers them. Pure apart from the storage and the sender it is given, so it is unit-tested.
 *
 * The rules: a scan keeps its idempotency key from the first attempt, so a scan whose answer was lost
 * on the way back is recognised by the station and never counted twice; scans are sent oldest first and
 * sending stops at the first network failure, so order is kept; a scan leaves the queue only on a
 * definitive answer (an outcome, or a refusal that retrying cannot change).
 */

import type { Language } from '../../../shared/i18n/languages';

export interface QueuedScan {
  sessionId: string;
  code?: string;
  workerId?: string;
  method: 'badge' | 'qr' | 'id_digits' | 'id_card';
  mode: 'in' | 'out';
  ack: boolean;
  idempotencyKey: string;
  /** The tablet's clock when the worker scanned, ISO UTC. */
  clientAt: string;
  /** The language the worker picked at the kiosk for this scan, if any. */
  language?: Language;
}

/** What one delivery attempt came to. */
export type Delivery<A> =
  | { kind: 'answered'; answer: A }
  /** Never reached the station, or the answer never came back: try again later with the same key. */
  | { kind: 'network' }
  /** The station refused for a reason that may pass (signed out tablet, rate limit, a fault): keep, stop for now. */
  | { kind: 'hold' }
  /** The station refused for good (bad input, unknown session): drop it. */
  | { kind: 'refused'; code: string };

/**
 * Refusals that waiting cannot change: the scan itself is wrong, or what it names does not exist. Only
 * these drop a kept scan. (A scan of a session that has closed is answered, not refused: the station
 * records a kept scan whose time fell inside the session, and answers `session_not_open` otherwise.)
 */
export const FINAL_REFUSALS: readonly string[] = ['invalid_input', 'not_found'];

/**
 * What became of one attempt, from the station's Result: answered (any outcome, `session_not_open`
 * included) and final refusals are done with; a network failure, `internal`, `rate_limited`,
 * `unauthenticated`, `forbidden` or anything unknown keeps the scan for later.
 */
export function deliveryOf<A, E extends { code: string }>(
  result: { ok: true; value: A } | { ok: false; error: E },
  isNetworkFailure: (error: E) => boolean,
): Delivery<A> {
  if (result.ok) return { kind: 'answered', answer: result.value };
  if (isNetworkFailure(result.error)) return { kind: 'network' };
  if (FINAL_REFUSALS.includes(result.error.code)) return { kind: 'refused', code: result.error.code };
  return { kind: 'hold' };
}

export type Sender<A> = (scan: QueuedScan, clientNow: string) => Promise<Delivery<A>>;

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface FlushReport<A> {
  delivered: { scan: QueuedScan; answer: A }[];
  refused: { scan: QueuedScan; code: string }[];
  remaining: number;
  /** Why sending stopped early, if it did. */
  stopped: 'network' | 'hold' | null;
}

export const QUEUE_KEY = 'station.kioskQueue';
/** A tablet left offline all day at a busy door; beyond this the oldest are kept, the newest refused. */
export const MAX_QUEUED = 5000;

function isQueuedScan(v: unknown): v is QueuedScan {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.sessionId === 'string' &&
    typeof s.idempotencyKey === 'string' &&
    typeof s.clientAt === 'string' &&
    (typeof s.code === 'string' || typeof s.workerId === 'string') &&
    (s.mode === 'in' || s.mode === 'out') &&
    typeof s.method === 'string'
  );
}

export class ScanQueue<A> {
  private flushing: Promise<FlushReport<A>> | null = null;

  constructor(
    private readonly storage: QueueStorage,
    private readonly key = QUEUE_KEY,
  ) {}

  /** Read from storage every time: the truth survives a reload, and another tab's changes are seen. */
  list(): QueuedScan[] {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      return [];
    }
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isQueuedScan) : [];
    } catch {
      return [];
    }
  }

  get size(): number {
    return this.list().length;
  }

  private save(scans: QueuedScan[]): void {
    if (scans.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify(scans));
  }

  /** Keeps a scan; the same idempotency key twice is one scan. Returns false when it could not be kept. */
  add(scan: QueuedScan): boolean {
    const scans = this.list();
    if (scans.some((s) => s.idempotencyKey === scan.idempotencyKey)) return true;
    if (scans.length >= MAX_QUEUED) return false;
    try {
      this.save([...scans, scan]);
      return true;
    } catch {
      return false;
    }
  }

  private remove(idempotencyKey: string): void {
    this.save(this.list().filter((s) => s.idempotencyKey !== idempotencyKey));
  }

  /**
   * Sends what is queued, oldest first, each with the tablet's clock now (the station corrects the scan's
   * time by the difference). One flush at a time: a second call while one runs gets the same report.
   */
  flush(send: Sender<A>, now: () => Date = () => new Date()): Promise<FlushReport<A>> {
    if (!this.flushing) {
      this.flushing = this.run(send, now).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async run(send: Sender<A>, now: () => Date): Promise<FlushReport<A>> {
    const report: FlushReport<A> = { delivered: [], refused: [], remaining: 0, stopped: null };
    const done = new Set<string>();
    for (;;) {
      const next = this.list().find((s) => !done.has(s.idempotencyKey));
      if (!next) break;
      let result: Delivery<A>;
      try {
        result = await send(next, now().toISOString());
      } catch {
        result = { kind: 'network' };
      }
      if (result.kind === 'network' || result.kind === 'hold') {
        report.stopped = result.kind;
        break;
      }
      done.add(next.idempotencyKey);
      this.remove(next.idempotencyKey);
      if (result.kind === 'answered') report.delivered.push({ scan: next, answer: result.answer });
      else report.refused.push({ scan: next, code: result.code });
    }
    report.remaining = this.size;
    return report;
  }
}

/** What the sender asks the station: the scan as it was, plus the two clocks. */
export function queuedInput(scan: QueuedScan, clientNow: string) {
  const { clientAt, ...rest } = scan;
  return { ...rest, queued: { clientAt, clientNow } };
}
