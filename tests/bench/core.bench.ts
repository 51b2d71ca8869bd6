import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createServer, type Server, Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openCore, type Core } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { handlers } from '../../main/app/handlers';
import { createHttpHost } from '../../main/http/server';
import { DATABASE_FILE } from '../../main/lib/paths';
import type { Caller } from '../../shared/contract/access';
import { summarise, timeEach, type Figure } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** POST over one keep-alive connection, as a kiosk tablet would. */
function poster(url: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const u = new URL(url);
  return (path: string, body: string, headers: Record<string, string> = {}) =>
    new Promise<string>((resolve, reject) => {
      const req = request(
        { agent, host: u.hostname, port: u.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

async function firstAnswerMs(args: string[], path: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  const post = poster(url);
  await post(path, '{}');
  const ms = performance.now() - t0;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}

/** The baseline server: bare better-sqlite3 statements behind bare node:http, no core, no dispatch. */
const BARE_SERVER = `
const Database = require('better-sqlite3');
const http = require('node:http');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL');
const first = db.prepare('SELECT * FROM stations ORDER BY created_at, id LIMIT 1');
const count = db.prepare('SELECT count(*) AS n FROM accounts');
const settings = db.prepare('SELECT key, value_json FROM app_settings');
const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (c) => (b += c));
  req.on('end', () => {
    const body = JSON.stringify({ ok: true, value: { s: first.get(), n: count.get().n, st: settings.all() } });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`;

export async function coreBench(dataDir: string, figures: Figure[]): Promise<void> {
  const dbFile = join(dataDir, DATABASE_FILE);

  // Cold start: process spawn to the first answered request.
  const starts: number[] = [];
  const bareStarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    starts.push(await firstAnswerMs(['main/cli/station.cjs', 'serve', '--data', dataDir, '--port', '0'], '/api/rpc/app.info'));
    bareStarts.push(await firstAnswerMs(['-e', BARE_SERVER, dbFile], '/'));
  }
  figures.push({
    name: 'station serve: cold start to first answer (median of 5)',
    unit: 'ms',
    value: summarise(starts).p50,
    baseline: summarise(bareStarts).p50,
    baselineName: 'node + better-sqlite3 + node:http',
    target: '≤ 1000 ms',
  });

  // RPC round trip on loopback.
  const core = openCore({ dataDir });
  const host = await createHttpHost({ core, rendererDir: join(ROOT, 'out', 'renderer'), port: 0 });
  const post = poster(host.url);
  const rpc = summarise(await timeEach(3000, () => post('/api/rpc/app.info', '{}'), 300));
  const bare = bareServer(core.db);
  const bareUrl = await bare.listening;
  const postBare = poster(bareUrl);
  const rpcBare = summarise(await timeEach(3000, () => postBare('/', '{}'), 300));
  figures.push({ name: 'RPC app.info over loopback HTTP p50', unit: 'ms', value: rpc.p50, baseline: rpcBare.p50, target: '≤ 1 ms' });
  figures.push({ name: 'RPC app.info over loopback HTTP p99', unit: 'ms', value: rpc.p99, baseline: rpcBare.p99 });
  await host.close();
  bare.server.close();

  // Dispatch overhead over a direct service call.
  const admin: Caller = { role: 'admin', via: 'internal' };
  const N = 20_000;
  const viaDispatch = await timeEach(N, () => dispatch(core, admin, 'settings.get', {}), 2000);
  const direct = await timeEach(N, () => handlers['settings.get']({}, { core, caller: admin, raise: () => undefined }), 2000);
  const overheadUs = (summarise(viaDispatch).mean - summarise(direct).mean) * 1000;
  figures.push({
    name: 'dispatch overhead per call (settings.get)',
    unit: 'µs',
    value: overheadUs,
    baseline: summarise(direct).mean * 1000,
    baselineName: 'the direct handler call itself',
    target: '≤ 20 µs',
  });
  closeQuietly(core);
}

function bareServer(db: Database.Database): { server: Server; listening: Promise<string> } {
  const first = db.prepare('SELECT * FROM stations ORDER BY created_at, id LIMIT 1');
  const count = db.prepare('SELECT count(*) AS n FROM accounts');
  const settings = db.prepare('SELECT key, value_json FROM app_settings');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, value: { s: first.get(), n: count.get(), st: settings.all() } }));
    });
  });
  const listening = new Promise<string>((r) =>
    server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)),
  );
  return { server, listening };
}

function closeQuietly(core: Core) {
  try {
    core.close();
  } catch {
    // The bench's own temp folder; nothing to keep.
  }
}
