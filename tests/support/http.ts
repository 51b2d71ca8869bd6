import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHttpHost, type HttpHost } from '../../main/http/server';
import type { Core } from '../../main/app/core';
import { HTTP } from '../../shared/contract/bridge';
import { tempDir } from './temp';

const hosts: HttpHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

/** A real LAN host on a free loopback port, over a stand-in renderer build. */
export async function startHost(core: Core, opts: { withRenderer?: boolean } = {}) {
  const rendererDir = join(tempDir('renderer-'), 'out');
  if (opts.withRenderer !== false) {
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>station</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  }
  const host = await createHttpHost({ core, rendererDir, port: 0 });
  hosts.push(host);
  const rpc = async (name: string, input: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL(HTTP.rpcPrefix + name, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof input === 'string' ? input : JSON.stringify(input),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as { ok: boolean; value?: any; error?: any } };
  };
  return { host, url: host.url, rpc };
}
