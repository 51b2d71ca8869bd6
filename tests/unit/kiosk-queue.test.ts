import { describe, expect, it } from 'vitest';
import { deliveryOf, FINAL_REFUSALS, ScanQueue, queuedInput, QUEUE_KEY, type Delivery, type QueuedScan, type QueueStorage } from '../../renderer/src/kiosk/queue';

/** localStorage as the browser has it: strings only, survives the page (a new ScanQueue on the same map). */
class MemoryStorage implements QueueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

let n = 0;
function scan(extra: Partial<QueuedScan> = {}): QueuedScan {
  n += 1;
  return {
    sessionId: '01JSESSION0000000000000000',
    code: `W${1000000 + n}`,
    method: 'badge',
    mode: 'in',
    ack: false,
    idempotencyKey: `key${String(n).padStart(6, '0')}`,
    clientAt: new Date(Date.UTC(2026, 2, 2, 0, 0, n)).toISOString(),
    ...extra,
  };
}

/**
 * A station that records each idempotency key once, like the real one: a resend of a recorded key is
 * answered as a repeat, never a second record.
 */
class FakeStation {
  readonly records = new Map<string, { code: string | undefined; clientAt: string; clientNow: string }>();
  readonly calls: string[] = [];
  online = true;
  /** Commit the next scan but lose the answer on the way back. */
  dropAnswerOnce = false;
  send = async (s: QueuedScan, clientNow: string): Promise<Delivery<{ repeat: boolean; key: string }>> => {
    this.calls.push(s.idempotencyKey);
    if (!this.online) return { kind: 'network' };
    const input = queuedInput(s, clientNow);
    const repeat = this.records.has(s.idempotencyKey);
    if (!repeat) this.records.set(s.idempotencyKey, { code: input.code, clientAt: input.queued.clientAt, clientNow: input.queued.clientNow });
    if (this.dropAnswerOnce) {
      this.dropAnswerOnce = false;
      return { kind: 'network' };
    }
    return { kind: 'answered', answer: { repeat, key: s.idempotencyKey } };
  };
}

