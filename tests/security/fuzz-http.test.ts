// Fuzz against the real LAN host on a real core: ≥ 10,000 requests with random and malformed bodies,
// headers and tokens. Every answer must be a Result with a documented error code (or ok), never
// 'internal', and the server must still answer at the end.
import fc from 'fast-check';
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { hashToken } from '../../main/services/accounts';
import { channels } from '../../shared/contract/channels';
import { HTTP } from '../../shared/contract/bridge';
import { ERROR_CODES } from '../../shared/contract/result';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { addWorkers } from '../support/roster';
import { ADMIN_PASSWORD, testCore } from '../support/temp';
import { channelInputArb } from './arbitraries';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CHANNEL_NAMES = Object.keys(channels);
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

interface FuzzRequest {
  method: string;
  path: string;
  contentType: string | null;
  token: string | null;
  body: Buffer;
}

type Tokens = Record<'admin' | 'kiosk' | 'revoked' | 'expired', string>;

async function station() {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { token: admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  addWorkers(core, stationId, [{ name: '张三' }, { name: '<script>alert(1)</script>' }, { name: '王五', status: 'left' }]);
  const adminCaller = core.accounts.resolve(admin, 'internal')!.caller;
  await dispatch(core, adminCaller, 'sessions.create', {
    stationId,
    fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
  });
  const pair = async () => {
    const start = await dispatch(core, adminCaller, 'devices.startPairing', { stationId });
    const paired = await dispatch(core, anonymous, 'devices.pair', { code: (start as { value: { code: string } }).value.code, name: '平板' });
    return (paired as { value: { token: string; deviceId: string } }).value;
  };
  const kiosk = await pair();
  const revoked = await pair();
  await dispatch(core, adminCaller, 'devices.revoke', { deviceId: revoked.deviceId });
  const expired = (await core.accounts.signIn('admin', ADMIN_PASSWORD)).token;
  core.db.prepare("UPDATE auth_sessions SET expires_at = '2000-01-01T00:00:00.000Z' WHERE token_hash = ?").run(hashToken(expired));
  const tokens: Tokens = { admin, kiosk: kiosk.token, revoked: revoked.token, expired };
  return { core, clock, tokens, stationId };
}

function requestArb(tokens: Tokens, stationId: string): fc.Arbitrary<FuzzRequest> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...CHANNEL_NAMES) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_NAMES, ...PROTO_NAMES.map((p) => `workers.${p}`), 'app.info/../../etc/passwd', '%2e%2e%2fstation.sqlite') },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map(encodeURIComponent) },
  );
  const json = (v: unknown) => Buffer.from(JSON.stringify(v) ?? 'null');
  const body = (channel: string) =>
    fc.oneof(
      { weight: 8, arbitrary: channelInputArb(channel, stationId).map(json) },
      { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => Buffer.from('['.repeat(n) + ']'.repeat(n))) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => Buffer.from('{"a":'.repeat(n) + '1' + '}'.repeat(n))) },
      { weight: 1, arbitrary: fc.integer({ min: -64, max: 64 }).map((d) => Buffer.from(JSON.stringify({ q: 'x'.repeat(HTTP.maxBodyBytes - 16 + d) }))) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from('{"name":"'), Buffer.from(b), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])) },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '{"__proto__":{"role":"admin"}}',
          '{"constructor":{"prototype":{"admin":true}}}',
          '{"stationId":{"__proto__":null}}',
          '',
          '   ',
          'null',
          '[]',
          '{"sessionId":"0","code":"\\u0000\\ud800"}',
        ).map((s) => Buffer.from(s)),
      },
    );
  const token = fc.oneof(
    fc.constant(null),
    fc.constantFrom(tokens.admin, tokens.admin, tokens.kiosk, tokens.kiosk, tokens.revoked, tokens.expired),
    fc.string({ maxLength: 120 }).map((s) => s.replace(/[^\x21-\x7e]/g, '')),
    fc.stringMatching(/^[A-Za-z0-9_-]{20,100}$/),
  );
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON') },
    { weight: 2, arbitrary: fc.constantFrom(null, 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', 'application/json-patch+json') },
  );
  const method = fc.oneof({ weight: 20, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS') });
  return name.chain((channel) =>
    fc.record({ method, path: fc.constant(HTTP.rpcPrefix + channel), contentType, token, body: body(channel) }),
  ).map((r) => ({
    ...r,
    // Signing the fuzzer's own admin token out would only shrink what the rest of the run reaches.
    token: r.token === tokens.admin && r.path.endsWith('auth.signOut') ? null : r.token,
  }));
}

interface Answer {
  status: number;
  body: string;
}

function send(url: URL, agent: Agent, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'content-length': r.body.length };
    if (r.contentType !== null) headers['content-type'] = r.contentType;
    if (r.token !== null) headers[HTTP.sessionHeader] = r.token;
    const req = request({ agent, host: url.hostname, port: url.port, method: r.method, path: r.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: -1, body: '' }));
    });
    // A body past the limit is answered early and the socket closed; that is the host's right.
    req.on('error', () => resolve({ status: -1, body: '' }));
    req.end(r.body);
  });
}

