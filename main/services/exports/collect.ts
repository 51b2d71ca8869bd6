import { PassThrough } from 'node:stream';

/** A stream for exceljs's streaming writer to write into, and the whole file once it has ended. */
export function collected(): { stream: PassThrough; bytes: Promise<Buffer> } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
  // Awaited only once the writer has committed; a failure before then is the writer's to report.
  bytes.catch(() => undefined);
  return { stream, bytes };
}
