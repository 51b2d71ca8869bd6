import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/**
 * JSON lines, one per event, redacted. Callers pass an event name and fields, never free text about
 * people; the redaction is the second line of defence.
 */
export function createLogger(opts: { dir?: string; stderr?: boolean; now?: () => Date }): Logger {
  const file = opts.dir ? join(opts.dir, 'station.log') : undefined;
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  const now = opts.now ?? (() => new Date());
  const write = (level: LogLevel, event: string, fields?: Record<string, unknown>) => {
    const line = redact(JSON.stringify({ t: now().toISOString(), level, event, ...fields }));
    let written = false;
    if (file) {
      try {
        appendFileSync(file, line + '\n');
        written = true;
      } catch {
        // A full disk must not take the station down with it, nor lose the line: stderr gets it.
      }
    }
    if (opts.stderr || (file && !written)) process.stderr.write(line + '\n');
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}

/** Describes an unexpected error for the log without its message text, which may quote personal data. */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return {
      name: err.name,
      code: typeof code === 'string' ? code : undefined,
      message: redact(err.message).slice(0, 300),
      stack: err.stack?.split('\n').slice(1, 8).map((s) => s.trim()),
    };
  }
  return { name: typeof err };
}
