import { createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type UploadResult = { ok: true; bytes: number } | { ok: false; reason: 'too_large' | 'aborted' | 'disk_full' };

class TooLarge extends Error {}

/**
 * Streams a request body to `file`, chunk by chunk as it arrives: memory stays flat however large the
 * file. Stops (and removes what was written) as soon as `limit` is passed.
 */
export async function streamToFile(req: IncomingMessage, file: string, limit: number): Promise<UploadResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: 'too_large' };
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(bytes > limit ? new TooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(req, count, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return { ok: true, bytes };
  } catch (err) {
    rmSync(file, { force: true });
    if (err instanceof TooLarge) return { ok: false, reason: 'too_large' };
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') return { ok: false, reason: 'disk_full' };
    return { ok: false, reason: 'aborted' };
  }
}
