import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { channels } from '../../shared/contract/channels';
import { HTTP } from '../../shared/contract/bridge';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { ADMIN_PASSWORD, testCore } from '../support/temp';

/** Raw request for what fetch refuses to send (odd Host headers, oversize bodies). */
function raw(url: string, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  const u = new URL(url);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('LAN host: RPC', () => {
  it('answers every channel exactly as dispatch does', async () => {
    const { core } = testCore();
    const { rpc } = await startHost(core);
    for (const name of Object.keys(channels)) {
      const viaHttp = await rpc(name, {});
      const direct = await dispatch(core, anonymous, name, {});
      if (direct.ok) {
        expect(viaHttp.body.ok).toBe(true);
      } else {
        expect(viaHttp.body).toMatchObject({ ok: false, error: { code: direct.error.code } });
      }
    }
  });

  it('signs in, carries the session in its header, and signs out', async () => {
    const { core } = testCore();
    await setUp(core);
    const { rpc } = await startHost(core);
    expect((await rpc('station.list', {})).status).toBe(401);
    const signed = await rpc('auth.signIn', { password: ADMIN_PASSWORD });
    expect(signed.status).toBe(200);
    const token = signed.body.value.token as string;
    expect(signed.headers.get('set-cookie')).toBeNull();
    const list = await rpc('station.list', {}, { [HTTP.sessionHeader]: token });
    expect(list.body).toMatchObject({ ok: true, value: [{ name: '江门滨江新城项目提升站' }] });
    await rpc('auth.signOut', {}, { [HTTP.sessionHeader]: token });
    expect((await rpc('station.list', {}, { [HTTP.sessionHeader]: token })).status).toBe(401);
  });

  it('refuses malformed JSON, wrong content types and oversize bodies with codes', async () => {
    const { core } = testCore();
    const { rpc, url } = await startHost(core);
    const bad = await rpc('app.info', '{"unterminated": ');
    expect(bad).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid_input' } } });

    const text = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    expect(JSON.parse(text.body).error.code).toBe('unsupported_media_type');

    const form = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);

    const big = Buffer.alloc(HTTP.maxBodyBytes + 10, 0x20);
    const huge = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/json' }, body: big });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe('payload_too_large');

    const latin = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0xff, 0x7d]) });
    expect(JSON.parse(latin.body).error.code).toBe('invalid_input');

    const get = await raw(url, { method: 'GET', path: '/api/rpc/app.info' });
    expect(get.status).toBe(405);

    // The host is still up and answering.
    expect((await rpc('app.info', {})).status).toBe(200);
  });

  it('names the failing fields and answers unknown channels', async () => {
    const { core } = testCore();
    const { rpc } = await startHost(core);
    const r = await rpc('setup.init', { stationName: '', adminPassword: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['stationName', 'adminPassword']);
    expect((await rpc('no.such', {})).body.error.code).toBe('unknown_channel');
    expect((await rpc('..%2F..%2Fetc', {})).body.error.code).toBe('unknown_channel');
  });

  it('has no CORS, refuses other sites and foreign host names', async () => {
    const { core } = testCore();
    const { url } = await startHost(core);
    const port = new URL(url).port;
    const pre = await raw(url, { method: 'OPTIONS', path: '/api/rpc/app.info', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const cross = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
    const rebound = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/json', host: `evil.example:${port}` }, body: '{}' });
    expect(rebound.status).toBe(421);
    const same = await raw(url, { path: '/api/rpc/app.info', headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(same.status).toBe(200);
  });
});

describe('LAN host: pages and events', () => {
  it('serves the renderer with security headers and SPA fallback, and refuses traversal', async () => {
    const { core } = testCore();
    const { url } = await startHost(core);
    const page = await fetch(new URL('/settings', url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('<title>station</title>');
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const traversal = await raw(url, { method: 'GET', path });
      expect(traversal.body).not.toContain('root:');
    }
  });

  it('says how to build the screens when the renderer is missing, and still answers the API', async () => {
    const { core } = testCore();
    const { url, rpc } = await startHost(core, { withRenderer: false });
    const page = await fetch(url);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
    expect((await rpc('app.info', {})).status).toBe(200);
  });

  it('streams events to a signed-in screen and refuses anonymous ones', async () => {
    const { core } = testCore();
    const { token } = await setUp(core);
    const { url, rpc } = await startHost(core);
    const anon = await fetch(new URL(HTTP.events, url));
    expect(anon.status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(new URL(HTTP.events, url), { headers: { [HTTP.sessionHeader]: token }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await rpc('settings.update', { uiLanguage: 'en' }, { [HTTP.sessionHeader]: token });
    let text = '';
    while (!text.includes('settings.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: {"type":"settings.changed","keys":["uiLanguage"]}');
    controller.abort();
  });
});
