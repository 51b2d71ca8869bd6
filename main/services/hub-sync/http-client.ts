import { AppError } from '../../../shared/contract/result';

/** Raised when the hub could not be reached: the push backs off and tries again; nothing is lost. */
export class HubUnreachableError extends Error {}

/** The hub answered with a refusal: its code and its words, for the station's screen and log. */
export class HubRefusedError extends AppError {}

/** POSTs JSON to the hub and returns its `{ ok, value }` answer's value, or throws what went wrong. */
export async function postJson<T>(url: string, body: unknown, timeoutMs = 60_000): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new HubUnreachableError(`The hub at ${new URL(url).origin} cannot be reached (${(e as Error).cause ? String((e as { cause: { code?: string } }).cause.code ?? (e as Error).message) : (e as Error).message})`);
  }
  let parsed: { ok: boolean; value?: T; error?: { code: string; message: string; details?: Record<string, unknown> } };
  try {
    parsed = (await res.json()) as typeof parsed;
  } catch {
    throw new HubUnreachableError(`The hub at ${new URL(url).origin} answered ${res.status} without a readable body`);
  }
  if (parsed.ok) return parsed.value as T;
  const code = parsed.error?.code ?? 'internal';
  if (res.status >= 500 && code === 'internal') throw new HubUnreachableError(`The hub failed (${parsed.error?.message ?? res.status}); trying again later`);
  throw new HubRefusedError((code as AppError['code']) ?? 'internal', parsed.error?.message ?? `Refused (${res.status})`, parsed.error?.details);
}
