import { MAX_SERIES } from '../../../shared/contract/channels/sessions';
import { addDays, addMinutes, minutesBetween, weekday } from '../../../shared/domain/time';
import { AppError } from '../../../shared/contract/result';

export interface RepeatRule {
  freq: 'daily' | 'weekly';
  until: string;
  weekdays: number[];
  skipWeekends: boolean;
}

/**
 * The dates of a repeating session (the daily pre-shift safety talk): from the first session's date
 * to `until`, keeping its time of day and duration, crossing midnight if the first one does.
 */
export function expandSeries(startsAt: string, endsAt: string, rule: RepeatRule): { startsAt: string; endsAt: string }[] {
  const first = startsAt.slice(0, 10);
  if (rule.until < first)
    throw new AppError('invalid_input', 'The series ends before it starts', { fields: [{ path: 'repeat.until', message: 'before the first session' }] });
  const duration = minutesBetween(startsAt, endsAt);
  const days = rule.freq === 'weekly' && rule.weekdays.length ? new Set(rule.weekdays) : rule.freq === 'weekly' ? new Set([weekday(first)]) : null;
  const out: { startsAt: string; endsAt: string }[] = [];
  for (let date = first; date <= rule.until; date = addDays(date, 1)) {
    const wd = weekday(date);
    if (days && !days.has(wd)) continue;
    if (!days && rule.skipWeekends && (wd === 0 || wd === 6)) continue;
    if (out.length >= MAX_SERIES)
      throw new AppError('invalid_input', `A series may have at most ${MAX_SERIES} sessions`, { fields: [{ path: 'repeat.until', message: 'too many sessions' }] });
    const s = date + startsAt.slice(10);
    out.push({ startsAt: s, endsAt: addMinutes(s, duration) });
  }
  return out;
}
