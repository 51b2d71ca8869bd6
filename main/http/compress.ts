import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Static files compressed once and kept in memory: a tablet on the site's Wi-Fi downloads the kiosk's
 * script as gzip or brotli, and the PC compresses each file once (first request, or warmed at start),
 * not on every load. Pure parts (negotiation, what is worth compressing) are exported for tests.
 */

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text compresses; images and fonts already are. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/** Smaller than this, the headers weigh more than what compression saves. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to answer with, from Accept-Encoding (RFC 9110 §12.5.3): brotli when offered, else gzip,
 * else none. `q=0` refuses an encoding; `*` stands for any encoding not named.
 */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    if (!Number.isNaN(weight)) q.set(name, weight);
  }
  const weight = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzipQ = Math.max(weight('gzip'), q.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzipQ) return 'br';
  if (gzipQ > 0) return 'gzip';
  return null;
}

interface Entry {
  mtimeMs: number;
  size: number;
  raw: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
}

export interface Compressed {
  body: Buffer;
  encoding: Encoding | null;
}

/** Brotli's best quality is slow on big files; the admin bundle gets a quicker setting. */
const BEST_QUALITY_UP_TO = 600 * 1024;

export class StaticCache {
  private readonly entries = new Map<string, Promise<Entry>>();

  /** The file's bytes in the best encoding the client takes (compressed once, then from memory). */
  async get(file: string, contentType: string, encoding: Encoding | null): Promise<Compressed> {
    const entry = await this.entry(file, contentType);
    if (encoding === 'br' && entry.br) return { body: entry.br, encoding: 'br' };
    if (encoding && entry.gzip) return { body: entry.gzip, encoding: 'gzip' };
    return { body: entry.raw, encoding: null };
  }

  /** Compresses ahead of the first request (the kiosk's files, at start); errors are left for the request. */
  warm(file: string, contentType: string): Promise<void> {
    return this.entry(file, contentType).then(
      () => undefined,
      () => undefined,
    );
  }

  private async entry(file: string, contentType: string): Promise<Entry> {
    const info = await stat(file);
    const cached = this.entries.get(file);
    if (cached) {
      const e = await cached.catch(() => null);
      // Rebuilt meanwhile (same name, new content): compress again.
      if (e && e.mtimeMs === info.mtimeMs && e.size === info.size) return e;
    }
    const made = this.make(file, contentType, info.mtimeMs, info.size);
    this.entries.set(file, made);
    made.catch(() => this.entries.delete(file));
    return made;
  }

  private async make(file: string, contentType: string, mtimeMs: number, size: number): Promise<Entry> {
    const raw = await readFile(file);
    if (!isCompressible(contentType) || raw.length < MIN_COMPRESS_BYTES) return { mtimeMs, size, raw, gzip: null, br: null };
    // The build leaves file.br and file.gz beside each file (renderer/precompress.ts): read, not made again.
    const [gzipped, brotlied] = await Promise.all([
      (await readBeside(file, '.gz', mtimeMs)) ?? compressGzip(raw),
      (await readBeside(file, '.br', mtimeMs)) ?? compressBrotli(raw),
    ]);
    return {
      mtimeMs,
      size,
      raw,
      // Kept only when smaller than the file itself.
      gzip: gzipped.length < raw.length ? gzipped : null,
      br: brotlied.length < raw.length ? brotlied : null,
    };
  }
}

/** Brotli at the quality this file's size affords: the best for the kiosk's files, quicker for big bundles. */
export function compressBrotli(raw: Buffer): Promise<Buffer> {
  const quality = raw.length <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 9;
  return brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
}

export function compressGzip(raw: Buffer): Promise<Buffer> {
  return gz(raw, { level: 9 });
}

/**
 * A compressed copy made by the build, if it is at least as new as the file: a copy older than its file
 * (the file rebuilt or replaced by hand since) would serve stale code, so it is ignored.
 */
async function readBeside(file: string, suffix: '.br' | '.gz', mtimeMs: number): Promise<Buffer | null> {
  try {
    const info = await stat(file + suffix);
    if (info.mtimeMs < mtimeMs) return null;
    return await readFile(file + suffix);
  } catch {
    return null;
  }
}
