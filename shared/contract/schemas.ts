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

/**
 * Characters that change how text looks without being seen: bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) and zero-width ones. In a name or a file name they disguise what is
 * shown (a name that reads differently on the roster than in the export, "exe.pdf" shown as "pdf.exe").
 */
export const INVISIBLE_CHARACTERS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { message: 'required' }));

export const language = z.enum(LANGUAGES);

/** Long enough to resist guessing on a LAN, short enough to type on a site PC. */
export const newPassword = z.string().min(8, { message: 'at least 8 characters' }).max(128);

export const empty = z.object({}).strict();

export const id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'not a record id' });

/** 'YYYY-MM-DD', a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { message: 'not a real date' });

/** Station wall-clock 'YYYY-MM-DDTHH:MM'. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'use YYYY-MM-DDTHH:MM' })
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success, { message: 'not a real date' });

/** Mainland mobile numbers as people type them: spaces, dashes and +86 are tolerated and removed. */
export const mobile = z
  .string()
  .trim()
  .max(20)
  .transform((s) => s.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, ''))
  .refine((s) => s === '' || /^1[3-9]\d{9}$/.test(s), { message: 'not a mobile number' });

/** A landline such as 0750-3831969, or a mobile. */
export const phone = z
  .string()
  .trim()
  .max(30)
  .refine((s) => s === '' || /^[0-9+\-() ]{5,30}$/.test(s), { message: 'not a phone number' });

/** Files travel as base64 inside JSON; the limit is on the encoded length. */
/** A file the HTTP host received for a channel (HTTP.uploadPrefix), by the id it answered. */
export const uploadId = z.string().regex(/^upload-[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'not an upload id' });

export const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, { message: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'not base64' });

export const pageInput = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

/** Text that may span lines (descriptions, notes): newlines and tabs allowed, other controls not. */
export const multiline = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { message: 'control characters are not allowed' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());

type Undefaulted<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;

/**
 * The schema of a partial update: every field optional and, unlike zod's own `.partial()`, without
 * the defaults, which would otherwise overwrite every field the caller did not send.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional();
  }
  return z.object(shape).strict() as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<Undefaulted<T[K]>> }, z.core.$strict>;
}
