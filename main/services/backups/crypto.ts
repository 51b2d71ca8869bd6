import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/**
 * An encrypted backup: MAGIC, salt, nonce, AES-256-GCM ciphertext of the SQLite file, 16-byte tag.
 * The key comes from the passphrase through scrypt, so a stolen backup cannot be read by guessing fast.
 */
export const MAGIC = Buffer.from('USTNBAK1', 'ascii');
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + NONCE_BYTES;
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this backup (or the file was changed after it was made).');
    this.name = 'WrongPassphraseError';
  }
}

export class PassphraseNeededError extends Error {
  constructor() {
    super('This backup is encrypted; give its passphrase with --passphrase-file.');
    this.name = 'PassphraseNeededError';
  }
}

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Whether a file starts with the encrypted-backup magic bytes. */
export function isEncryptedBackup(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, MAGIC.length, 0) === MAGIC.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** Streams `plain` into `out` encrypted; never holds the whole database in memory. */
export async function encryptFile(plain: string, out: string, passphrase: string): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt), nonce);
  const sink = createWriteStream(out, { flags: 'wx' });
  sink.write(Buffer.concat([MAGIC, salt, nonce]));
  await pipeline(createReadStream(plain), cipher, sink, { end: false });
  await new Promise<void>((resolve, reject) => sink.end(cipher.getAuthTag(), () => resolve()).once('error', reject));
}

/** Decrypts `enc` into `out`; a wrong passphrase or a changed byte fails the tag check. */
export async function decryptFile(enc: string, out: string, passphrase: string): Promise<void> {
  const size = statSync(enc).size;
  if (size < HEADER_BYTES + TAG_BYTES) throw new WrongPassphraseError();
  const fd = openSync(enc, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new WrongPassphraseError();
  const salt = header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES);
  const nonce = header.subarray(MAGIC.length + SALT_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, salt), nonce);
  decipher.setAuthTag(tag);
  try {
    const end = size - TAG_BYTES - 1;
    const source = end >= HEADER_BYTES ? createReadStream(enc, { start: HEADER_BYTES, end }) : createReadStream(enc, { start: 0, end: -1 });
    await pipeline(source, decipher, createWriteStream(out, { flags: 'wx' }));
  } catch (err) {
    if (/auth|decrypt/i.test((err as Error).message)) throw new WrongPassphraseError();
    throw err;
  }
}
