import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

/** Text a person typed: trimmed, no control characters, bounded. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: 'control characters are not allowed' });

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { message: 'required' }));

export const language = z.enum(LANGUAGES);

/** Long enough to resist guessing on a LAN, short enough to type on a site PC. */
export const newPassword = z.string().min(8, { message: 'at least 8 characters' }).max(128);

export const empty = z.object({}).strict();

export const id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'not a record id' });
