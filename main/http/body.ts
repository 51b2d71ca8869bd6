import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'aborted' | 'bad_encoding' };

/** A call's body trickled in slower than this is dropped: it holds a connection for nothing. */
const BODY_DEADLINE_MS = 30_000;

/** Reads at most `limit` bytes; stops reading (and answers) as soon as the limit is passed. */
export function readBody(req: IncomingMessage, limit: number, deadlineMs = BODY_DEADLINE_MS): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const timer = setTimeout(() => {
      finish({ ok: false, reason: 'aborted' });
      req.destroy();
    }, deadlineMs);
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too_large' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const buf = Buffer.concat(chunks);
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) });
      } catch {
        finish({ ok: false, reason: 'bad_encoding' });
      }
    });
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
  });
}
