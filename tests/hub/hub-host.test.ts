// The hub's host as someone beyond the site LAN meets it: password guessing counted before the slow
// check (fifty at once count fifty), the same answer for an unknown name, bodies a stranger may not
// send, and HTTPS with the admin's own certificate, which a station trusts through NODE_EXTRA_CA_CERTS.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SignInGuard } from '../../main/hub/http/sign-in-guard';
import { createHubAccount } from '../../main/hub/services/accounts';
import { ROOT, STATION, station } from '../support/cli';
import { useHub } from '../support/hub';
import { tempDir } from '../support/temp';

const h = useHub();

async function rpc(base: string, name: string, body: unknown, token?: string) {
  const res = await fetch(`${base}/hub/api/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

describe('the hub host', () => {
  it('counts fifty wrong passwords sent at once before checking any, then refuses the right one', async () => {
    const hub = await h.hub();
    await createHubAccount(hub.core.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => rpc(hub.host.url, 'hub.signIn', { username: 'county', password: `guess-${i}` })));
    expect(answers.every((a) => !a.body.ok)).toBe(true);
    // Only the first five reach the password check; the rest are turned away unchecked.
    expect(answers.filter((a) => a.status === 401).length).toBe(5);
    expect(answers.filter((a) => a.status === 429).length).toBe(45);
    const right = await rpc(hub.host.url, 'hub.signIn', { username: 'county', password: 'county-pass-1' });
    expect(right.status).toBe(429);
    expect(right.body.error!.code).toBe('rate_limited');
    expect(Number(right.retryAfter)).toBeGreaterThan(0);
  }, 60_000);

  it('answers an unknown name as it answers a wrong password', async () => {
    const hub = await h.hub();
    await createHubAccount(hub.core.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
    const wrong = await rpc(hub.host.url, 'hub.signIn', { username: 'county', password: 'not-it-at-all' });
    const unknown = await rpc(hub.host.url, 'hub.signIn', { username: 'nobody-here', password: 'not-it-at-all' });
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    const right = await rpc(hub.host.url, 'hub.signIn', { username: 'county', password: 'county-pass-1' });
    expect(right.body.ok).toBe(true);
  });

  it('refuses a stranger a body bigger than a sign-in before reading it', async () => {
    const hub = await h.hub();
    const big = await rpc(hub.host.url, 'hub.bundle.import', JSON.stringify({ bundle: 'x'.repeat(200 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body.error!.code).toBe('payload_too_large');
  });

  it('serves its page with the content security policy', async () => {
    const hub = await h.hub();
    const { startHubHost } = await import('../../main/hub/http/server');
    const dir = tempDir('hub-page-');
    writeFileSync(join(dir, 'hub.html'), '<!doctype html><title>hub</title>');
    const host = await startHubHost(hub.core, { port: 0, rendererDir: dir });
    try {
      const res = await fetch(`${host.url}/`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    } finally {
      await host.close();
    }
  });
});

describe('the guard on its own clock', () => {
  it('locks after five failures, doubles the lock with each further one, and forgets a name on success', () => {
    let now = 0;
    const guard = new SignInGuard(() => now);
    const fail = () => {
      const r = guard.reserve('Admin', '10.0.0.9');
      if (r.ok) r.settle(false);
      return r;
    };
    for (let i = 0; i < 5; i++) expect(fail().ok).toBe(true);
    const locked = guard.reserve('admin', '10.0.0.8');
    expect(locked).toEqual({ ok: false, retryAfterSeconds: 60 });
    now += 61_000;
    expect(fail().ok).toBe(true);
    expect(guard.reserve('admin', '10.0.0.9')).toEqual({ ok: false, retryAfterSeconds: 120 });
    now += 121_000;
    const good = guard.reserve('admin', '10.0.0.9');
    expect(good.ok).toBe(true);
    if (good.ok) good.settle(true);
    // Cleared: five more tries before the next lock.
    for (let i = 0; i < 5; i++) expect(fail().ok).toBe(true);
    expect(guard.reserve('admin', '10.0.0.9').ok).toBe(false);
  });

  it('shuts an address that tries many names, but not the names it did not try', () => {
    let now = 0;
    const guard = new SignInGuard(() => now);
    for (let i = 0; i < 20; i++) {
      const r = guard.reserve(`name-${i}`, '10.0.0.66');
      expect(r.ok).toBe(true);
      if (r.ok) r.settle(false);
    }
    expect(guard.reserve('name-99', '10.0.0.66').ok).toBe(false);
    expect(guard.reserve('name-99', '10.0.0.67').ok).toBe(true);
    now += 16 * 60_000 + 60 * 60_000;
    expect(guard.reserve('name-99', '10.0.0.66').ok).toBe(true);
  });
});

describe('the hub over HTTPS', () => {
  it('serves HTTPS with the given certificate; a station that trusts it enrols and syncs, plain HTTP gets nothing', async () => {
    const pgUrl = h.pg.database();
    const dir = tempDir('hub-tls-');
    const [cert, key] = [join(dir, 'hub.crt'), join(dir, 'hub.key')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
    const pw = join(dir, 'pw');
    writeFileSync(pw, 'hub-admin-pass-1\n');
    const hubArgs = ['--pg', pgUrl, '--key-file', join(dir, 'id.key')];
    expect(station(['hub', 'add-admin', ...hubArgs, '--username', 'admin', '--password-file', pw]).code).toBe(0);
    const code = /Enrolment code: (\S+)/.exec(station(['hub', 'code', ...hubArgs, '--label', '甲']).stdout)![1]!;
    const child = spawn(process.execPath, [STATION, 'hub', ...hubArgs, '--port', '0', '--tls-cert', cert, '--tls-key', key], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c) => {
          out += c;
          const m = /sync at (https:\/\/\S+?);/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (c) => reject(new Error(`hub exited ${c}`)));
      });
      // The certificate is what a client checks: with it, the sign-in answers over TLS.
      const signedIn = await new Promise<string>((resolve, reject) => {
        const req = request(`${url}/hub/api/rpc/hub.signIn`, { method: 'POST', ca: readFileSync(cert), headers: { 'content-type': 'application/json' } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ username: 'admin', password: 'hub-admin-pass-1' }));
      });
      expect(JSON.parse(signedIn)).toMatchObject({ ok: true });
      await expect(fetch(url.replace('https:', 'http:') + '/hub/api/rpc/hub.me', { method: 'POST' })).rejects.toThrow();

      const data = join(dir, 'station');
      expect(station(['init', '--data', data, '--name', '甲项目提升站', '--admin-password-file', pw]).code).toBe(0);
      // Without the certificate trusted, the station refuses to talk to the hub at all.
      const untrusted = station(['hub-enrol', '--data', data, '--hub', url, '--code', code]);
      expect(untrusted.code).toBe(1);
      expect(untrusted.stderr).toMatch(/certificate this PC does not trust .*NODE_EXTRA_CA_CERTS/);
      const trusted = { NODE_EXTRA_CA_CERTS: cert };
      expect(station(['hub-enrol', '--data', data, '--hub', url, '--code', code], trusted).stdout).toMatch(/Enrolled: this station/);
      expect(station(['hub-sync', '--data', data], trusted).stdout).toMatch(/^Synced: /);
    } finally {
      await new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM'))));
    }
  }, 120_000);
});
