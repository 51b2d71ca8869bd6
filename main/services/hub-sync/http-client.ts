import { AppError } from '../../../shared/contract/result';

/** Raised when the hub could not be reached: the push backs off and tries again; nothing is lost. */
export class HubUnreachableError extends Error {}

/** The hub answered with a refusal: its code and its words, for the station's screen and log. */
export class HubRefusedError extends AppError {}

/** TLS failures that mean "whose certificate is this?", not "the hub is down". */
const UNTRUSTED_CERT = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** POSTs JSON to the hub and returns its `{ ok, value }` answer's value, or throws what went wrong. */
export async function postJson<T>(url: string, body: unknown, timeoutMs = 60_000): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
    if (UNTRUSTED_CERT.has(cause)) {
      throw new HubUnreachableError(
        `The hub at ${new URL(url).origin} has a certificate this PC does not trust (${cause}). If the hub's admin made the certificate themselves, copy it (the .crt file) to this PC and start the station with NODE_EXTRA_CA_CERTS set to its path; see the README's hub section.`,
      );
    }
    throw new HubUnreachableError(`The hub at ${new URL(url).origin} cannot be reached (${cause})`);
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
