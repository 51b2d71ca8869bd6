import { z } from 'zod';
import { channel } from '../define';
import { NATIONAL_TRAINING_TYPES, SESSION_STATES, SKILL_LEVELS } from '../../domain/vocab';
import { id, isoDate, localDateTime, multiline, pageInput, patchOf, requiredText, text } from '../schemas';
import type { Page, TrainingSession } from '../records';

const audience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('team'), value: requiredText(50) }).strict(),
  z.object({ kind: z.literal('trade'), value: id }).strict(),
  z.object({ kind: z.literal('new_since'), value: isoDate }).strict(),
]);

const sessionShape = {
  title: requiredText(100),
  category: z.string().regex(/^[a-z0-9_]{1,40}$/),
  nationalType: z.enum(NATIONAL_TRAINING_TYPES).nullable().default(null),
  skillLevel: z.enum(SKILL_LEVELS).nullable().default(null),
  tradeIds: z.array(id).max(50).default([]),
  trainerIds: z.array(id).max(20).default([]),
  startsAt: localDateTime,
  endsAt: localDateTime,
  classHoursOverride: z.number().min(0).max(24).nullable().default(null),
  location: text(100).default(''),
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  description: multiline(2000).default(''),
  materials: multiline(2000).default(''),
  audience: audience.default({ kind: 'all' }),
  /** The notice workers acknowledge at the kiosk: Chinese (required for a notice), Uyghur and English optional. */
  ackText: multiline(1000).nullable().default(null),
  ackTextUg: multiline(1000).nullable().default(null),
  ackTextEn: multiline(1000).nullable().default(null),
};

/** The end must follow the start; a session may cross midnight but not last beyond a day. */
const ordered = (v: { startsAt?: string; endsAt?: string }) =>
  !v.startsAt || !v.endsAt || (v.endsAt > v.startsAt && Date.parse(v.endsAt + 'Z') - Date.parse(v.startsAt + 'Z') <= 24 * 3600_000);

export const sessionFields = z
  .object(sessionShape)
  .strict()
  .refine(ordered, { message: 'the end must be after the start, within 24 hours', path: ['endsAt'] });

/** A series: the same session repeated daily (optionally skipping weekends) or on chosen weekdays. */
export const repeatRule = z
  .object({
    freq: z.enum(['daily', 'weekly']),
    until: isoDate,
    /** 0 = Sunday … 6 = Saturday; weekly only. */
    weekdays: z.array(z.number().int().min(0).max(6)).max(7).default([]),
    skipWeekends: z.boolean().default(false),
  })
  .strict();

export const MAX_SERIES = 366;

export const sessionChannels = {
  'sessions.list': channel<Page<TrainingSession>>()({
    access: 'trainer',
    input: z
      .object({
        stationId: id,
        from: isoDate.optional(),
        to: isoDate.optional(),
        state: z.enum(SESSION_STATES).optional(),
        trainerId: id.optional(),
        q: text(50).default(''),
        ...pageInput,
      })
      .strict(),
  }),
  'sessions.get': channel<TrainingSession>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),
  'sessions.create': channel<TrainingSession[]>()({
    access: 'trainer',
    raises: ['sessions.changed'],
    mutates: true,
    input: z.object({ stationId: id, fields: sessionFields, repeat: repeatRule.nullable().default(null) }).strict(),
  }),
  'sessions.update': channel<TrainingSession[]>()({
    access: 'trainer',
    raises: ['sessions.changed'],
    mutates: true,
    input: z
      .object({
        sessionId: id,
        fields: patchOf(z.object(sessionShape)).refine(ordered, { message: 'the end must be after the start', path: ['endsAt'] }),
        /** For a session of a series: change only this one, or this and the later ones. */
        scope: z.enum(['this', 'following']).default('this'),
      })
      .strict(),
  }),
  'sessions.setState': channel<TrainingSession>()({
    access: 'trainer',
    raises: ['sessions.changed'],
    mutates: true,
    input: z
      .object({
        sessionId: id,
        state: z.enum(SESSION_STATES),
        reason: text(200).optional(),
        /**
         * Closing before the scheduled end: did the session end now (its end moves to now and hours are
         * credited up to it) or does it count to its scheduled end? The screens ask; absent means scheduled.
         */
        endedAt: z.enum(['now', 'scheduled']).optional(),
      })
      .strict()
      .refine((v) => v.state !== 'cancelled' || (v.reason ?? '').length > 0, { message: 'say why it is cancelled', path: ['reason'] }),
  }),
} as const;
