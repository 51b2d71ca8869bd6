import { addDays, classHours } from '../../../shared/domain/time';
import type { SessionState } from '../../../shared/domain/vocab';

/** A session as the form holds it: a date, a start and an end time; an end before the start is the next day. */
export interface SessionTimes {
  date: string;
  start: string;
  end: string;
}

const CLOCK = /^\d{2}:\d{2}$/;

export function crossesMidnight(t: SessionTimes): boolean {
  return CLOCK.test(t.start) && CLOCK.test(t.end) && t.end < t.start;
}

export function toRange(t: SessionTimes): { startsAt: string; endsAt: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.date) || !/^\d{2}:\d{2}$/.test(t.start) || !/^\d{2}:\d{2}$/.test(t.end)) return null;
  if (t.start === t.end) return null;
  const endDate = crossesMidnight(t) ? addDays(t.date, 1) : t.date;
  return { startsAt: `${t.date}T${t.start}`, endsAt: `${endDate}T${t.end}` };
}

export function fromRange(startsAt: string, endsAt: string): SessionTimes {
  return { date: startsAt.slice(0, 10), start: startsAt.slice(11, 16), end: endsAt.slice(11, 16) };
}

export function liveClassHours(t: SessionTimes, minutesPerHour: number): number | null {
  const range = toRange(t);
  return range ? classHours(range.startsAt, range.endsAt, minutesPerHour) : null;
}

/** The state changes a trainer may make from each state (the core allows exactly these). */
export const STATE_ACTIONS: Record<SessionState, { to: SessionState; labelKey: string }[]> = {
  planned: [
    { to: 'open', labelKey: 'sessionPage.action.open' },
    { to: 'cancelled', labelKey: 'sessionPage.action.cancel' },
  ],
  open: [
    { to: 'closed', labelKey: 'sessionPage.action.close' },
    { to: 'planned', labelKey: 'sessionPage.action.unopen' },
  ],
  closed: [{ to: 'open', labelKey: 'sessionPage.action.reopen' }],
  cancelled: [{ to: 'planned', labelKey: 'sessionPage.action.restore' }],
};
