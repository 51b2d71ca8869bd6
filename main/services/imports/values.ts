import { APPRENTICE_LEVELS, HIGH_RISK_POSTS, type ApprenticeLevel, type HighRiskPost, type IdType, type SkillLevel, type WorkerStatus } from '../../../shared/domain/vocab';
import type { Cell } from './table';
import { serialToIso } from './xlsx';

/** Cell → text: whole numbers without exponent or '.0', dates as YYYY-MM-DD. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return Number.isInteger(c) && Math.abs(c) < 1e21 ? c.toFixed(0) : String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return c.toISOString().slice(0, 10);
}

const pad = (n: string) => n.padStart(2, '0');

function real(y: string, m: string, d: string): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

/** Dates as sites write them: real dates, Excel serial numbers, 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301. */
export function cellDate(c: Cell): string | null | 'bad' {
  if (c === null) return null;
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? 'bad' : c.toISOString().slice(0, 10);
  if (typeof c === 'number') return serialToIso(c) ?? 'bad';
  const s = String(c).trim();
  if (!s) return null;
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return real(m[1]!, m[2]!, m[3]!) ?? 'bad';
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return real(m[1]!, m[2]!, m[3]!) ?? 'bad';
  if (/^\d{5}(\.\d+)?$/.test(s)) return serialToIso(Number(s)) ?? 'bad';
  return 'bad';
}

const SKILL: [RegExp, SkillLevel][] = [
  [/^(首席技师)$/, 'chief'],
  [/^(特级技师)$/, 'special'],
  [/^(高级技师|一级|1级|一级工)$/, 'L1'],
  [/^(技师|二级|2级|二级工)$/, 'L2'],
  [/^(高级工?|三级|3级|三级工)$/, 'L3'],
  [/^(中级工?|四级|4级|四级工)$/, 'L4'],
  [/^(初级工?|五级|5级|五级工)$/, 'L5'],
];

export function skillLevelOf(s: string): SkillLevel | null | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t || t === '无' || t === '/' || t === '-') return null;
  if (/^L[1-5]$/i.test(t)) return t.toUpperCase() as SkillLevel;
  if (t === 'special' || t === 'chief') return t;
  for (const [re, level] of SKILL) if (re.test(t)) return level;
  return 'bad';
}

export function idTypeOf(s: string): IdType | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t || /身份证/.test(t) || t === 'resident') return 'resident';
  if (/护照/.test(t) || t === 'passport') return 'passport';
  if (/港澳|回乡/.test(t) || t === 'hk_macau') return 'hk_macau';
  if (/台湾|台胞/.test(t) || t === 'taiwan') return 'taiwan';
  if (/永久居留/.test(t) || t === 'foreign_permanent') return 'foreign_permanent';
  return 'bad';
}

export function mandarinOf(s: string): 'none' | 'basic' | 'fluent' | null | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t) return null;
  if (/^(不会|不懂|不通|差|无|none)$/.test(t)) return 'none';
  if (/^(一般|基本|基本会|基本掌握|较好|会|略懂|basic)$/.test(t)) return 'basic';
  if (/^(熟练|流利|精通|好|良好|熟练掌握|fluent)$/.test(t)) return 'fluent';
  return 'bad';
}

export function statusOf(s: string): WorkerStatus | null | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t) return null;
  if (/^(在场|在岗|进场|在职|on_site)$/.test(t)) return 'on_site';
  if (/^(退场|离场|已退场|已离场|离职|left)$/.test(t)) return 'left';
  return 'bad';
}

/** Seed 002 二(一)'s post names, or the codes; 无 / blank for none. */
export function highRiskPostOf(s: string): HighRiskPost | null | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t || t === '无' || t === '否' || t === '/' || t === '-') return null;
  if ((HIGH_RISK_POSTS as readonly string[]).includes(t)) return t as HighRiskPost;
  if (/特种作业/.test(t)) return 'special_operation';
  if (/安全(生产)?管理/.test(t)) return 'safety_management';
  if (/燃气/.test(t)) return 'gas';
  if (/水处理/.test(t)) return 'water_treatment';
  return 'bad';
}

/** Whole months, 0 to 600; "12个月" and "1年" are read as 12. */
export function monthsOf(s: string): number | null | 'bad' {
  const t = s.replace(/\s/g, '');
  if (!t) return null;
  const m = /^(\d{1,3})(个月|月)?$/.exec(t);
  if (m) return Number(m[1]) <= 600 ? Number(m[1]) : 'bad';
  const y = /^(\d{1,2})年$/.exec(t);
  return y ? Number(y[1]) * 12 : 'bad';
}

/** 002 (九) pays apprenticeships at 中级工 and above only. */
export function apprenticeLevelOf(s: string): ApprenticeLevel | null | 'bad' {
  const v = skillLevelOf(s);
  if (v === null || v === 'bad') return v;
  return (APPRENTICE_LEVELS as readonly string[]).includes(v) ? (v as ApprenticeLevel) : 'bad';
}

const CN_DIGITS = '一二三四五六七八九';

export function traineeGroupOf(s: string): number | null | 'bad' {
  const t = s.replace(/[\s类第]/g, '');
  if (!t) return null;
  if (/^[1-9]$/.test(t)) return Number(t);
  const i = CN_DIGITS.indexOf(t);
  return t.length === 1 && i >= 0 ? i + 1 : 'bad';
}
