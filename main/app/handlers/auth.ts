import { AppError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler';

export const authHandlers: HandlerGroup<
  'auth.signIn' | 'auth.signOut' | 'auth.whoami' | 'auth.changePassword' | 'auth.setPin' | 'accounts.list' | 'accounts.create' | 'accounts.update'
> = {
  'auth.signIn': async (input, { core }) => {
    const signed = await core.accounts.signIn(input.username, input.password);
    core.log.info('auth.signedIn', { accountId: signed.account.id });
    return signed;
  },
  'auth.signOut': (_input, { core, caller }) => ({
    signedOut: caller.sessionId ? core.accounts.signOut(caller.sessionId) : false,
  }),
  'auth.whoami': (_input, { core, caller }) => ({
    role: caller.role,
    account: caller.accountId ? core.accounts.account(caller.accountId) : null,
  }),
  'auth.changePassword': async (input, { core, caller }) => {
    if (!caller.accountId) throw new AppError('forbidden', 'Only a signed-in account can change its password');
    await core.accounts.changePassword(caller.accountId, input.currentPassword, input.newPassword);
    return { changed: true as const };
  },
  'auth.setPin': async (input, { core, caller }) => {
    if (!caller.accountId) throw new AppError('forbidden', 'Only a signed-in account can set its PIN');
    await core.accountAdmin.setPin(caller.accountId, input.currentPassword, input.pin);
    return { changed: true as const };
  },
  'accounts.list': (_input, { core }) => core.accountAdmin.list(),
  'accounts.create': async (input, { core, caller }) => {
    const station = core.stations.first();
    if (!station) throw new AppError('not_found', 'No station is set up yet', { entity: 'station' });
    const { pin, ...fields } = input;
    const account = await core.accounts.create({ stationId: station.id, ...fields });
    if (pin !== undefined) await core.accountAdmin.update(account.id, { newPin: pin }, caller.accountId);
    core.log.info('account.created', { accountId: account.id, by: caller.accountId });
    return account;
  },
  'accounts.update': async (input, { core, caller }) => {
    const { accountId, ...patch } = input;
    const account = await core.accountAdmin.update(accountId, patch, caller.accountId);
    core.log.info('account.updated', { accountId, by: caller.accountId, fields: Object.keys(patch) });
    return account;
  },
};
