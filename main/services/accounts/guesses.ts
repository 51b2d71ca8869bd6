import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';

/** How many wrong guesses a key may take within a window before it is locked, and for how long. */
export interface GuessRule {
  max: number;
  windowMinutes: number;
  /** The first lock's length; each further lock doubles it, up to a day. Null: locked until reset. */
  lockMinutes: number | null;
}

/**
 * The numbers the README promises. Passwords: 5 wrong per user name in 15 minutes lock it for 5
 * minutes, then 10, 20 … A kiosk PIN: 5 wrong lock that PIN until the trainer (with their password)
 * or an admin sets it again. A kiosk device: 10 wrong PINs in 15 minutes lock PIN entry there for 15,
 * then 30 …. An address: 20 wrong passwords in 15 minutes, whatever the user names.
 */
export const GUESS_RULES = {
  password: { max: 5, windowMinutes: 15, lockMinutes: 5 },
  pin: { max: 5, windowMinutes: 24 * 60, lockMinutes: null },
  pinDevice: { max: 10, windowMinutes: 15, lockMinutes: 15 },
  address: { max: 20, windowMinutes: 15, lockMinutes: 15 },
} as const satisfies Record<string, GuessRule>;

const FOREVER = '9999-12-31T23:59:59.999Z';
const DAY_MS = 24 * 3600_000;

interface GuardRow {
  key: string;
  failures: number;
  first_failure_at: string | null;
  locked_until: string | null;
  lockouts: number;
}

export interface GuessTicket {
  /** The secret was right: the counted guess is taken back and the keys' counters start afresh. */
  succeeded(): void;
}

/**
 * Counts a guess before the slow scrypt check, in one write transaction: 40 wrong passwords sent at
 * once are 40 counted guesses, and the sixth is refused before it is even checked. A guess that turns
 * out right clears its keys. The same answer for a user name that exists and one that does not (the
 * keys are the names typed), so lockouts do not tell which names exist.
 */
export class GuessGuard {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  take(keys: { key: string; rule: GuessRule; locked: (until: string) => AppError }[]): GuessTicket {
    const nowMs = this.clock.now().getTime();
    const now = new Date(nowMs).toISOString();
    this.db.transaction(() => {
      const get = this.db.prepare('SELECT * FROM auth_guard WHERE key = ?');
      const rows = keys.map((k) => (get.get(k.key) as GuardRow | undefined) ?? { key: k.key, failures: 0, first_failure_at: null, locked_until: null, lockouts: 0 });
      keys.forEach((k, i) => {
        const r = rows[i]!;
        if (r.locked_until && r.locked_until > now) throw k.locked(r.locked_until);
      });
      const put = this.db.prepare(
        `INSERT INTO auth_guard (key, failures, first_failure_at, locked_until, lockouts) VALUES (@key, @failures, @first_failure_at, @locked_until, @lockouts)
         ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, first_failure_at = excluded.first_failure_at,
           locked_until = excluded.locked_until, lockouts = excluded.lockouts`,
      );
      keys.forEach((k, i) => {
        const r = rows[i]!;
        const fresh = !r.first_failure_at || Date.parse(r.first_failure_at) + k.rule.windowMinutes * 60_000 < nowMs;
        const failures = (fresh ? 0 : r.failures) + 1;
        const lock = failures >= k.rule.max;
        const lockMs = k.rule.lockMinutes === null ? null : Math.min(DAY_MS, k.rule.lockMinutes * 60_000 * 2 ** r.lockouts);
        put.run({
          key: k.key,
          failures: lock ? 0 : failures,
          first_failure_at: lock ? null : fresh ? now : r.first_failure_at,
          locked_until: lock ? (lockMs === null ? FOREVER : new Date(nowMs + lockMs).toISOString()) : null,
          lockouts: lock ? r.lockouts + 1 : r.lockouts,
        });
      });
    }).immediate();
    return {
      succeeded: () => this.clear(keys.map((k) => k.key)),
    };
  }

  /** Starts the keys afresh: a right guess, or a PIN or password set again. */
  clear(keys: string[]): void {
    const del = this.db.prepare('DELETE FROM auth_guard WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => del.run(k)))();
  }
}

/** The guard keys, named once so that the services and a reset agree. */
export const guessKeys = {
  userName: (username: string) => `password:${username.normalize('NFC').toLowerCase()}`,
  address: (address: string) => `address:${address}`,
  pin: (accountId: string) => `pin:${accountId}`,
  device: (deviceId: string) => `device:${deviceId}`,
};
