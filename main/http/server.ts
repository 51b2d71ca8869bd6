import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mayCall, type Caller } from '../../shared/contract/access';
import { HTTP } from '../../shared/contract/bridge';
import { channels, isChannelName, type ChannelName } from '../../shared/contract/channels';
import { fail, ok, type Result } from '../../shared/contract/result';
import type { Core } from '../app/core';
import { dispatch } from '../app/dispatch';
import { describeError } from '../lib/log';
import { readBody } from './body';
import { streamToFile } from './upload';
import { channelFromPath, isAllowedHost, isSameOrigin, lanMayCall, SECURITY_HEADERS, STATUS, tokenFrom } from './rules';
import { openEventStream } from './sse';
import { join } from 'node:path';
import { pickEncoding, StaticCache } from './compress';
import { resolveStatic } from './static';

export interface HttpHostOptions {
  core: Core;
  /** The built renderer (out/renderer). Missing: the API still answers, pages say what to do. */
  rendererDir: string;
  host?: string;
  port?: number;
  /** Host names (besides IPs and localhost) this host answers to. */
  hostNames?: readonly string[];
}

export interface HttpHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: ServerResponse, result: Result<unknown>) {
  const status = result.ok ? 200 : STATUS[result.error.code];
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function callerFor(core: Core, req: IncomingMessage): Caller {
  const token = tokenFrom(req.headers[HTTP.sessionHeader]);
  const address = req.socket.remoteAddress;
  const caller: Caller = (token && (core.accounts.resolve(token, 'http')?.caller ?? core.devices.resolve(token, 'http')?.caller)) || { role: 'anonymous', via: 'http' };
  return address ? { ...caller, address } : caller;
}

/** Whether this caller may call the channel at all, from the headers alone. */
function refusalBeforeBody(core: Core, caller: Caller, name: ChannelName): Result<never> | null {
  const def = channels[name];
  if (!lanMayCall({ name, access: def.access }, caller.address, () => core.settings.get().lanAdmin)) {
    return fail('forbidden', 'Trainer and admin use is open on this PC only; other devices on the LAN are kiosks', { reason: 'lan_admin_off' });
  }
  if (!mayCall(caller, def.access)) {
    return caller.role === 'anonymous' ? fail('unauthenticated', 'Sign in first') : fail('forbidden', 'Your role may not do this');
  }
  return null;
}

/**
 * A file for a channel that takes one (ChannelDef.upload), as the raw request body: checked like a
 * call from the headers first, then streamed to the data folder; answers the id the call names it by.
 */
async function handleUpload(core: Core, req: IncomingMessage, res: ServerResponse, name: string | undefined) {
  if (req.method !== 'PUT') {
    return send(res, 405, JSON.stringify(fail('invalid_input', 'Use PUT')), 'application/json; charset=utf-8', { allow: 'PUT' });
  }
  if (!isSameOrigin(req.headers.origin, req.headers.host)) {
    return sendResult(res, fail('forbidden', 'Cross-site requests are refused'));
  }
  const def = name !== undefined && isChannelName(name) ? channels[name] : undefined;
  if (name === undefined || !isChannelName(name) || !def?.upload) {
    res.setHeader('connection', 'close');
    return sendResult(res, fail('unknown_channel', 'This channel takes no file'));
  }
  const caller = callerFor(core, req);
  const refusal = refusalBeforeBody(core, caller, name);
  if (refusal) {
    res.setHeader('connection', 'close');
    return sendResult(res, refusal);
  }
  const { id, file } = core.uploads.begin();
  const limit = def.upload.maxBytes;
  const got = await streamToFile(req, file, limit);
  if (!got.ok) {
    if (got.reason === 'too_large') {
      res.setHeader('connection', 'close');
      return sendResult(res, fail('payload_too_large', `The file is larger than ${limit} bytes`, { limit }));
    }
    if (got.reason === 'disk_full') {
      return sendResult(res, fail('disk_full', `The disk holding the data folder ${core.dataDir} is full; the file was not kept`, { dataDir: core.dataDir }));
    }
    return;
  }
  core.uploads.finish(id, file, name, caller, got.bytes, core.clock.now().getTime());
  sendResult(res, ok({ upload: id, bytes: got.bytes }));
}

async function handleRpc(core: Core, req: IncomingMessage, res: ServerResponse, name: string | undefined) {
  if (req.method !== 'POST') {
    return send(res, 405, JSON.stringify(fail('invalid_input', 'Use POST')), 'application/json; charset=utf-8', { allow: 'POST' });
  }
  if (!isSameOrigin(req.headers.origin, req.headers.host)) {
    return sendResult(res, fail('forbidden', 'Cross-site requests are refused'));
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return sendResult(res, fail('unsupported_media_type', 'Send the input as application/json'));
  }
  // Who is calling is known from the headers: a caller who may not call the channel is answered
  // before its body is read, so an anonymous client cannot make the server hold a large upload.
  const caller = callerFor(core, req);
  if (name !== undefined && isChannelName(name)) {
    const refusal = refusalBeforeBody(core, caller, name);
    if (refusal) {
      res.setHeader('connection', 'close');
      return sendResult(res, refusal);
    }
  }
  const limit = (name !== undefined && isChannelName(name) && channels[name].maxBodyBytes) || HTTP.maxBodyBytes;
  const body = await readBody(req, limit);
  if (!body.ok) {
    if (body.reason === 'too_large') {
      res.setHeader('connection', 'close');
      return sendResult(res, fail('payload_too_large', `The body is larger than ${limit} bytes`, { limit }));
    }
    if (body.reason === 'bad_encoding') return sendResult(res, fail('invalid_input', 'The body is not UTF-8'));
    return;
  }
  let input: unknown;
  try {
    input = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    return sendResult(res, fail('invalid_input', 'The body is not valid JSON', { fields: [{ path: '', message: 'malformed JSON' }] }));
  }
  if (name === undefined) return sendResult(res, fail('unknown_channel', 'No such channel'));
  sendResult(res, await dispatch(core, caller, name, input));
}

/** Hashed asset names never change; the HTML pages name the current ones and must be re-read after an update. */
export function cacheControlFor(file: string): string {
  return /[/\\]assets[/\\]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function handleStatic(rendererDir: string, cache: StaticCache, req: IncomingMessage, res: ServerResponse, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
  const target = resolveStatic(rendererDir, pathname);
  if (target.kind === 'refused') return send(res, 400, 'Bad path', 'text/plain; charset=utf-8');
  if (target.kind === 'missing') {
    if (pathname === '/' || !/\.[a-z0-9]+$/i.test(pathname)) {
      return send(
        res,
        503,
        '<!doctype html><meta charset="utf-8"><title>Upgrade Station</title><p>The screens of this app are not built yet. Run <code>npm run build</code> and reload.</p><p>界面尚未构建：请运行 <code>npm run build</code> 后刷新。</p>',
        'text/html; charset=utf-8',
      );
    }
    return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
  // Compressed once per file (gzip and brotli), then served from memory in what the client accepts.
  const { body, encoding } = await cache.get(target.file, target.contentType, pickEncoding(req.headers['accept-encoding']));
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': target.contentType,
    'cache-control': cacheControlFor(target.file),
    'content-length': String(body.length),
    // A cache between the tablet and the PC must keep the encodings apart.
    vary: 'accept-encoding',
  };
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The kiosk page and the files it loads, compressed before the first tablet asks (in the background). */
function warmKiosk(rendererDir: string, cache: StaticCache): void {
  let html: string;
  try {
    html = readFileSync(join(rendererDir, 'kiosk.html'), 'utf8');
  } catch {
    return;
  }
  const files = ['/kiosk.html', ...[...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)];
  for (const path of files) {
    const target = resolveStatic(rendererDir, path);
    if (target.kind === 'file') void cache.warm(target.file, target.contentType);
  }
}

export function createHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const { core } = opts;
  const cache = new StaticCache();
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://station.invalid').pathname;
    } catch {
      return send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    }
    if (!isAllowedHost(req.headers.host, opts.hostNames)) return send(res, 421, 'Unknown host name', 'text/plain; charset=utf-8');
    const work = pathname.startsWith(HTTP.rpcPrefix)
      ? handleRpc(core, req, res, channelFromPath(pathname, HTTP.rpcPrefix))
      : pathname.startsWith(HTTP.uploadPrefix)
        ? handleUpload(core, req, res, channelFromPath(pathname, HTTP.uploadPrefix))
        : pathname === HTTP.events
          ? Promise.resolve(openEventStream(core, req, res, callerFor(core, req)))
          : pathname.startsWith('/api/')
            ? Promise.resolve(sendResult(res, fail('unknown_channel', 'No such endpoint')))
            : handleStatic(opts.rendererDir, cache, req, res, pathname);
    work.catch((err: unknown) => {
      core.log.error('http.unhandled', { error: describeError(err) });
      if (!res.headersSent) sendResult(res, fail('internal', 'Something went wrong inside the station'));
      else res.destroy();
    });
  });
  server.headersTimeout = 15_000;
  // Long enough for a 512 MB backup upload on a slow site network; a call's JSON body has its own
  // 30 s (readBody), and only a caller allowed the channel gets its body read at all.
  server.requestTimeout = 20 * 60_000;
  // Keep-alive lets a kiosk tablet reuse its connection for every scan.
  server.keepAliveTimeout = 65_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      warmKiosk(opts.rendererDir, cache);
      const addr = server.address() as AddressInfo;
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      // The core learns the port from here, for the pairing screen's addresses.
      const forget = core.network.listeners.add({ address: addr.address, port: addr.port });
      server.once('close', forget);
      resolve({
        server,
        url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${addr.port}/`,
        close: () =>
          new Promise<void>((done) => {
            forget();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
