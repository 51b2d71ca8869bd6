// The LAN host's static files as a tablet gets them: the kiosk's own page for /kiosk and /kiosk/*,
// gzip or brotli by Accept-Encoding (with Vary), long caching for hashed assets and none for pages.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, isCompressible } from '../../main/http/compress';
import { createHttpHost, type HttpHost } from '../../main/http/server';
import { resolveStatic } from '../../main/http/static';
import { pageFor } from '../../shared/contract/pages';
import { testCore } from '../support/temp';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET that does not decompress (fetch would), so the bytes on the wire are seen. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `签到成功 ${i} kiosk`))};\n`.repeat(4);
let host: HttpHost;
let rendererDir: string;

beforeAll(async () => {
  // Not tempDir(): that folder goes after each test, and this build serves the whole file.
  const { core } = testCore();
  rendererDir = join(mkdtempSync(join(tmpdir(), 'station-static-')), 'out');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>admin</title><script type="module" src="/assets/index-1a2b3c.js"></script>');
  writeFileSync(join(rendererDir, 'kiosk.html'), `<!doctype html><title>kiosk</title><script type="module" src="/assets/kiosk-4d5e6f.js"></script>${' '.repeat(2000)}`);
  writeFileSync(join(rendererDir, 'assets', 'kiosk-4d5e6f.js'), script);
  writeFileSync(join(rendererDir, 'assets', 'index-1a2b3c.js'), script + '//admin');
  writeFileSync(join(rendererDir, 'assets', 'tiny-000000.js'), 'x()');
  writeFileSync(join(rendererDir, 'assets', 'logo-111111.png'), Buffer.alloc(4096, 7));
  // What the build leaves: copies compressed beside the file; and a copy older than a file rebuilt since.
  const built = script + '//built';
  writeFileSync(join(rendererDir, 'assets', 'built-222222.js'), built);
  writeFileSync(join(rendererDir, 'assets', 'built-222222.js.br'), brotliCompressSync(built + '//from the build'));
  writeFileSync(join(rendererDir, 'assets', 'built-222222.js.gz'), gzipSync(built + '//from the build'));
  writeFileSync(join(rendererDir, 'assets', 'rebuilt-333333.js'), script + '//rebuilt');
  writeFileSync(join(rendererDir, 'assets', 'rebuilt-333333.js.br'), brotliCompressSync('stale'));
  const past = new Date(Date.now() - 3600_000);
  utimesSync(join(rendererDir, 'assets', 'rebuilt-333333.js.br'), past, past);
  host = await createHttpHost({ core, rendererDir, port: 0 });
});

afterAll(async () => {
  await host?.close();
  rmSync(join(rendererDir, '..'), { recursive: true, force: true });
});

describe('the LAN host serves two pages', () => {
  it('the kiosk page for /kiosk and /kiosk/*, the admin app elsewhere', async () => {
    for (const path of ['/kiosk', '/kiosk/', '/kiosk/pair', '/kiosk/pair?revoked=1']) {
      const r = await get(new URL(path, host.url).href);
      expect(r.status, path).toBe(200);
      expect(r.body.toString(), path).toContain('<title>kiosk</title>');
    }
    for (const path of ['/', '/settings', '/attendance/live/01J00000000000000000000000', '/kiosks']) {
      const r = await get(new URL(path, host.url).href);
      expect(r.body.toString(), path).toContain('<title>admin</title>');
    }
    expect(pageFor('/kiosk/pair')).toBe('kiosk.html');
    expect(resolveStatic(rendererDir, '/kiosk/pair')).toMatchObject({ kind: 'file', file: join(rendererDir, 'kiosk.html') });
  });
});

describe('compressed static files', () => {
  it('brotli when offered, else gzip, else the plain file; always with Vary', async () => {
    const url = new URL('/assets/kiosk-4d5e6f.js', host.url).href;
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get(url, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(script);

    // Refused with q=0: the next best.
    expect((await get(url, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get(url, { 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
  });

  it('compresses once: the second answer is the same bytes from memory', async () => {
    const url = new URL('/assets/index-1a2b3c.js', host.url).href;
    const a = await get(url, { 'accept-encoding': 'br' });
    const b = await get(url, { 'accept-encoding': 'br' });
    expect(a.body.equals(b.body)).toBe(true);
  });

  it("serves the build's compressed copies as they are, unless older than their file", async () => {
    const built = new URL('/assets/built-222222.js', host.url).href;
    expect(brotliDecompressSync((await get(built, { 'accept-encoding': 'br' })).body).toString()).toBe(script + '//built//from the build');
    expect(gunzipSync((await get(built, { 'accept-encoding': 'gzip' })).body).toString()).toBe(script + '//built//from the build');
    const rebuilt = await get(new URL('/assets/rebuilt-333333.js', host.url).href, { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(rebuilt.body).toString()).toBe(script + '//rebuilt');
  });

  it('hashed assets are cached for a year and immutable; the pages are revalidated', async () => {
    const asset = await get(new URL('/assets/kiosk-4d5e6f.js', host.url).href, { 'accept-encoding': 'gzip' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const path of ['/kiosk', '/', '/kiosk.html']) {
      const page = await get(new URL(path, host.url).href, { 'accept-encoding': 'gzip' });
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(page.headers['content-security-policy'], path).toContain("script-src 'self'");
    }
    // The kiosk page is big enough to be worth compressing; it is.
    expect((await get(new URL('/kiosk', host.url).href, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('leaves alone what does not shrink: images, and files too small to gain', async () => {
    const png = await get(new URL('/assets/logo-111111.png', host.url).href, { 'accept-encoding': 'gzip, br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.length).toBe(4096);
    const tiny = await get(new URL('/assets/tiny-000000.js', host.url).href, { 'accept-encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('x()');
  });

  it('HEAD has the headers of GET and no body', async () => {
    const r = await get(new URL('/assets/kiosk-4d5e6f.js', host.url).href, { 'accept-encoding': 'br' }, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.body.length).toBe(0);
  });
});

describe('Accept-Encoding', () => {
  it('negotiates by weight', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding(['gzip', 'br'])).toBe('br');
  });

  it('compresses text, not images', () => {
    expect(isCompressible('text/javascript; charset=utf-8')).toBe(true);
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
  });
});
