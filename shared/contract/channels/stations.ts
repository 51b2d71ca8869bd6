import { z } from 'zod';
import { channel } from '../define';
import { ADMIN_LEVELS, EQUIPMENT, FUNDING_SOURCES, STATION_STATES } from '../../domain/vocab';
import { subsidyRules } from '../subsidy-rules';
import { empty, id, isoDate, mobile, multiline, patchOf, phone, requiredText, text } from '../schemas';
import type { Station } from '../types';
import type { FiveHavesItem, StationProfile, StationSettings, Trade, Vocabulary } from '../records';

const code = z.string().regex(/^[a-z0-9_]{1,40}$/);

export const stationProfileInput = z
  .object({
    name: requiredText(100),
    enterprise: text(100).default(''),
    address: text(200).default(''),
    contactName: text(50).default(''),
    contactUnitTitle: text(100).default(''),
    contactMobile: mobile.default(''),
    fixedPhone: phone.default(''),
    state: z.enum(STATION_STATES).default('planned'),
    city: text(50).default(''),
    /** The filer's level (市 / 州 / 县 / 区 / company): the status table's title names it. */
    adminLevel: z.enum(ADMIN_LEVELS).nullable().default(null),
    district: text(50).default(''),
    township: text(50).default(''),
    areaM2: z.number().min(0).max(100_000).nullable().default(null),
    equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).default([]),
    equipmentNote: multiline(500).default(''),
    content: z.array(code).max(50).default([]),
    funding: z.array(z.enum(FUNDING_SOURCES)).max(FUNDING_SOURCES.length).default([]),
    fundingNote: multiline(500).default(''),
    trainerTeamNote: multiline(500).default(''),
    openedOn: isoDate.nullable().default(null),
  })
  .strict();

const stationRef = z.object({ stationId: id }).strict();

export const stationChannels = {
  'station.list': channel<Station[]>()({ access: 'trainer', input: empty }),
  'station.rename': channel<Station>()({
    access: 'admin',
    raises: ['station.changed'],
    mutates: true,
    input: z.object({ stationId: id, name: requiredText(100) }).strict(),
  }),
  'station.get': channel<StationProfile>()({ access: 'trainer', input: stationRef }),
  'station.create': channel<StationProfile>()({ access: 'admin', raises: ['station.changed'], mutates: true, input: stationProfileInput }),
  'station.update': channel<StationProfile>()({
    access: 'admin',
    raises: ['station.changed'],
    mutates: true,
    input: z.object({ stationId: id, profile: patchOf(stationProfileInput) }).strict(),
  }),
  'station.fiveHaves': channel<FiveHavesItem[]>()({ access: 'trainer', input: stationRef }),
  'station.settings': channel<StationSettings>()({ access: 'trainer', input: stationRef }),
  'station.updateSettings': channel<StationSettings>()({
    access: 'admin',
    raises: ['settings.changed'],
    mutates: true,
    input: z
      .object({
        stationId: id,
        minutesPerClassHour: z.number().int().min(10).max(120).optional(),
        signInOpensMinutesBefore: z.number().int().min(0).max(240).optional(),
        lateAfterMinutes: z.number().int().min(0).max(120).optional(),
        signOutRequired: z.boolean().optional(),
        fullCreditShare: z.number().min(0.5).max(1).optional(),
        repeatScanSeconds: z.number().int().min(1).max(120).optional(),
        subsidyRules: subsidyRules.optional(),
      })
      .strict(),
  }),

  'trades.list': channel<Trade[]>()({
    access: 'trainer',
    input: z
      .object({ stationId: id, planningOnly: z.boolean().default(false), includeInactive: z.boolean().default(false) })
      .strict(),
  }),
  'trades.create': channel<Trade>()({
    access: 'admin',
    raises: ['catalogue.changed'],
    mutates: true,
    input: z
      .object({
        stationId: id,
        name: requiredText(100),
        category: text(50).default(''),
        subsidyYuan: z.number().int().min(0).max(100_000).nullable().default(null),
        planning: z.boolean().default(false),
      })
      .strict(),
  }),
  'trades.update': channel<Trade>()({
    access: 'admin',
    raises: ['catalogue.changed'],
    mutates: true,
    input: z
      .object({
        tradeId: id,
        name: requiredText(100).optional(),
        category: text(50).optional(),
        subsidyYuan: z.number().int().min(0).max(100_000).nullable().optional(),
        planning: z.boolean().optional(),
        active: z.boolean().optional(),
      })
      .strict(),
  }),

  'vocab.list': channel<Vocabulary>()({ access: 'trainer', input: stationRef }),
  'vocab.add': channel<Vocabulary>()({
    access: 'admin',
    raises: ['catalogue.changed'],
    mutates: true,
    input: z.object({ stationId: id, list: z.enum(['content_category', 'trainer_kind']), label: requiredText(50) }).strict(),
  }),
} as const;
