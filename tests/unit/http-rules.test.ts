import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channelFromPath, CSP, isAllowedHost, isSameOrigin, tokenFrom } from '../../main/http/rules';
import { resolveStatic } from '../../main/http/static';

describe('LAN host rules', () => {
  it('answers IP literals, localhost and configured names only (DNS rebinding guard)', () => {
    expect(isAllowedHost('127.0.0.1:8760')).toBe(true);
    expect(isAllowedHost('192.168.1.20:8760')).toBe(true);
    expect(isAllowedHost('localhost:8760')).toBe(true);
    expect(isAllowedHost('[::1]:8760')).toBe(true);
    expect(isAllowedHost('evil.example.com:8760')).toBe(false);
    expect(isAllowedHost('station-pc:8760', ['station-pc'])).toBe(true);
    expect(isAllowedHost(undefined)).toBe(false);
    expect(isAllowedHost('bad host')).toBe(false);
  });

  it('refuses cross-site origins but lets non-browser clients through', () => {
    expect(isSameOrigin(undefined, '127.0.0.1:8760')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:8760', '127.0.0.1:8760')).toBe(true);
    expect(isSameOrigin('http://evil.example.com', '127.0.0.1:8760')).toBe(false);
    expect(isSameOrigin('null', '127.0.0.1:8760')).toBe(false);
    expect(isSameOrigin('file://', '127.0.0.1:8760')).toBe(false);
  });

  it('takes channel names only in their plain dotted form', () => {
    expect(channelFromPath('/api/rpc/app.info', '/api/rpc/')).toBe('app.info');
    expect(channelFromPath('/api/rpc/../../etc/passwd', '/api/rpc/')).toBeUndefined();
    expect(channelFromPath('/api/rpc/__proto__', '/api/rpc/')).toBeUndefined();
    expect(channelFromPath('/api/rpc/a.b/c', '/api/rpc/')).toBeUndefined();
    expect(channelFromPath('/api/rpc/', '/api/rpc/')).toBeUndefined();
  });

  it('reads the session token only from its header and only in its shape', () => {
    expect(tokenFrom('A'.repeat(43))).toBe('A'.repeat(43));
    expect(tokenFrom('short')).toBeUndefined();
    expect(tokenFrom('has spaces in it and is long enough')).toBeUndefined();
    expect(tokenFrom(undefined)).toBeUndefined();
  });

  it('has a CSP without inline or remote script', () => {
    const script = CSP.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toMatch(/https?:/);
  });
});

describe('static files of the built renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'station-static-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'app-1234.js'), '');

  it('serves files and falls back to index.html for screens', () => {
    expect(resolveStatic(dir, '/assets/app-1234.js')).toMatchObject({ kind: 'file', contentType: expect.stringContaining('javascript') });
    expect(resolveStatic(dir, '/')).toMatchObject({ kind: 'file', file: join(dir, 'index.html') });
    expect(resolveStatic(dir, '/settings')).toMatchObject({ kind: 'file', file: join(dir, 'index.html') });
    // No kiosk page built (an old build): the admin app answers /kiosk, as before.
    expect(resolveStatic(dir, '/kiosk')).toMatchObject({ kind: 'file', file: join(dir, 'index.html') });
    expect(resolveStatic(dir, '/assets/missing.js')).toEqual({ kind: 'missing' });
  });

  it('refuses every way out of the folder', () => {
    for (const p of ['/../secret', '/%2e%2e/secret', '/assets/..%2f..%2fsecret', '/a\\..\\b', '/%00', '/%E0%A4%A']) {
      expect(resolveStatic(dir, p).kind).toBe('refused');
    }
  });

  it('reports a missing build instead of serving nothing', () => {
    expect(resolveStatic(join(dir, 'nope'), '/')).toEqual({ kind: 'missing' });
  });
});
