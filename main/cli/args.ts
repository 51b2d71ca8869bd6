import { parseArgs, type ParseArgsConfig } from 'node:util';
import { homedir } from 'node:os';
import { defaultDataDir } from '../lib/paths';

/** A mistake the user can fix: printed as one line, never as a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export const DATA_OPTION = { data: { type: 'string' } } as const satisfies Options;

export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...DATA_OPTION, ...options }, strict: true, allowPositionals: true });
  } catch (err) {
    // Node's own message goes on to suggest '--' tricks; the first sentence is what a user needs.
    throw new UsageError((err as Error).message.split('\n')[0]!.split('. ')[0]!);
  }
}

export function dataDirFrom(value: unknown): string {
  return typeof value === 'string' && value ? value : defaultDataDir(process.platform, process.env, homedir());
}

export function intOption(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}
