import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodKind } from '../../../../shared/contract/report-types';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

const PATTERN: Record<PeriodKind, RegExp> = { month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ };

/** The period string the channels take ('2026-03', '2026-Q1', '2026') for a picked date. */
export function periodOf(kind: PeriodKind, d: Dayjs): string {
  if (kind === 'month') return d.format('YYYY-MM');
  if (kind === 'quarter') return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
  return String(d.year());
}

/** The first day of a period, for the picker. */
export function dateOf(kind: PeriodKind, period: string): Dayjs {
  const year = Number(period.slice(0, 4));
  if (kind === 'month') return dayjs(`${period}-01`);
  if (kind === 'quarter') return dayjs(new Date(year, (Number(period.slice(6)) - 1) * 3, 1));
  return dayjs(new Date(year, 0, 1));
}

export function isPeriod(kind: PeriodKind, period: string | null): period is string {
  return period !== null && PATTERN[kind].test(period);
}

export function isKind(v: string | null): v is PeriodKind {
  return v === 'month' || v === 'quarter' || v === 'year';
}

/** A year picked in a year picker, or this year. */
export function yearOf(v: string | null, fallback = dayjs().year()): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : fallback;
}
