/**
 * The fixed vocabularies of the domain, as codes. Screens show them through i18n keys
 * (`<list>.<code>`); exports use the official Chinese terms from the seeds.
 */

/** Seed 004's three construction states of a station (已建 / 在建 / 拟建). */
export const STATION_STATES = ['built', 'building', 'planned'] as const;
export type StationState = (typeof STATION_STATES)[number];
export const STATION_STATE_ZH: Record<StationState, string> = { built: '已建', building: '在建', planned: '拟建' };

/**
 * Seed 004's practical content, and the national common language (seed 000 tracks 国语水平, seed 001
 * 五(二) pays a 国家通用语言培训 subsidy of its own); stations may add their own categories.
 */
export const CONTENT_CATEGORIES = ['culture', 'skills', 'rights', 'safety', 'injury_prevention', 'national_language', 'labour_broker', 'pre_shift_talk'] as const;
export const CONTENT_CATEGORY_ZH: Record<(typeof CONTENT_CATEGORIES)[number], string> = {
  culture: '企业文化',
  skills: '技能提升',
  rights: '维权常识',
  safety: '安全教育',
  injury_prevention: '工伤预防',
  national_language: '国家通用语言',
  // Seed 000 三(六): 对劳务经纪人进行专项培训; its 培育建筑劳务经纪人 target counts the people trained.
  labour_broker: '建筑劳务经纪人专项培训',
  // The team leader's daily talk, counted apart from the longer safety sessions.
  pre_shift_talk: '班前讲话',
};

/** Training type codes of the national construction-worker platform. */
export const NATIONAL_TRAINING_TYPES = ['003001', '003002', '003003', '003004'] as const;
export type NationalTrainingType = (typeof NATIONAL_TRAINING_TYPES)[number];
export const NATIONAL_TRAINING_TYPE_ZH: Record<NationalTrainingType, string> = {
  '003001': '安全教育',
  '003002': '进场教育',
  '003003': '退场教育',
  '003004': '技能培训',
};

/** Seed 004's trainer kinds; stations may add others. */
export const TRAINER_KINDS = ['model_craftsman', 'technical_worker', 'backbone', 'industry_expert'] as const;
export const TRAINER_KIND_ZH: Record<(typeof TRAINER_KINDS)[number], string> = {
  model_craftsman: '劳模工匠',
  technical_worker: '技术工人',
  backbone: '农民工骨干',
  industry_expert: '行业专家',
};

/** Skill levels, national level number in brackets where it has one (seed 003 adds the top two). */
export const SKILL_LEVELS = ['L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const SKILL_LEVEL_ZH: Record<SkillLevel, string> = {
  L5: '初级工',
  L4: '中级工',
  L3: '高级工',
  L2: '技师',
  L1: '高级技师',
  special: '特级技师',
  chief: '首席技师',
};
/** Seed 003 counts training "at 高级工 or above". */
export const ADVANCED_LEVELS: readonly SkillLevel[] = ['L3', 'L2', 'L1', 'special', 'chief'];

/**
 * The filer's own level, which names the status table (seed 004 附件: "____市（单位）", the notice's
 * own "_____县（单位）"): a city, a prefecture (自治州 / 地区 / 盟, named in full), a county, a district,
 * or a company filing for itself.
 */
export const ADMIN_LEVELS = ['city', 'prefecture', 'county', 'district', 'company'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];
export const ADMIN_LEVEL_SUFFIX: Record<AdminLevel, string> = { city: '市', prefecture: '', county: '县', district: '区', company: '' };

/** Seed 004 四(二)'s five standards, in its own words (有实用内容, 有师资队伍). */
export const FIVE_HAVES_ZH: Record<'venue' | 'equipment' | 'content' | 'trainers' | 'funding', string> = {
  venue: '有固定场所',
  equipment: '有培训设施',
  content: '有实用内容',
  trainers: '有师资队伍',
  funding: '有经费保障',
};

/** Certificate kinds a worker's record holds (migration 014). */
export const CERTIFICATE_KINDS = ['skill_level', 'special_operation', 'safety', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/**
 * Seed 002 二(一)'s high-risk posts: 建筑施工特种作业人员、建筑施工安全管理人员、燃气经营企业从业人员和
 * 水处理人员. Its (九) pays their safety training.
 */
export const HIGH_RISK_POSTS = ['special_operation', 'safety_management', 'gas', 'water_treatment'] as const;
export type HighRiskPost = (typeof HIGH_RISK_POSTS)[number];
export const HIGH_RISK_POST_ZH: Record<HighRiskPost, string> = {
  special_operation: '建筑施工特种作业人员',
  safety_management: '建筑施工安全生产管理人员',
  gas: '燃气经营企业从业人员',
  water_treatment: '水处理人员',
};

/** Seed 002 (九) pays new-style apprenticeships at 中级工, 高级工, 技师 and 高级技师 level. */
export const APPRENTICE_LEVELS = ['L4', 'L3', 'L2', 'L1'] as const;
export type ApprenticeLevel = (typeof APPRENTICE_LEVELS)[number];

export const ID_TYPES = ['resident', 'passport', 'hk_macau', 'taiwan', 'foreign_permanent'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const MANDARIN_LEVELS = ['none', 'basic', 'fluent'] as const;

/** Seed 000's nine groups of trainees (培训范围 一 to 九). */
export const TRAINEE_GROUPS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const WORKER_STATUSES = ['on_site', 'left'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

/**
 * How an attendance reads on paper, one rule for every paper (the sign-in sheet and the worker's
 * record): a late arrival is 出席（迟到）.
 */
export const ATTENDANCE_STATUS_ZH = { present: '出席', excused: '请假', voided: '作废' } as const;
export function attendanceStatusZh(status: keyof typeof ATTENDANCE_STATUS_ZH, late: boolean): string {
  return ATTENDANCE_STATUS_ZH[status] + (late && status === 'present' ? '（迟到）' : '');
}

export const SESSION_STATES = ['planned', 'open', 'closed', 'cancelled'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Seed 004's "five haves". */
export const FIVE_HAVES = ['venue', 'equipment', 'content', 'trainers', 'funding'] as const;
export type FiveHave = (typeof FIVE_HAVES)[number];
export const MIN_STATION_AREA_M2 = 20;

export const EQUIPMENT = ['audio_video', 'remote_education', 'teaching_aids', 'practice_equipment'] as const;
export const FUNDING_SOURCES = ['dedicated', 'union', 'project_union', 'safety_funds', 'skills_subsidy', 'other'] as const;
