import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { pageFor } from '../../shared/contract/pages';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticTarget = { kind: 'file'; file: string; contentType: string } | { kind: 'missing' } | { kind: 'refused' };

/**
 * Maps a URL path to a file in the built renderer. Paths without an extension are screens: /kiosk and
 * /kiosk/* get the kiosk's own page (kiosk.html), the rest the admin app (index.html); anything escaping
 * the folder is refused.
 */
export function resolveStatic(rendererDir: string, urlPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return { kind: 'refused' };
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const root = normalize(rendererDir);
  const candidate = join(root, rel);
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return { kind: 'refused' };
  const ext = extname(rel).toLowerCase();
  if (rel && existsSync(candidate) && statSync(candidate).isFile()) {
    return { kind: 'file', file: candidate, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream' };
  }
  if (ext) return { kind: 'missing' };
  // A build without the kiosk page (an older one) serves the admin app, which routes /kiosk itself.
  const page = [join(root, pageFor(decoded)), join(root, 'index.html')].find((f) => existsSync(f));
  return page ? { kind: 'file', file: page, contentType: CONTENT_TYPES['.html']! } : { kind: 'missing' };
}
