import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningStation {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts `station serve` on a fresh data folder and a free port (on loopback, or `host` such as 0.0.0.0 for
 * the site LAN), as an admin would, and reads the URL it prints. Needs the built app (npm run build): the tests drive what ships.
 */
export async function startStation(opts: { host?: string } = {}): Promise<RunningStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-browser-'));
  const hostArgs = opts.host ? ['--host', opts.host] : [];
  const child = spawn(process.execPath, ['main/cli/station.cjs', 'serve', '--data', dataDir, '--port', '0', ...hostArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('station serve printed no URL within 15 s')), 15_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${e.message}\nstdout: ${out}\nstderr: ${err}`));
    };
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => fail(new Error(`station serve exited with ${code}`)));
  });
  return { url, dataDir, stop: () => stop(child, dataDir) };
}

async function stop(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/** First-run setup through the API, for test files about what comes after it. */
export async function setUpStation(url: string, stationName: string, adminPassword: string): Promise<void> {
  const res = await fetch(new URL('/api/rpc/setup.init', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stationName, adminPassword, language: 'zh-CN' }),
  });
  const body = (await res.json()) as { ok: boolean };
  if (!body.ok) throw new Error(`setup.init failed: ${JSON.stringify(body)}`);
}
