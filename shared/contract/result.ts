/** Every answer that crosses IPC or HTTP has this shape; no exception crosses the wire. */
export const ERROR_CODES = [
  'unknown_channel',
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  /** The disk holding the data folder is full: nothing was written (details name the folder and the free space). */
  'disk_full',
  /**
   * The database failed its start-up check: nothing may be written to it (details carry the problem and
   * the newest good backup). Reads still answer, so records can be looked at and exported meanwhile.
   */
  'database_damaged',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: string;
  message: string;
}

export interface RpcError {
  code: ErrorCode;
  /** Plain English for logs and developers; screens translate by `code` (and `details`). */
  message: string;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: RpcError['details']): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Thrown inside services to end a call with a specific code; dispatch turns it into a Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: RpcError['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
