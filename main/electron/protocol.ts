import { net, protocol } from 'electron';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME, resolveAppPath, responseSecurityHeaders } from './security';

/**
 * Must run before the app is ready: a standard, secure scheme gets a real origin (so 'self' in the
 * CSP, storage and fetch work) without opening a local HTTP port or loading file:// pages.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: responseSecurityHeaders() });
}

/** Serves the built renderer on app://station/, with the security headers on every answer. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppPath(rendererDir, url.pathname);
    if (file === undefined) return refuse(404);
    try {
      if (!(await stat(file)).isFile()) return refuse(404);
    } catch {
      return refuse(404);
    }
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [name, value] of Object.entries(responseSecurityHeaders())) headers.set(name, value);
    return new Response(res.body, { status: res.status, headers });
  });
}
