import type { AttendanceFlag } from '../../../shared/contract/attendance-types';
import type { StationSettings, TrainingSession } from '../../../shared/contract/records';
import { wallToInstant } from '../../../shared/domain/time';

/** Where a scan lands in time, and whether the trainer should look at it. */
export interface Placed {
  atMs: number;
  flag: AttendanceFlag | null;
}

/** A tablet's own clock when it took a queued scan, and when it sent it. */
export interface QueuedClock {
  clientAt: string;
  clientNow: string;
}

/** From when a session takes sign-ins: its start less the station's opening margin. */
export function opensAt(s: TrainingSession, settings: Pick<StationSettings, 'signInOpensMinutesBefore'>): number {
  return wallToInstant(s.startsAt) - settings.signInOpensMinutesBefore * 60_000;
}

/** Whether a session takes live sign-ins now: open, or planned and inside its sign-in window. */
export function acceptingNow(s: TrainingSession, settings: Pick<StationSettings, 'signInOpensMinutesBefore'>, nowMs: number): boolean {
  if (s.state === 'open') return true;
  return s.state === 'planned' && nowMs >= opensAt(s, settings) && nowMs <= wallToInstant(s.endsAt);
}

/**
 * The time a scan stands for, or null when the session cannot take it (the kiosk answers
 * `session_not_open`, and a tablet forgets a queued scan so answered: waiting cannot change it).
 *
 * A live scan is the PC's now. A queued scan is placed at the tablet's time corrected by the tablet's
 * clock error at sending (`clientNow` against the PC's now), which holds for a tablet 10 minutes fast or
 * 3 hours slow. The corrected time must fall inside the session's sign-in window, from its opening to
 * now (open), its end (planned) or its close (closed); a cheap tablet whose clock reset while offline
 * gives a time years off, which is recorded at its arrival instead and flagged for the trainer.
 * A scan taken while the session was open but delivered after the trainer closed it still counts:
 * those hours are credited again as an admin correction would be, and flagged.
 */
export function placeScan(s: TrainingSession, settings: StationSettings, nowMs: number, queued: QueuedClock | undefined): Placed | null {
  if (s.state === 'cancelled') return null;
  const live = acceptingNow(s, settings, nowMs);
  if (!queued) return live ? { atMs: nowMs, flag: null } : null;
  const corrected = Date.parse(queued.clientAt) + (nowMs - Date.parse(queued.clientNow));
  const end = wallToInstant(s.endsAt);
  const closes = s.state === 'open' ? nowMs : s.state === 'closed' ? Math.max(end, Date.parse(s.updatedAt)) : end;
  if (corrected >= opensAt(s, settings) && corrected <= Math.min(closes, nowMs))
    return { atMs: corrected, flag: s.state === 'closed' ? 'queued_after_close' : null };
  return live ? { atMs: nowMs, flag: 'clock_implausible' } : null;
}
