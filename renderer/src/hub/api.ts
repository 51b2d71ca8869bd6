import type { HubChannelInput, HubChannelName } from '../../../shared/contract/hub-channels';
import type { Result } from '../../../shared/contract/result';

const TOKEN = 'hub.token';

export function hubToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN);
  } catch {
    return null;
  }
}

export function setHubToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN, token);
    else sessionStorage.removeItem(TOKEN);
  } catch {
    // Storage disabled: signed in until reload.
  }
}

/** The hub's typed client: POST /hub/api/rpc/<name> with the session's bearer token. */
export async function hubCall<T, N extends HubChannelName = HubChannelName>(name: N, input: Partial<HubChannelInput<N>> | Record<string, unknown>): Promise<Result<T>> {
  try {
    const token = hubToken();
    const res = await fetch(`/hub/api/rpc/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as Result<T>;
    if (!body.ok && body.error.code === 'unauthenticated' && name !== 'hub.signIn') setHubToken(null);
    return body;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The hub cannot be reached' } };
  }
}
