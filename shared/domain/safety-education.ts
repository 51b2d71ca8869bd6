/**
 * 三级安全教育: every new worker is educated at company, project and team level before starting work.
 * The minimum class hours per level are station settings because the sources disagree: 15/15/20
 * (公司级 15, 项目级 15, 班组级 20; the figures usually cited from 建教〔1997〕83号) and 16/12/8 are both in
 * use. No seed of this project sets them; the station picks, 15/15/20 until it does.
 */
export const EDU_LEVELS = ['company', 'project', 'team'] as const;
export type EduLevel = (typeof EDU_LEVELS)[number];

export const EDU_LEVEL_ZH: Record<EduLevel, string> = { company: '公司级', project: '项目级', team: '班组级' };

export const DEFAULT_EDU_HOURS: Record<EduLevel, number> = { company: 15, project: 15, team: 20 };
/** The other set of minimums in use, offered on the settings screen with one tap. */
export const ALTERNATIVE_EDU_HOURS: Record<EduLevel, number> = { company: 16, project: 12, team: 8 };

/**
 * Sessions that may carry a level: the content category 安全教育, or the national platform's
 * 003001 安全教育 / 003002 进场教育 (入场教育) type codes.
 */
export const EDU_LEVEL_CATEGORIES: readonly string[] = ['safety'];
export const EDU_LEVEL_NATIONAL_TYPES: readonly string[] = ['003001', '003002'];

export function mayCarryLevel(s: { category: string; nationalType: string | null }): boolean {
  return EDU_LEVEL_CATEGORIES.includes(s.category) || (s.nationalType !== null && EDU_LEVEL_NATIONAL_TYPES.includes(s.nationalType));
}

export type EduState = 'cleared' | 'in_progress' | 'not_started';

/** The content category of the team leader's daily pre-shift talk (班前讲话), counted on its own in reports. */
export const TALK_CATEGORY = 'pre_shift_talk';
