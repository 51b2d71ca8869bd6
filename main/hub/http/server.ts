import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { CSP_HEADER } from '../../../shared/contract/csp';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../../shared/contract/result';
import { readBody } from '../../http/body';
import { resolveStatic } from '../../http/static';
import type { HubCore } from '../core';
import { resolveCaller } from '../services/accounts';
import { enrolStation } from '../services/enrolment';
import { applyBatch } from '../services/ingest';
import { errorResult, hubDispatch } from './dispatch';

export interface HubHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** A station's first full push can be tens of megabytes; nothing else the hub takes comes near it. */
const PUSH_LIMIT = 512 * 1024 * 1024;
/**
 * What a caller may send, by who they are (known before a byte is read): a stranger only a sign-in, a
 * viewer a filter, the admin a USB bundle.
 */
const RPC_LIMIT = { anonymous: 64 * 1024, hub_viewer: 1024 * 1024, hub_admin: 512 * 1024 * 1024 } as const;

const STATUS: Record<string, number> = {
  unknown_channel: 404,
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  internal: 503,
};

function send(res: ServerResponse, r: Result<unknown>): void {
  const status = r.ok ? 200 : (STATUS[r.error.code] ?? 400);
  const body = JSON.stringify(r);
  const retry = !r.ok && typeof r.error.details?.retryAfterSeconds === 'number' ? { 'retry-after': String(r.error.details.retryAfterSeconds) } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...retry });
  res.end(body);
}

async function json(req: IncomingMessage, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; result: Result<never> }> {
  const body = await readBody(req, limit, 600_000);
  if (!body.ok) return { ok: false, result: fail(body.reason === 'too_large' ? 'payload_too_large' : 'invalid_input', `Body ${body.reason}`) };
  try {
    return { ok: true, value: body.text ? JSON.parse(body.text) : {} };
  } catch {
    return { ok: false, result: fail('invalid_input', 'Body is not JSON') };
  }
}

/**
 * The hub host: stations enrol and push over `/hub/api/enrol` and `/hub/api/push` (a push is trusted
 * by its signature, not a session); people use the hub's channels over `/hub/api/rpc/<name>` with a
 * bearer token from hub.signIn; a renderer build's hub page (hub.html), when there is one, from `rendererDir`.
 */
export interface HubHostOptions {
  host?: string;
  port?: number;
  rendererDir?: string;
  /** A certificate and its key (PEM): the hub answers HTTPS only. Without them, plain HTTP (a LAN, or behind a TLS proxy). */
  tls?: { cert: Buffer; key: Buffer };
  log?: (event: string, data: Record<string, unknown>) => void;
}

export function startHubHost(core: HubCore, opts: HubHostOptions): Promise<HubHost> {
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((e: unknown) => {
      opts.log?.('hub.http_error', { message: (e as Error).message });
      if (!res.headersSent) send(res, errorResult(e));
      else res.destroy();
    });
  };
  const server: Server = opts.tls ? createTlsServer({ cert: opts.tls.cert, key: opts.tls.key }, onRequest) : createServer(onRequest);
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub');
    const path = url.pathname;
    if (req.method === 'POST' && path === '/hub/api/push') {
      const b = await json(req, PUSH_LIMIT);
      if (!b.ok) return send(res, b.result);
      try {
        const answer = await applyBatch(core.pool, b.value, 'push', core.vault);
        opts.log?.('hub.batch', { outcome: answer.outcome, rows: answer.rows, events: answer.events });
        return send(res, { ok: true, value: answer });
      } catch (e) {
        opts.log?.('hub.batch_refused', { message: (e as Error).message.slice(0, 300) });
        return send(res, errorResult(e));
      }
    }
    if (req.method === 'POST' && path === '/hub/api/enrol') {
      const b = await json(req, 64 * 1024);
      if (!b.ok) return send(res, b.result);
      try {
        return send(res, { ok: true, value: await enrolStation(core.pool, b.value) });
      } catch (e) {
        return send(res, errorResult(e));
      }
    }
    if (req.method === 'POST' && path.startsWith('/hub/api/rpc/')) {
      const name = decodeURIComponent(path.slice('/hub/api/rpc/'.length));
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
      const caller = await resolveCaller(core.pool, token);
      const b = await json(req, RPC_LIMIT[caller.role]);
      if (!b.ok) return send(res, b.result);
      return send(res, await hubDispatch(core, caller, name, b.value, { address: req.socket.remoteAddress ?? 'unknown' }));
    }
    if (req.method === 'GET' && opts.rendererDir) {
      // The hub's screens are the renderer's hub page; /hub/* are its routes.
      const target = resolveStatic(opts.rendererDir, path === '/' || !path.includes('.') ? '/hub.html' : path);
      if (target.kind === 'file') {
        res.writeHead(200, { 'content-type': target.contentType, 'x-content-type-options': 'nosniff', 'content-security-policy': CSP_HEADER, 'referrer-policy': 'no-referrer' });
        createReadStream(target.file).pipe(res);
        return;
      }
    }
    send(res, fail('not_found', 'Not found'));
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8790, opts.host ?? '127.0.0.1', () => {
      const a = server.address() as AddressInfo;
      const host = a.address.includes(':') ? `[${a.address}]` : a.address;
      resolve({
        server,
        url: `${opts.tls ? 'https' : 'http'}://${host === '0.0.0.0' ? '127.0.0.1' : host}:${a.port}`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
