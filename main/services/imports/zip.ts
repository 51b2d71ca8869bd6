import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { Readable } from 'node:stream';

/**
 * Just enough of the zip format to read an .xlsx's workbook parts (sheet names, hidden state) and
 * its merged-cell ranges, which exceljs's streaming reader does not report.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

export function listZip(buf: Buffer): Map<string, ZipEntry> | null {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, { name, method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function dataOf(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (buf.readUInt32LE(p) !== 0x04034b50) throw new Error('bad zip local header');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return buf.subarray(start, start + e.compressedSize);
}

/** A small part (workbook.xml, its rels) as text. */
export function readText(buf: Buffer, e: ZipEntry): string {
  const raw = dataOf(buf, e);
  return (e.method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
}

/** Every `<mergeCell ref="A1:C2"/>` of a sheet part, inflating it in chunks rather than at once. */
export async function mergeRanges(buf: Buffer, e: ZipEntry): Promise<string[]> {
  const raw = dataOf(buf, e);
  const source = Readable.from((function* () {
    for (let i = 0; i < raw.length; i += 65_536) yield raw.subarray(i, i + 65_536);
  })());
  const stream = e.method === 0 ? source : source.pipe(createInflateRaw());
  const out: string[] = [];
  let carry = '';
  const re = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const s = carry + chunk.toString('latin1');
    let lastEnd = 0;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m[1]!);
      lastEnd = re.lastIndex;
    }
    carry = s.slice(Math.max(lastEnd, s.length - 200));
  }
  return out;
}
