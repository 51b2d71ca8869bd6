import { z } from 'zod';
import { channel } from './define';
import { empty, language, newPassword, requiredText } from './schemas';
import type { AppInfo, SignedIn, Station, Settings, Whoami } from './types';

/**
 * The contract: every action the core offers, its input schema, who may call it and what it returns.
 * One name per action, grouped by domain (`domain.action`).
 */
export const channels = {
  // --- app ---------------------------------------------------------------
  'app.info': channel<AppInfo>()({ access: 'public', input: empty }),

  // --- first-run setup ---------------------------------------------------
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

  // --- sign-in -----------------------------------------------------------
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

  // --- station -----------------------------------------------------------
  'station.list': channel<Station[]>()({ access: 'trainer', input: empty }),
  'station.rename': channel<Station>()({
    access: 'admin',
    mutates: true,
    input: z.object({ stationId: z.string().min(1).max(40), name: requiredText(100) }).strict(),
  }),

  // --- settings ----------------------------------------------------------
  'settings.get': channel<Settings>()({ access: 'trainer', input: empty }),
  'settings.update': channel<Settings>()({
    access: 'admin',
    mutates: true,
    input: z.object({ uiLanguage: language.optional() }).strict(),
  }),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
