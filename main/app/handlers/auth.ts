import { auditedAfter } from '../audited';
import { AppError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler';

export const authHandlers: HandlerGroup<
  'auth.signIn' | 'auth.signOut' | 'auth.whoami' | 'auth.changePassword' | 'auth.setPin' | 'accounts.list' | 'accounts.create' | 'accounts.update'
> = {
  'auth.signIn': async (input, { core, caller }) => {
    const signed = await core.accounts.signIn(input.username, input.password, caller.address);
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
    const accountId = caller.accountId;
    // The fact only: never the password, old or new.
    await auditedAfter(core, caller, () => core.accounts.changePassword(accountId, input.currentPassword, input.newPassword), () => ({
      stationId: null, action: 'change_password', entity: 'account', entityId: accountId,
    }));
    return { changed: true as const };
  },
  'auth.setPin': async (input, { core, caller }) => {
    if (!caller.accountId) throw new AppError('forbidden', 'Only a signed-in account can set its PIN');
    const accountId = caller.accountId;
    await auditedAfter(core, caller, () => core.accountAdmin.setPin(accountId, input.currentPassword, input.pin), () => ({
      stationId: null, action: 'set_pin', entity: 'account', entityId: accountId,
    }));
    return { changed: true as const };
  },
  'accounts.list': (_input, { core }) => core.accountAdmin.list(),
  'accounts.create': async (input, { core, caller }) => {
    const station = core.stations.first();
    if (!station) throw new AppError('not_found', 'No station is set up yet', { entity: 'station' });
    const { pin, ...fields } = input;
    const account = await auditedAfter(core, caller, () => core.accounts.create({ stationId: station.id, ...fields }), (after) => ({
      stationId: station.id, action: 'create', entity: 'account', entityId: after.id, after: { ...after, pinSet: pin !== undefined },
    }));
    if (pin !== undefined) await core.accountAdmin.update(account.id, { newPin: pin }, caller.accountId);
    core.log.info('account.created', { accountId: account.id, by: caller.accountId });
    return account;
  },
  'accounts.update': async (input, { core, caller }) => {
    const { accountId, ...patch } = input;
    const before = core.accountAdmin.list().find((a) => a.id === accountId);
    const { newPassword, ...visible } = patch;
    const account = await auditedAfter(core, caller, () => core.accountAdmin.update(accountId, patch, caller.accountId), (after) => ({
      stationId: null, action: newPassword ? 'update_and_reset_password' : 'update', entity: 'account', entityId: accountId,
      before, after: { ...after, changed: Object.keys(visible), passwordReset: newPassword !== undefined },
    }));
    core.log.info('account.updated', { accountId, by: caller.accountId, fields: Object.keys(patch) });
    return account;
  },
};
