import { AppError } from '../../shared/contract/result';
import type { PeriodKind } from '../../shared/contract/report-types';
import { addDays, classHours, wallToInstant } from '../../shared/domain/time';

/** A reporting period as station wall-clock bounds: sessions count in the period their start falls in. */
export interface Range {
  /** Inclusive dates, for titles. */
  from: string;
  to: string;
  /** Wall-clock 'YYYY-MM-DDTHH:MM', start inclusive, end exclusive. */
  startWall: string;
  endWall: string;
}

export function dateRange(from: string, to: string): Range {
  return { from, to, startWall: `${from}T00:00`, endWall: `${addDays(to, 1)}T00:00` };
}

export function periodRange(kind: PeriodKind, period: string): Range {
  const year = Number(period.slice(0, 4));
  let m0: number;
  let months: number;
  if (kind === 'month') [m0, months] = [Number(period.slice(5, 7)), 1];
  else if (kind === 'quarter') [m0, months] = [(Number(period.slice(6, 7)) - 1) * 3 + 1, 3];
  else [m0, months] = [1, 12];
  if (!Number.isInteger(year) || !(m0 >= 1 && m0 <= 12)) throw new AppError('invalid_input', 'Not a period', { fields: [{ path: 'period', message: 'not a period' }] });
  const first = `${year}-${String(m0).padStart(2, '0')}-01`;
  const endMonth = m0 + months;
  const next = endMonth > 12 ? `${year + 1}-01-01` : `${year}-${String(endMonth).padStart(2, '0')}-01`;
  return { from: first, to: addDays(next, -1), startWall: `${first}T00:00`, endWall: `${next}T00:00` };
}

/** The UTC instant bounds of a wall-clock range, for columns stored as ISO instants (created_at). */
export function instantBounds(r: Range): [string, string] {
  return [new Date(wallToInstant(r.startWall)).toISOString(), new Date(wallToInstant(r.endWall)).toISOString()];
}

export interface SessionHoursRow {
  starts_at: string;
  ends_at: string;
  minutes_per_hour: number;
  class_hours_override: number | null;
}

export function sessionHours(s: SessionHoursRow): number {
  return s.class_hours_override ?? classHours(s.starts_at, s.ends_at, s.minutes_per_hour);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? round1((part / whole) * 100) : null);
