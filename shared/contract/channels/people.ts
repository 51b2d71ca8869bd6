import { z } from 'zod';
import { channel } from '../define';
import { APPRENTICE_LEVELS, HIGH_RISK_POSTS, ID_TYPES, MANDARIN_LEVELS, SKILL_LEVELS, WORKER_STATUSES } from '../../domain/vocab';
import { base64, id, INVISIBLE_CHARACTERS, isoDate, language, mobile, multiline, pageInput, patchOf, phone, requiredText, text } from '../schemas';
import type {
  BadgeCard,
  ExportFile,
  IdCheck,
  ImportPreview,
  ImportResult,
  Page,
  Trainer,
  WorkerDetail,
  WorkerListItem,
} from '../records';

/** Import files up to this size; a roster of 50,000 people is a few MB. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** A person's name as written on the ID card: 1 to 50 characters, no digits or emoji. */
export const personName = text(50)
  .pipe(z.string().min(1, { message: 'required' }))
  .refine((s) => !/\p{Extended_Pictographic}/u.test(s), { message: 'emoji are not allowed in a name' })
  .refine((s) => !/\d/.test(s), { message: 'digits are not allowed in a name' })
  .refine((s) => !INVISIBLE_CHARACTERS.test(s), { message: 'invisible characters are not allowed in a name' });

export const workerFields = z
  .object({
    name: personName,
    idType: z.enum(ID_TYPES).default('resident'),
    idNumber: z.string().trim().min(1, { message: 'required' }).max(30),
    mobile: mobile.default(''),
    tradeId: id.nullable().default(null),
    skillLevel: z.enum(SKILL_LEVELS).nullable().default(null),
    employer: text(100).default(''),
    team: text(50).default(''),
    homeProvince: text(30).default(''),
    homeCounty: text(30).default(''),
    homeTownship: text(30).default(''),
    mandarinLevel: z.enum(MANDARIN_LEVELS).nullable().default(null),
    traineeGroup: z.number().int().min(1).max(9).nullable().default(null),
    language: language.default('zh-CN'),
    entryDate: isoDate.nullable().default(null),
    exitDate: isoDate.nullable().default(null),
    status: z.enum(WORKER_STATUSES).default('on_site'),
    /** Seed 002 二(一)'s high-risk post, if the worker holds one. */
    highRiskPost: z.enum(HIGH_RISK_POSTS).nullable().default(null),
    /** Months of unemployment insurance paid in the city (002 (十): 1年以上). */
    insuranceMonths: z.number().int({ message: 'whole months' }).min(0).max(600).nullable().default(null),
    /** A new-style apprenticeship (002 (九)): its level and its years. */
    apprenticeLevel: z.enum(APPRENTICE_LEVELS).nullable().default(null),
    apprenticeFrom: isoDate.nullable().default(null),
    apprenticeTo: isoDate.nullable().default(null),
  })
  .strict();

const workerRef = z.object({ workerId: id }).strict();

export const trainerFields = z
  .object({
    name: personName,
    kind: z.string().regex(/^[a-z0-9_]{1,40}$/),
    specialty: text(100).default(''),
    tradeIds: z.array(id).max(50).default([]),
    unit: text(100).default(''),
    title: text(50).default(''),
    phone: phone.default(''),
    qualifications: multiline(500).default(''),
    certificates: multiline(500).default(''),
    active: z.boolean().default(true),
  })
  .strict();

