import { ERROR_CODES, type ErrorCode, type Result, type RpcError } from '../../../shared/contract/result';

/** Status codes the LAN host uses, for answers whose body is not a Result (a proxy's error page, say). */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'unknown_channel',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRpcError(value: unknown): value is RpcError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(value.code) &&
    typeof value.message === 'string'
  );
}

/** Checks the shape of what came over the wire; anything else becomes an internal error, never a throw. */
export function asResult(body: unknown): Result<unknown> | undefined {
  if (!isRecord(body)) return undefined;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok === false && isRpcError(body.error)) return { ok: false, error: body.error };
  return undefined;
}

/** Turns an HTTP answer into a Result: the body's own Result when it has one, else one from the status. */
export function resultFromHttp(status: number, bodyText: string): Result<unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    parsed = undefined;
  }
  const result = asResult(parsed);
  if (result) return result;
  const code = BY_STATUS[status] ?? 'internal';
  return { ok: false, error: { code, message: `The station answered HTTP ${status} without a result`, details: { status } } };
}

/** The station could not be reached at all (host stopped, Wi-Fi dropped at the kiosk). */
export function networkFailure(err: unknown): Result<never> {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message: `Could not reach the station: ${message}`, details: { network: true } } };
}

export function isNetworkFailure(error: RpcError): boolean {
  return error.code === 'internal' && error.details?.network === true;
}
