import { readFileSync } from 'node:fs';
import { UsageError } from './args';

/** A passphrase from a file (never from the command line, where `ps` and shell history would show it). */
export function passphraseFrom(file: unknown): string | undefined {
  if (typeof file !== 'string' || !file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the passphrase file ${file}`);
  }
  const pass = text.replace(/\r?\n$/, '');
  if (pass.length < 8) throw new UsageError('the passphrase must have at least 8 characters');
  if (pass.length > 1024) throw new UsageError('the passphrase file is too long (at most 1024 characters)');
  return pass;
}
