import { z } from 'zod';
import { channel } from '../define';
import { DEFAULT_EDU_HOURS, EDU_LEVELS } from '../../domain/safety-education';
import { id, requiredText, text } from '../schemas';
import type { ExportFile, TrainingSession } from '../records';
import type { EduBrief, EduCard, EduProgress, EduReport, SafetyEducationSettings, TalkTopic } from '../safety-education-types';

const level = z.enum(EDU_LEVELS);
const hours = z.number().min(0).max(200);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'use YYYY-MM' });

/** Stored as the station setting `safetyEducation`; a value a newer version left falls back to these defaults. */
export const safetyEducationSettings = z
  .object({
    minHours: z.object({ company: hours, project: hours, team: hours }).strict().default(DEFAULT_EDU_HOURS),
    passRequired: z.object({ company: z.boolean(), project: z.boolean(), team: z.boolean() }).strict().default({ company: false, project: false, team: false }),
    allowOtherSessions: z.boolean().default(true),
  })
  .strict();

const workerIds = z.array(id).min(1).max(500);

export const safetyEducationChannels = {
  'safetyEducation.settings': channel<SafetyEducationSettings>()({ access: 'trainer', input: z.object({ stationId: id }).strict() }),
  'safetyEducation.updateSettings': channel<SafetyEducationSettings>()({
    access: 'admin',
    mutates: true,
    raises: ['station.changed'],
    input: z.object({ stationId: id, settings: safetyEducationSettings }).strict(),
  }),
  /** The level a session stands for, and whether its category allows one. */
  'safetyEducation.sessionLevel': channel<{ level: (typeof EDU_LEVELS)[number] | null; eligible: boolean }>()({
    access: 'trainer',
    input: z.object({ sessionId: id }).strict(),
  }),
  'safetyEducation.setSessionLevel': channel<{ level: (typeof EDU_LEVELS)[number] | null; eligible: boolean }>()({
    access: 'trainer',
    mutates: true,
    raises: ['sessions.changed'],
    input: z.object({ sessionId: id, level: level.nullable() }).strict(),
  }),
  'safetyEducation.progress': channel<EduProgress>()({ access: 'trainer', input: z.object({ workerId: id }).strict() }),
  /** The short state of many workers at once (a roster page, a live view). */
  'safetyEducation.briefs': channel<EduBrief[]>()({ access: 'trainer', input: z.object({ stationId: id, workerIds }).strict() }),
  /** 三级安全教育卡 data: the workers named, or everyone on site in a team. */
  'safetyEducation.cards': channel<EduCard[]>()({
    access: 'trainer',
    input: z
      .object({ stationId: id.optional(), workerIds: workerIds.optional(), team: text(50).optional() })
      .strict()
      .refine((v) => (v.workerIds === undefined) !== (v.team === undefined), { message: 'give workers or a team', path: ['workerIds'] })
      // Workers name their station; a team is only a name, so its station must be given.
      .refine((v) => v.team === undefined || v.stationId !== undefined, { message: 'a team needs its station', path: ['stationId'] }),
  }),
  'safetyEducation.report': channel<EduReport>()({ access: 'trainer', input: z.object({ stationId: id, month }).strict() }),
  'exports.safetyEducationReport': channel<ExportFile>()({ access: 'trainer', input: z.object({ stationId: id, month }).strict() }),

  /** The team's recent pre-shift talk topics, newest first (the short list a leader taps from). */
  'talks.topics': channel<TalkTopic[]>()({ access: 'trainer', input: z.object({ stationId: id, team: text(50).default('') }).strict() }),
  /** A pre-shift talk now: today's planned talk of the team's series if there is one, else a new session; opened for sign-ins. */
  'talks.start': channel<TrainingSession>()({
    access: 'trainer',
    mutates: true,
    raises: ['sessions.changed'],
    input: z.object({ stationId: id, team: requiredText(50), topic: requiredText(100), minutes: z.number().int().min(5).max(120).default(15) }).strict(),
  }),
} as const;
