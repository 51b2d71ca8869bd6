// The LAN host's exposure, through the real host: who may call what is decided from the headers before
// the body is read, and other devices on the LAN reach only the kiosk and pairing channels unless the
// admin opens the station to other PCs. A client bound to 127.0.0.2 stands in for a tablet on the LAN:
// only 127.0.0.1 and ::1 count as this PC.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { isLoopback, lanMayCall } from '../../main/http/rules';
import { HTTP } from '../../shared/contract/bridge';
import { setUp } from '../support/callers';
import { startHost } from '../support/http';
import { ADMIN_PASSWORD, testCore } from '../support/temp';

interface Answer {
  status: number;
  body: { ok: boolean; error?: { code: string; details?: { reason?: string } } };
}

/** POST from a chosen local address; `declared` bytes announced, only `sent` of them sent. */
function post(url: string, name: string, opts: { from: string; input?: unknown; headers?: Record<string, string>; declared?: number }): Promise<Answer> {
  const body = JSON.stringify(opts.input ?? {});
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(HTTP.rpcPrefix + name, url),
      {
        method: 'POST',
        localAddress: opts.from,
        headers: { 'content-type': 'application/json', 'content-length': String(opts.declared ?? Buffer.byteLength(body)), ...opts.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] }));
      },
    );
    req.on('error', reject);
    // A declared body larger than what is sent: the answer must come without waiting for the rest.
    req.write(opts.declared ? '{"name":"' : body);
    if (!opts.declared) req.end();
  });
}

describe('the LAN host’s exposure', () => {
  it('this PC is 127.0.0.1 and ::1 only', () => {
    expect([isLoopback('127.0.0.1'), isLoopback('::1'), isLoopback('::ffff:127.0.0.1')]).toEqual([true, true, true]);
    expect([isLoopback('127.0.0.2'), isLoopback('192.168.1.20'), isLoopback(undefined)]).toEqual([false, false, false]);
    const off = () => false;
    expect(lanMayCall({ name: 'kiosk.scan', access: 'kiosk' }, '192.168.1.20', off)).toBe(true);
    expect(lanMayCall({ name: 'devices.pair', access: 'public' }, '192.168.1.20', off)).toBe(true);
    expect(lanMayCall({ name: 'auth.signIn', access: 'public' }, '192.168.1.20', off)).toBe(false);
    expect(lanMayCall({ name: 'workers.search', access: 'trainer' }, '192.168.1.20', () => true)).toBe(true);
  });

  it('a device on the LAN cannot sign in as admin until the admin opens the station to other PCs', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const { url } = await startHost(core);
    const signIn = { username: 'admin', password: ADMIN_PASSWORD };
    const lan = await post(url, 'auth.signIn', { from: '127.0.0.2', input: signIn });
    expect(lan).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden', details: { reason: 'lan_admin_off' } } } });
    expect((await post(url, 'auth.signIn', { from: '127.0.0.1', input: signIn })).status).toBe(200);
    // Pairing a tablet from the LAN still works.
    const pairing = await dispatch(core, admin, 'devices.startPairing', { stationId: core.stations.first()!.id });
    const code = (pairing as { value: { code: string } }).value.code;
    const paired = await post(url, 'devices.pair', { from: '127.0.0.2', input: { code, name: '门口平板' } });
    expect(paired.status).toBe(200);
    // Opened explicitly: the same sign-in from the LAN works.
    await dispatch(core, admin, 'settings.update', { lanAdmin: true });
    expect((await post(url, 'auth.signIn', { from: '127.0.0.2', input: signIn })).status).toBe(200);
  }, 60_000);

  it('a caller who may not call a channel is answered before its (huge) body is read', async () => {
    const { core } = testCore();
    await setUp(core);
    const { url } = await startHost(core);
    const started = Date.now();
    const anon = await post(url, 'backups.restore', { from: '127.0.0.1', declared: 600 * 1024 * 1024 });
    expect(anon).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthenticated' } } });
    const lan = await post(url, 'imports.workersPreview', { from: '127.0.0.2', declared: 30 * 1024 * 1024 });
    expect(lan.status).toBe(403);
    // Answered without the 600 MB: well inside the host's 30-second request timeout.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
