import { z } from 'zod';
import { channel } from '../define';

/**
 * The idle lock: after a while without input the admin screens ask the signed-in account's password
 * again. Checked against this session's own account (no new session, no switching accounts), with the
 * same wrong-password lock-out as sign-in.
 */
export const lockChannels = {
  'auth.unlock': channel<{ unlocked: true }>()({
    access: 'trainer',
    input: z.object({ password: z.string().min(1, { message: 'required' }).max(128) }).strict(),
  }),
} as const;
