import { z } from 'zod';
import { channel } from '../define';
import { empty, language, newPassword, requiredText } from '../schemas';
import type { AccountListItem, AccountSummary, AppInfo, SignedIn, Settings, Whoami } from '../types';

/** A kiosk PIN: 4 to 8 digits, typed on the kiosk's keypad. */
export const pin = z.string().regex(/^\d{4,8}$/, { message: '4 to 8 digits' });

export const coreChannels = {
  'app.info': channel<AppInfo>()({ access: 'public', input: empty }),

  'setup.init': channel<SignedIn>()({
    access: 'public',
    raises: ['setup.done'],
    mutates: true,
    input: z
      .object({
        stationName: requiredText(100),
        /** The admin's own name, shown beside "admin" in the audit log; scripted installs may leave it out. */
        adminName: requiredText(50).optional(),
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

  'auth.setPin': channel<{ changed: true }>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ currentPassword: z.string().min(1).max(128), pin }).strict(),
  }),

  'accounts.list': channel<AccountListItem[]>()({ access: 'admin', input: empty }),
  'accounts.create': channel<AccountSummary>()({
    access: 'admin',
    mutates: true,
    input: z
      .object({
        username: z.string().trim().regex(/^[A-Za-z0-9_.-]{2,30}$/, { message: 'letters, digits, . _ - (2 to 30)' }),
        displayName: requiredText(50),
        role: z.enum(['admin', 'trainer']),
        password: newPassword,
        /** The kiosk PIN, when the new account should unlock kiosks from the start. */
        pin: pin.optional(),
      })
      .strict(),
  }),
  'accounts.update': channel<AccountListItem>()({
    access: 'admin',
    mutates: true,
    input: z
      .object({ accountId: z.string().min(1).max(40), displayName: requiredText(50).optional(), disabled: z.boolean().optional(), newPassword: newPassword.optional(), newPin: pin.nullable().optional() })
      .strict(),
  }),

  'settings.get': channel<Settings>()({ access: 'trainer', input: empty }),
  'settings.update': channel<Settings>()({
    access: 'admin',
    raises: ['settings.changed'],
    mutates: true,
    input: z.object({ uiLanguage: language.optional(), allowTablets: z.boolean().optional(), lanAdmin: z.boolean().optional(), backupKeep: z.number().int().min(1).max(365).optional(), idleLockMinutes: z.number().int().min(1).max(240).optional() }).strict(),
  }),
} as const;
