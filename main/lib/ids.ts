import { randomBytes } from 'node:crypto';

/**
 * ULID-style ids: 48-bit millisecond time + 80 random bits, Crockford base32, 26 characters.
 * Globally unique, so records from several stations can be merged; sortable by creation time.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function freshRandom(): number[] {
  const bytes = randomBytes(16);
  return Array.from({ length: 16 }, (_, i) => bytes[i]! % 32);
}

/** Monotonic within one millisecond: the random part is incremented rather than redrawn. */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs <= lastTime) {
    let i = lastRandom.length - 1;
    while (i >= 0 && lastRandom[i] === 31) lastRandom[i--] = 0;
    if (i < 0) lastRandom = freshRandom();
    else lastRandom[i]! += 1;
    nowMs = lastTime;
  } else {
    lastTime = nowMs;
    lastRandom = freshRandom();
  }
  return encodeTime(nowMs) + lastRandom.map((d) => ALPHABET[d]).join('');
}

export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
