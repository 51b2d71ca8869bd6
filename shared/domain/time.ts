/**
 * Station wall-clock times ('YYYY-MM-DDTHH:MM') and dates ('YYYY-MM-DD'). Arithmetic is done as if
 * they were UTC, which is exact for wall-clock differences on a site without daylight saving (China).
 */
export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt + ':00Z') - Date.parse(startsAt + ':00Z')) / 60_000);
}

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(date + 'T00:00:00Z').getUTCDay();
}

/** Adds minutes to a wall-clock time, crossing midnight as needed. */
export function addMinutes(at: string, minutes: number): string {
  return new Date(Date.parse(at + ':00Z') + minutes * 60_000).toISOString().slice(0, 16);
}

/** The station's wall clock now, from a real instant (China Standard Time, UTC+8, no DST). */
export function stationNow(instant: Date, offsetMinutes = 480): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
}

/** Class hours (课时) for a duration: whole minutes over minutes-per-hour, to one decimal place. */
export function classHours(startsAt: string, endsAt: string, minutesPerHour: number): number {
  const minutes = minutesBetween(startsAt, endsAt);
  if (minutes <= 0 || minutesPerHour <= 0) return 0;
  return Math.round((minutes / minutesPerHour) * 10) / 10;
}

/** China Standard Time: the whole country, Xinjiang's sites included, keeps Beijing time officially. */
export const STATION_UTC_OFFSET_MINUTES = 480;

/** The instant (ms since epoch) of a station wall-clock time. */
export function wallToInstant(at: string, offsetMinutes = STATION_UTC_OFFSET_MINUTES): number {
  return Date.parse(at + ':00Z') - offsetMinutes * 60_000;
}

/** 'HH:MM' on the station's wall clock for an instant given as ISO text. */
export function wallClockTime(iso: string, offsetMinutes = STATION_UTC_OFFSET_MINUTES): string {
  return stationNow(new Date(iso), offsetMinutes).slice(11, 16);
}
