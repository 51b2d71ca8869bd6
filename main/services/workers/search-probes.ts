import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import { DIGIT_PROBE_WINDOW_MS, DIGIT_PROBES_PER_WINDOW } from '../../../shared/domain/privacy';
import type { Clock } from '../../lib/clock';

/** Callers remembered at most; the oldest is forgotten first (a station has a handful of accounts). */
const MAX_CALLERS = 1_000;

/**
 * Rate limit for roster searches that probe digits (PIPL art. 28: an ID number is sensitive personal
 * information, and searching by the hidden digits would rebuild it): each caller may try this many
 * distinct digit strings per window, then is answered rate_limited until the oldest falls out. The
 * same string again (paging, sorting, a live refresh) is not a new probe, and names never count.
 * Search matches only what the masks show, so this is defence in depth, not the mask itself.
 * Kept in memory: a restart forgets it, which costs an attacker a restart per 30 probes.
 */
export class DigitProbeLimiter {
  private seen = new Map<string, Map<string, number>>();

  constructor(
    private clock: Clock,
    private limit = DIGIT_PROBES_PER_WINDOW,
    private windowMs = DIGIT_PROBE_WINDOW_MS,
  ) {}

  /** Throws rate_limited when `digits` would be one probe too many for this caller. */
  check(caller: Caller, digits: string): void {
    const key = caller.accountId ?? caller.deviceId ?? caller.sessionId ?? `${caller.role}:${caller.via}`;
    const now = this.clock.now().getTime();
    let mine = this.seen.get(key);
    if (mine) {
      for (const [d, at] of mine) if (at <= now - this.windowMs) mine.delete(d);
      this.seen.delete(key); // re-inserted below: the map stays in least-recently-used order
    } else {
      mine = new Map();
    }
    this.seen.set(key, mine);
    if (this.seen.size > MAX_CALLERS) this.seen.delete(this.seen.keys().next().value!);
    if (mine.has(digits)) return;
    if (mine.size >= this.limit) {
      const oldest = Math.min(...mine.values());
      throw new AppError('rate_limited', 'Too many number searches in a minute; wait a moment', {
        reason: 'workers.search_probes',
        until: new Date(oldest + this.windowMs).toISOString(),
      });
    }
    mine.set(digits, now);
  }
}
