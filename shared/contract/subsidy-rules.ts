import { z } from 'zod';
import { CONTENT_CATEGORIES, NATIONAL_TRAINING_TYPES, SKILL_LEVELS } from '../domain/vocab';

/**
 * The subsidy rules as data (seeds 001 and 002), so a station can follow its own city's notice.
 * A class-hour rule matches sessions by content category / national type code / whether the session
 * carries a skill level; a worker qualifies once their credited hours in matching sessions in the year
 * reach `minHours`. `yuan: null` means the amount comes from the occupation catalogue (trades.subsidy_yuan).
 */
export const classHourRule = z
  .object({
    code: z.string().regex(/^[a-z0-9_]{1,40}$/),
    /** The official Chinese name, used in the exported list. */
    nameZh: z.string().trim().min(1).max(50),
    minHours: z.number().min(0).max(2000),
    yuan: z.number().int().min(0).max(100_000).nullable(),
    categories: z.array(z.string().regex(/^[a-z0-9_]{1,40}$/)).max(50),
    nationalTypes: z.array(z.enum(NATIONAL_TRAINING_TYPES)).max(4),
    /** 'yes': only sessions with a skill level; 'no': only without; 'any': both. */
    leveled: z.enum(['any', 'yes', 'no']),
  })
  .strict();
export type ClassHourRule = z.infer<typeof classHourRule>;

export const subsidyRules = z
  .object({
    classHourRules: z.array(classHourRule).max(20),
    /** Certificate subsidies by skill level (seed 002); a level left out earns none. */
    certificateYuan: z.partialRecord(z.enum(SKILL_LEVELS), z.number().int().min(0).max(100_000)),
    maxPerYear: z.number().int().min(1).max(20),
    /** Seed 001: never twice for the same occupation and level. */
    oncePerOccupationLevel: z.boolean(),
  })
  .strict();
export type SubsidyRules = z.infer<typeof subsidyRules>;

const safety = CONTENT_CATEGORIES[3];
const skills = CONTENT_CATEGORIES[1];

/** The seeds' values. */
export const DEFAULT_SUBSIDY_RULES: SubsidyRules = {
  classHourRules: [
    { code: 'high_risk_safety', nameZh: '高危岗位安全培训', minHours: 24, yuan: 400, categories: [safety], nationalTypes: ['003001'], leveled: 'any' },
    { code: 'city_operation', nameZh: '城市运行岗位非等级技能培训', minHours: 40, yuan: 500, categories: [skills], nationalTypes: [], leveled: 'no' },
    { code: 'pre_job', nameZh: '岗前培训', minHours: 80, yuan: null, categories: [], nationalTypes: ['003002'], leveled: 'any' },
    { code: 'on_job_upgrade', nameZh: '岗位技能提升培训', minHours: 160, yuan: null, categories: [skills], nationalTypes: ['003004'], leveled: 'yes' },
  ],
  certificateYuan: { L5: 1000, L4: 1500, L3: 3000, L2: 4500, L1: 6000 },
  maxPerYear: 3,
  oncePerOccupationLevel: true,
};
