import { AppError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler';

/** Unlocking the admin screens after idle: the password of the account this session belongs to. */
export const lockHandlers: HandlerGroup<'auth.unlock'> = {
  'auth.unlock': async (input, { core, caller }) => {
    if (!caller.accountId) throw new AppError('forbidden', 'Only a signed-in account can unlock its screen');
    await core.accounts.confirmPassword(caller.accountId, input.password);
    return { unlocked: true as const };
  },
};