export const workerChannels = {
  'workers.search': channel<Page<WorkerListItem>>()({
    access: 'trainer',
    input: z
      .object({
        stationId: id,
        q: text(50).default(''),
        status: z.enum(['on_site', 'left', 'all']).default('all'),
        team: text(50).optional(),
        tradeId: id.optional(),
        employer: text(100).optional(),
        includeArchived: z.boolean().default(false),
        sort: z.enum(['name', 'createdAt', 'team', 'badgeCode']).default('createdAt'),
        dir: z.enum(['asc', 'desc']).default('desc'),
        ...pageInput,
      })
      .strict(),
  }),
  'workers.get': channel<WorkerDetail>()({
    access: 'trainer',
    input: z.object({ workerId: id, revealId: z.boolean().default(false) }).strict(),
  }),
  'workers.checkId': channel<IdCheck>()({
    access: 'trainer',
    input: z.object({ idType: z.enum(ID_TYPES).default('resident'), idNumber: z.string().max(40) }).strict(),
  }),
  'workers.create': channel<WorkerDetail>()({
    access: 'trainer',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ stationId: id, fields: workerFields }).strict(),
  }),
  'workers.update': channel<WorkerDetail>()({
    access: 'trainer',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ workerId: id, fields: patchOf(workerFields) }).strict(),
  }),
  'workers.archive': channel<WorkerDetail>()({
    access: 'trainer',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ workerId: id, archived: z.boolean() }).strict(),
  }),
  'workers.delete': channel<{ deleted: true }>()({ access: 'admin', raises: ['workers.changed'], mutates: true, input: workerRef }),
  'workers.merge': channel<WorkerDetail>()({
    access: 'admin',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ keepId: id, mergeId: id }).strict(),
  }),
  'workers.reissueBadge': channel<WorkerDetail>()({ access: 'trainer', raises: ['workers.changed'], mutates: true, input: workerRef }),
  'workers.setPhoto': channel<{ hasPhoto: boolean }>()({
    access: 'trainer',
    raises: ['workers.changed'],
    mutates: true,
    input: z
      .object({
        workerId: id,
        photo: z.object({ mime: z.enum(['image/jpeg', 'image/png', 'image/webp']), base64: base64(MAX_PHOTO_BYTES) }).nullable(),
      })
      .strict(),
  }),
  'workers.photo': channel<{ mime: string; base64: string } | null>()({ access: 'trainer', input: workerRef }),
  'workers.badgeSheet': channel<BadgeCard[]>()({
    access: 'trainer',
    input: z.object({ workerIds: z.array(id).min(1).max(500) }).strict(),
  }),
  'workers.teams': channel<{ teams: string[]; employers: string[] }>()({
    access: 'trainer',
    input: z.object({ stationId: id }).strict(),
  }),

  'imports.workersPreview': channel<ImportPreview>()({
    access: 'trainer',
    // base64 is 4/3 of the file, plus the JSON around it.
    maxBodyBytes: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024,
    input: z
      .object({
        stationId: id,
        fileName: text(200).pipe(z.string().min(1)),
        base64: base64(MAX_IMPORT_BYTES),
        /** Column index → field, overriding the automatic mapping. */
        mapping: z.record(z.string().regex(/^\d{1,3}$/), z.string().max(40)).optional(),
        sheet: text(100).optional(),
      })
      .strict(),
  }),
  'imports.workersCommit': channel<ImportResult>()({
    access: 'trainer',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ previewId: id }).strict(),
  }),
  /** The refused rows of a preview (also after its commit) as an .xlsx to fix and import again; reasons in `language`. */
  'imports.refusedRows': channel<ExportFile>()({
    access: 'trainer',
    input: z.object({ previewId: id, language }).strict(),
  }),
  'exports.workers': channel<ExportFile>()({
    access: 'trainer',
    input: z
      .object({
        stationId: id,
        format: z.enum(['xlsx', 'csv']).default('xlsx'),
        /** Admin only; recorded in the audit log. */
        fullIdNumbers: z.boolean().default(false),
        status: z.enum(['on_site', 'left', 'all']).default('all'),
      })
      .strict(),
  }),

  'trainers.list': channel<Trainer[]>()({
    access: 'trainer',
    input: z.object({ stationId: id, includeInactive: z.boolean().default(false) }).strict(),
  }),
  'trainers.create': channel<Trainer>()({
    access: 'admin',
    raises: ['trainers.changed'],
    mutates: true,
    input: z.object({ stationId: id, fields: trainerFields }).strict(),
  }),
  'trainers.update': channel<Trainer>()({
    access: 'admin',
    raises: ['trainers.changed'],
    mutates: true,
    input: z.object({ trainerId: id, fields: patchOf(trainerFields) }).strict(),
  }),
} as const;
