import { classHours, wallToInstant } from '../../../shared/domain/time';

/**
 * Class hours credited for one attendance: full when present for at least `fullShare` of the
 * session, in proportion below that. Presence is clipped to the session's own start and end.
 */
export function creditedHours(input: {
  startsAt: string;
  endsAt: string;
  sessionHours: number;
  signedInAt: string;
  signedOutAt: string | null;
  fullShare: number;
}): number {
  const start = wallToInstant(input.startsAt);
  const end = wallToInstant(input.endsAt);
  const from = Math.max(start, Date.parse(input.signedInAt));
  const to = Math.min(end, input.signedOutAt ? Date.parse(input.signedOutAt) : end);
  const share = end > start ? Math.max(0, to - from) / (end - start) : 0;
  if (share >= input.fullShare) return input.sessionHours;
  return Math.floor(input.sessionHours * share * 10) / 10;
}

export { classHours };