describe('the kiosk offline queue', () => {
  it('keeps scans in storage and sends them with their original time and the tablet clock now', async () => {
    const storage = new MemoryStorage();
    const q = new ScanQueue<{ repeat: boolean; key: string }>(storage);
    const a = scan();
    expect(q.add(a)).toBe(true);
    expect(q.size).toBe(1);
    const station = new FakeStation();
    const report = await q.flush(station.send, () => new Date('2026-03-02T00:10:00.000Z'));
    expect(report).toMatchObject({ remaining: 0, stopped: null });
    expect(report.delivered).toHaveLength(1);
    expect(station.records.get(a.idempotencyKey)).toEqual({ code: a.code, clientAt: a.clientAt, clientNow: '2026-03-02T00:10:00.000Z' });
    expect(storage.map.has(QUEUE_KEY)).toBe(false);
  });

  it('survives a reload: a new queue on the same storage sees the same scans, in order', async () => {
    const storage = new MemoryStorage();
    const first = new ScanQueue(storage);
    const scans = [scan(), scan(), scan()];
    for (const s of scans) first.add(s);
    const afterReload = new ScanQueue<{ repeat: boolean; key: string }>(storage);
    expect(afterReload.list().map((s) => s.idempotencyKey)).toEqual(scans.map((s) => s.idempotencyKey));
    const station = new FakeStation();
    await afterReload.flush(station.send);
    expect(station.calls).toEqual(scans.map((s) => s.idempotencyKey));
  });

  it('keeps order: stops at the first network failure and resumes from the same scan', async () => {
    const q = new ScanQueue<{ repeat: boolean; key: string }>(new MemoryStorage());
    const scans = [scan(), scan({ mode: 'out' }), scan()];
    for (const s of scans) q.add(s);
    const station = new FakeStation();
    station.online = false;
    const down = await q.flush(station.send);
    expect(down).toMatchObject({ stopped: 'network', remaining: 3, delivered: [] });
    expect(station.calls).toEqual([scans[0]!.idempotencyKey]);
    station.online = true;
    station.calls.length = 0;
    const up = await q.flush(station.send);
    expect(up.remaining).toBe(0);
    expect(station.calls).toEqual(scans.map((s) => s.idempotencyKey));
  });

  it('a network drop mid-send (committed, answer lost) is resent with the same key and counted once', async () => {
    const q = new ScanQueue<{ repeat: boolean; key: string }>(new MemoryStorage());
    const a = scan();
    q.add(a);
    const station = new FakeStation();
    station.dropAnswerOnce = true;
    const first = await q.flush(station.send);
    expect(first).toMatchObject({ stopped: 'network', remaining: 1 });
    expect(station.records.size).toBe(1);
    const second = await q.flush(station.send);
    expect(second.delivered[0]!.answer).toEqual({ repeat: true, key: a.idempotencyKey });
    expect(station.records.size).toBe(1);
    expect(q.size).toBe(0);
  });

  it('the same scan added twice is one scan, sent once', async () => {
    const q = new ScanQueue<{ repeat: boolean; key: string }>(new MemoryStorage());
    const a = scan();
    q.add(a);
    q.add({ ...a });
    expect(q.size).toBe(1);
    const station = new FakeStation();
    await q.flush(station.send);
    expect(station.calls).toEqual([a.idempotencyKey]);
  });

  it('two flushes at once (a timer and the online event) send each scan once', async () => {
    const q = new ScanQueue<{ repeat: boolean; key: string }>(new MemoryStorage());
    for (let i = 0; i < 5; i++) q.add(scan());
    const station = new FakeStation();
    const [r1, r2] = await Promise.all([q.flush(station.send), q.flush(station.send)]);
    expect(r1).toBe(r2);
    expect(station.calls).toHaveLength(5);
    expect(new Set(station.calls).size).toBe(5);
  });

  it('drops a scan on a definitive refusal, holds on a refused token or a throttle', async () => {
    const q = new ScanQueue<string>(new MemoryStorage());
    const [a, b, c] = [scan(), scan(), scan()];
    q.add(a);
    q.add(b);
    q.add(c);
    const answers: Delivery<string>[] = [{ kind: 'refused', code: 'invalid_input' }, { kind: 'hold' }];
    const held = await q.flush(async () => answers.shift() ?? { kind: 'answered', answer: 'ok' });
    expect(held).toMatchObject({ stopped: 'hold', remaining: 2 });
    expect(held.refused).toEqual([{ scan: a, code: 'invalid_input' }]);
    const rest = await q.flush(async () => ({ kind: 'answered', answer: 'ok' }));
    expect(rest.delivered.map((d) => d.scan.idempotencyKey)).toEqual([b.idempotencyKey, c.idempotencyKey]);
  });

  it('treats a sender that throws as a network failure, and ignores damaged storage', async () => {
    const storage = new MemoryStorage();
    const q = new ScanQueue<string>(storage);
    q.add(scan());
    const r = await q.flush(async () => {
      throw new Error('boom');
    });
    expect(r).toMatchObject({ stopped: 'network', remaining: 1 });
    storage.setItem(QUEUE_KEY, '{not json');
    expect(q.list()).toEqual([]);
    storage.setItem(QUEUE_KEY, JSON.stringify([{ junk: true }, scan()]));
    expect(q.size).toBe(1);
  });

  it('sends a picked candidate by worker id, and the ack flag as it was', () => {
    const s = scan({ code: undefined, workerId: '01JWORKER00000000000000000', method: 'id_digits', ack: true });
    delete s.code;
    const input = queuedInput(s, '2026-03-02T00:00:09.000Z');
    expect(input).toMatchObject({ workerId: '01JWORKER00000000000000000', method: 'id_digits', ack: true, queued: { clientAt: s.clientAt } });
    expect('clientAt' in input).toBe(false);
    expect('code' in input).toBe(false);
  });

  it('forgets a scan only when the station answered it or refused it for good', () => {
    const network = (e: { code: string; details?: { network?: boolean } }) => e.code === 'internal' && e.details?.network === true;
    const fail = (code: string, details?: { network?: boolean }) => ({ ok: false as const, error: { code, ...(details ? { details } : {}) } });
    // Any answer is final, a closed session's `session_not_open` included.
    expect(deliveryOf({ ok: true, value: { outcome: 'session_not_open' } }, network)).toEqual({ kind: 'answered', answer: { outcome: 'session_not_open' } });
    expect(deliveryOf({ ok: true, value: { outcome: 'signed_in' } }, network).kind).toBe('answered');
    // Refusals waiting cannot change.
    expect(deliveryOf(fail('invalid_input'), network)).toEqual({ kind: 'refused', code: 'invalid_input' });
    expect(deliveryOf(fail('not_found'), network)).toEqual({ kind: 'refused', code: 'not_found' });
    expect([...FINAL_REFUSALS].sort()).toEqual(['invalid_input', 'not_found']);
    // Everything else keeps it: the network, a fault in the station, a throttle, a token, a permission.
    expect(deliveryOf(fail('internal', { network: true }), network)).toEqual({ kind: 'network' });
    for (const code of ['internal', 'rate_limited', 'unauthenticated', 'forbidden', 'conflict', 'payload_too_large', 'something_new']) {
      expect(deliveryOf(fail(code), network), code).toEqual({ kind: 'hold' });
    }
  });

  it('keeps every scan through a day of faults and sends each once, in order, when the station is well', async () => {
    const storage = new MemoryStorage();
    const q = new ScanQueue<string>(storage);
    const scans = [scan(), scan({ mode: 'out' }), scan({ language: 'ug' })];
    for (const s of scans) q.add(s);
    const network = (e: { code: string }) => e.code === 'network';
    for (const code of ['internal', 'rate_limited', 'unauthenticated', 'forbidden', 'network']) {
      const r = await q.flush(async () => deliveryOf({ ok: false, error: { code } }, network));
      expect(r.remaining, code).toBe(3);
      expect(r.refused, code).toEqual([]);
    }
    // A reload in between: the same storage, a new queue.
    const again = new ScanQueue<string>(storage);
    const sent: QueuedScan[] = [];
    const r = await again.flush(async (s) => {
      sent.push(s);
      return deliveryOf({ ok: true, value: 'ok' }, network);
    });
    expect(r.remaining).toBe(0);
    expect(sent.map((s) => s.idempotencyKey)).toEqual(scans.map((s) => s.idempotencyKey));
    // The worker's language goes with the kept scan.
    expect(queuedInput(sent[2]!, new Date().toISOString())).toMatchObject({ language: 'ug' });
  });
});
