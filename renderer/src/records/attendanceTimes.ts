import { addDays } from '../../../shared/domain/time';

/** Times a trainer types for one session ('HH:MM', 24-hour) and the session's wall-clock times. Pure. */

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A session's span on the station's wall clock ('YYYY-MM-DDTHH:MM'). */
export interface SessionSpan {
  startsAt: string;
  endsAt: string;
}

/**
 * 'HH:MM' typed for a session, as a wall-clock time within it: on the start's date, or the next day for
 * a session that crosses midnight when the time is before its start.
 */
export function onSession(span: SessionSpan, hhmm: string): string | null {
  if (!HHMM.test(hhmm)) return null;
  const startDate = span.startsAt.slice(0, 10);
  const crosses = span.endsAt.slice(0, 10) !== startDate;
  const date = crosses && hhmm < span.startsAt.slice(11, 16) ? addDays(startDate, 1) : startDate;
  return `${date}T${hhmm}`;
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** The arrival a "补签" starts from: the session's start, or now if it has not started yet. */
export function defaultArrival(span: SessionSpan, now: string): string {
  return earlier(span.startsAt, now).slice(11, 16);
}

/** The leaving time a sign-out starts from: now, at most the session's end. */
export function defaultLeaving(span: SessionSpan, now: string): string {
  return earlier(span.endsAt, now).slice(11, 16);
}

/** Whether closing now is closing early: the session is open and its scheduled end has not come. */
export function closesEarly(session: SessionSpan & { state: string }, now: string): boolean {
  return session.state === 'open' && now > session.startsAt && now < session.endsAt;
}
