import type { Database } from 'better-sqlite3';
import type { BatchAnswer } from '../../../shared/contract/hub-batch';
import { buildBatch, DEFAULT_LIMITS, signBatch, type BatchLimits } from './batch';
import { HubRefusedError, HubUnreachableError, postJson } from './http-client';
import { readLink, recordAck, recordFailure } from './link';
import { applyHubPlans } from './plans';

export interface PushResult {
  batches: number;
  rows: number;
  events: number;
  last: BatchAnswer | null;
  /** Targets the hub set that changed here. */
  plansChanged: number;
}

/**
 * Sends what the hub has not acknowledged, batch after batch, in revision order. Each answer is
 * recorded before the next batch is made, so an interrupted push resumes after the last acknowledged
 * batch; a batch sent twice (its answer lost) is a no-op at the hub.
 */
export async function pushNow(db: Database, now: () => Date, limits: BatchLimits = DEFAULT_LIMITS, maxBatches = 1000): Promise<PushResult> {
  const out: PushResult = { batches: 0, rows: 0, events: 0, last: null, plansChanged: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const link = readLink(db);
    if (!link) throw new HubRefusedError('conflict', 'This station is not enrolled at a hub');
    const body = buildBatch(db, link, { rev: link.ackedRev, event: link.ackedEvent }, now(), limits);
    const idle = !body.rows.length && !body.events.length && body.toRev === link.ackedRev;
    if (idle) {
      // Nothing to send: the empty batch still asks the hub for this station's targets.
      const answer = await postJson<BatchAnswer>(`${link.hubUrl}/hub/api/push`, signBatch(link, body)).catch((e: Error) => {
        recordFailure(db, e.message, now().toISOString());
        throw e;
      });
      if (answer.outcome === 'stale') {
        recordFailure(db, answer.message, now().toISOString());
        throw new HubRefusedError('conflict', answer.message);
      }
      recordAck(db, answer.hwm, now().toISOString());
      const changed = answer.plans?.length ? applyHubPlans(db, answer.plans, now()) : 0;
      out.plansChanged += changed;
      if (!changed) return out;
      continue;
    }
    let answer: BatchAnswer;
    try {
      answer = await postJson<BatchAnswer>(`${link.hubUrl}/hub/api/push`, signBatch(link, body));
    } catch (e) {
      // The hub holds less than this PC thinks (its copy was reset, or restored): start again from what it holds.
      const held = e instanceof HubRefusedError && e.details?.reason === 'gap' ? (e.details.hwm as { rev: number; event: number } | undefined) : undefined;
      if (held && (held.rev < link.ackedRev || held.event < link.ackedEvent) && i === 0) {
        recordAck(db, held, link.lastSyncAt ?? now().toISOString());
        continue;
      }
      recordFailure(db, (e as Error).message, now().toISOString());
      throw e;
    }
    if (answer.outcome === 'stale') {
      // The hub holds newer data from this PC than the PC has: it was restored from an older backup.
      recordFailure(db, answer.message, now().toISOString());
      throw new HubRefusedError('conflict', answer.message);
    }
    recordAck(db, answer.hwm, now().toISOString());
    if (answer.plans?.length) out.plansChanged += applyHubPlans(db, answer.plans, now());
    out.batches++;
    out.rows += body.rows.length;
    out.events += body.events.length;
    out.last = answer;
    if (!body.more) return out;
  }
  return out;
}

/**
 * The background push: never in the kiosk's way (a failed or slow hub only delays the next try), and
 * backing off while the PC is offline: 5 s, doubling to 10 minutes; after a success, every `interval`.
 */
export class BackgroundPush {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly opts: { interval?: number; log?: (event: string, data: Record<string, unknown>) => void; limits?: BatchLimits } = {},
  ) {}

  start(delay = 2000): void {
    this.stopped = false;
    this.schedule(delay);
  }

  /** Push soon (after a sign-in burst, or the "sync now" button). */
  nudge(): void {
    if (!this.running) this.schedule(500);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    // The host closed the database without stopping us (a quit path that skips the lifecycle): nothing to push.
    if (!this.db.open) return this.stop();
    if (!readLink(this.db)) return this.schedule(this.opts.interval ?? 60_000);
    this.running = true;
    try {
      const r = await pushNow(this.db, this.now, this.opts.limits ?? { rows: 5000, events: 10_000 });
      this.failures = 0;
      if (r.batches) this.opts.log?.('hub.pushed', { batches: r.batches, rows: r.rows, events: r.events });
      this.schedule(this.opts.interval ?? 60_000);
    } catch (e) {
      this.failures++;
      const wait = Math.min(600_000, 5000 * 2 ** Math.min(this.failures - 1, 7));
      this.opts.log?.(e instanceof HubUnreachableError ? 'hub.offline' : 'hub.refused', { message: (e as Error).message, retryInMs: wait });
      this.schedule(wait);
    } finally {
      this.running = false;
    }
  }
}
