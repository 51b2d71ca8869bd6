// Large files reach the station as a stream written to disk (HTTP.uploadPrefix), never as a JSON body
// held in memory: a backup to restore is PUT first, then named by its upload id in the call.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { HTTP } from '../../shared/contract/bridge';
import { MAX_RESTORE_BYTES } from '../../shared/contract/channels/trust';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { tempDir, testCore } from '../support/temp';
import { streamToFile, type UploadResult } from '../../main/http/upload';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const uploadsIn = (dir: string) => readdirSync(dir).filter((f) => /^upload-.*\.tmp$/.test(f));

async function put(url: string, channel: string, body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(HTTP.uploadPrefix + channel, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: { upload: string; bytes: number }; error?: { code: string } } };
}

describe('uploads', () => {
  it('streams a backup to the data folder; the restore names it once; it is gone after', async () => {
    const { core, dataDir } = testCore();
    const { token } = await setUp(core);
    const backup = await core.backups.create('manual');
    const { url, rpc } = await startHost(core);
    const auth = { [HTTP.sessionHeader]: token };

    const sent = await put(url, 'backups.restore', new Uint8Array(readFileSync(backup.path)), auth);
    expect(sent.status).toBe(200);
    expect(sent.body.value?.bytes).toBe(readFileSync(backup.path).length);
    const id = sent.body.value!.upload;
    expect(uploadsIn(dataDir)).toEqual([`${id}.tmp`]);

    const staged = await rpc('backups.restore', { upload: id }, auth);
    expect(staged.body, JSON.stringify(staged.body)).toMatchObject({ ok: true, value: { restartNeeded: true } });
    expect(core.backups.pendingRestore()).toBe(true);
    expect(uploadsIn(dataDir)).toEqual([]);
    // Handed over once: the same id again is not found.
    const again = await rpc('backups.restore', { upload: id }, auth);
    expect(again.body.error?.code).toBe('not_found');
  });

  it('refuses from the headers alone: no one signed in, a trainer, a file declared too large, a channel that takes none', async () => {
    const { core, dataDir } = testCore();
    const { admin, token } = await setUp(core);
    const made = await dispatch(core, admin, 'accounts.create', { username: 'zhao', displayName: '赵', role: 'trainer', password: 'trainer-pass-1' });
    expect(made.ok).toBe(true);
    const signedIn = await dispatch(core, anonymous, 'auth.signIn', { username: 'zhao', password: 'trainer-pass-1' });
    const trainerToken = (signedIn as { value: { token: string } }).value.token;
    const { url } = await startHost(core);

    expect((await put(url, 'backups.restore', 'x')).body.error?.code).toBe('unauthenticated');
    expect((await put(url, 'backups.restore', 'x', { [HTTP.sessionHeader]: trainerToken })).body.error?.code).toBe('forbidden');
    expect((await put(url, 'workers.create', 'x', { [HTTP.sessionHeader]: token })).body.error?.code).toBe('unknown_channel');
    // Declared larger than the channel takes: answered before a byte is read.
    const big = await new Promise<number>((resolve, reject) => {
      const u = new URL(HTTP.uploadPrefix + 'backups.restore', url);
      import('node:http').then(({ request }) => {
        const req = request(
          { host: u.hostname, port: u.port, path: u.pathname, method: 'PUT', headers: { 'content-type': 'application/octet-stream', 'content-length': String(MAX_RESTORE_BYTES + 1), [HTTP.sessionHeader]: token } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', reject);
        req.write(Buffer.alloc(1024));
      }, reject);
    });
    expect(big).toBe(413);
    expect(uploadsIn(dataDir)).toEqual([]);
  });

  it('a body streamed past the limit without saying its length is cut off and nothing is kept', async () => {
    const dir = tempDir();
    const file = join(dir, 'upload-x.tmp');
    const answers: UploadResult[] = [];
    const server = createServer((req, res) => {
      void streamToFile(req, file, 10_000).then((r) => {
        answers.push(r);
        res.end(JSON.stringify(r));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      // Chunked (no content-length): the host counts as it writes.
      const chunks = (async function* () {
        for (let i = 0; i < 20; i++) yield new Uint8Array(1000).fill(7);
      })();
      await fetch(`http://127.0.0.1:${port}/`, { method: 'PUT', body: chunks as unknown as BodyInit, duplex: 'half' } as RequestInit).catch(() => null);
      await expect.poll(() => answers).toEqual([{ ok: false, reason: 'too_large' }]);
      expect(existsSync(file)).toBe(false);
      // Within the limit, the bytes land as sent (on a new connection: the cut-off one is not reused).
      const small = await putOnNewConnection(port, Buffer.alloc(9_000, 3));
      expect(JSON.parse(small)).toEqual({ ok: true, bytes: 9_000 });
      expect(readFileSync(file)).toEqual(Buffer.alloc(9_000, 3));
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  it('a backup as a JSON body over HTTP is held to the ordinary body limit', async () => {
    const { core, dataDir } = testCore();
    const { token } = await setUp(core);
    const { rpc } = await startHost(core);
    const r = await rpc('backups.restore', { base64: Buffer.alloc(HTTP.maxBodyBytes).toString('base64') }, { [HTTP.sessionHeader]: token });
    expect(r.status).toBe(413);
    expect(uploadsIn(dataDir)).toEqual([]);
  });
});

/** A PUT on a connection of its own (no keep-alive pool), answered as text. */
function putOnNewConnection(port: number, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'PUT', agent: false, headers: { 'content-length': body.length } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.end(body);
  });
}
