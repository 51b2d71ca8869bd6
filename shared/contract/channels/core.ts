import { z } from 'zod';
import { channel } from '../define';
import { empty, language, newPassword, requiredText } from '../schemas';
import type { AppInfo, SignedIn, Settings, Whoami } from '../types';

export const coreChannels = {
  'app.info': channel<AppInfo>()({ access: 'public', input: empty }),

  'setup.init': channel<SignedIn>()({
    access: 'public',
    mutates: true,
    input: z
      .object({
        stationName: requiredText(100),
        adminPassword: newPassword,
        language: language.optional(),
      })
      .strict(),
  }),

  'auth.signIn': channel<SignedIn>()({
    access: 'public',
    input: z
      .object({
        username: requiredText(50).default('admin'),
        password: z.string().min(1, { message: 'required' }).max(128),
      })
      .strict(),
  }),
  'auth.signOut': channel<{ signedOut: boolean }>()({ access: 'public', input: empty }),
  'auth.whoami': channel<Whoami>()({ access: 'public', input: empty }),
  'auth.changePassword': channel<{ changed: true }>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ currentPassword: z.string().min(1).max(128), newPassword }).strict(),
  }),

  'settings.get': channel<Settings>()({ access: 'trainer', input: empty }),
  'settings.update': channel<Settings>()({
    access: 'admin',
    mutates: true,
    input: z.object({ uiLanguage: language.optional() }).strict(),
  }),
} as const;
