import type { Caller } from '../../shared/contract/access';
import type { ChannelName, Channels } from '../../shared/contract/channels';
import type { InputOf, OutputOf } from '../../shared/contract/define';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import { ADMIN_PASSWORD } from './temp';

export const anonymous: Caller = { role: 'anonymous', via: 'internal' };
export const kiosk: Caller = { role: 'kiosk', deviceId: 'dev', via: 'internal' };

/** Runs first-run setup and returns the admin's caller and HTTP token. */
export async function setUp(core: Core, stationName = '江门滨江新城项目提升站') {
  const r = await dispatch(core, anonymous, 'setup.init', { stationName, adminPassword: ADMIN_PASSWORD });
  if (!r.ok) throw new Error(`setup failed: ${r.error.code}`);
  const value = r.value as { token: string };
  const session = core.accounts.resolve(value.token, 'internal');
  if (!session) throw new Error('no session after setup');
  return { admin: session.caller, token: value.token };
}

/**
 * One call through the handler table, typed from the contract: the input is checked against the
 * channel's schema at compile time and the answer has the channel's output type. A refusal throws,
 * naming the channel and the code, so a test reads as the steps it takes.
 */
export async function call<K extends ChannelName>(core: Core, caller: Caller, name: K, input: InputOf<Channels[K]>): Promise<OutputOf<Channels[K]>> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details ?? {})}`);
  return r.value as OutputOf<Channels[K]>;
}