function isResult(text: string): { ok: boolean; code?: string } | null {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const o = v as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
    if (o.ok === true && 'value' in o) return { ok: true };
    if (o.ok === false && typeof o.error?.code === 'string' && typeof o.error.message === 'string') return { ok: false, code: o.error.code };
    return null;
  } catch {
    return null;
  }
}

describe('fuzzing the LAN host', () => {
  it(`answers ${REQUESTS} hostile requests with proper Results and stays up`, async () => {
    const { core, tokens, stationId } = await station();
    const { url } = await startHost(core, { withRenderer: false });
    const base = new URL(url);
    const reqs = fc.sample(requestArb(tokens, stationId), { numRuns: REQUESTS, seed: Number(process.env.FUZZ_SEED ?? 20260302) });
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const outcomes = new Map<string, number>();
    const bad: { req: string; status: number; body: string }[] = [];
    let i = 0;
    const t0 = Date.now();
    const worker = async () => {
      while (i < reqs.length) {
        const r = reqs[i++]!;
        const a = await send(base, agent, r);
        if (a.status === -1) {
          outcomes.set('connection closed', (outcomes.get('connection closed') ?? 0) + 1);
          continue;
        }
        const res = isResult(a.body);
        const label = res ? (res.ok ? 'ok' : res.code!) : 'not a Result';
        outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
        if (!res || (!res.ok && !(ERROR_CODES as readonly string[]).includes(res.code!)) || res.code === 'internal' || a.status >= 500) {
          bad.push({ req: `${r.method} ${r.path} ${r.contentType} ${r.body.subarray(0, 200).toString('utf8')}`, status: a.status, body: a.body.slice(0, 300) });
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    agent.destroy();
    const seconds = (Date.now() - t0) / 1000;
    console.log(`fuzz: ${reqs.length} requests in ${seconds.toFixed(1)} s; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`);
    expect(bad.slice(0, 5)).toEqual([]);
    // Connections the host closed were all for bodies over the limit; everything else was answered.
    expect(outcomes.get('connection closed') ?? 0).toBeLessThan(reqs.length * 0.02);
    const alive = await fetch(new URL(HTTP.rpcPrefix + 'app.info', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(alive.status).toBe(200);
    expect(((await alive.json()) as { ok: boolean }).ok).toBe(true);
  }, 120_000);

  it('refuses requests without a token, with a revoked or expired one, and a kiosk token on admin channels', async () => {
    const { core, tokens } = await station();
    const { rpc } = await startHost(core, { withRenderer: false });
    const adminChannels = Object.entries(channels).filter(([, d]) => d.access === 'admin').map(([n]) => n);
    expect(adminChannels.length).toBeGreaterThan(5);
    for (const name of adminChannels) {
      expect((await rpc(name, {})).body.error.code, name).toBe('unauthenticated');
      expect((await rpc(name, {}, { [HTTP.sessionHeader]: tokens.revoked })).body.error.code, name).toBe('unauthenticated');
      expect((await rpc(name, {}, { [HTTP.sessionHeader]: tokens.expired })).body.error.code, name).toBe('unauthenticated');
      expect((await rpc(name, {}, { [HTTP.sessionHeader]: tokens.kiosk })).body.error.code, name).toBe('forbidden');
    }
  });
});
