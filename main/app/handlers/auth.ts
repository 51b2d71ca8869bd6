import { AppError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler';

export const authHandlers: HandlerGroup<'auth.signIn' | 'auth.signOut' | 'auth.whoami' | 'auth.changePassword'> = {
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
};
