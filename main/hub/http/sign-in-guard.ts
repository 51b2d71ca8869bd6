/**
 * Password guessing at the hub, which a company or district exposes beyond one site's LAN. Each attempt
 * is counted per user name and per address *before* the slow password check, synchronously (one process,
 * one event loop: no two attempts read the same count), so fifty guesses sent at once count fifty. After
 * FREE failures within WINDOW, the name (or address) is shut for a time that doubles with each further
 * failure, up to MAX_LOCK; a right password clears its name's count, never its address's.
 *
 * The counts live in memory: a restart forgives, which costs an attacker a restart of someone else's
 * service to buy five more guesses, and never locks an admin out of a hub they just restarted.
 */

const WINDOW_MS = 15 * 60_000;
const FREE = 5;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
/** An address may try more than one name (an office behind one NAT), so it gets more room. */
const FREE_PER_ADDRESS = 20;

interface Count {
  failures: number[];
  lockedUntil: number;
}

export type Reservation = { ok: true; settle(success: boolean): void } | { ok: false; retryAfterSeconds: number };

export class SignInGuard {
  private readonly names = new Map<string, Count>();
  private readonly addresses = new Map<string, Count>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes an attempt for this name from this address, or says how long until one may be made. */
  reserve(username: string, address: string): Reservation {
    const t = this.now();
    const name = this.count(this.names, username.trim().toLowerCase(), t);
    const addr = this.count(this.addresses, address, t);
    const wait = Math.max(name.lockedUntil, addr.lockedUntil) - t;
    if (wait > 0) return { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    // Counted as a failure now; a success takes it back.
    const addrLock = addr.lockedUntil;
    name.failures.push(t);
    addr.failures.push(t);
    this.lockIfOver(name, FREE, t);
    this.lockIfOver(addr, FREE_PER_ADDRESS, t);
    return {
      ok: true,
      settle: (success) => {
        if (!success) return;
        this.names.delete(username.trim().toLowerCase());
        const i = addr.failures.lastIndexOf(t);
        if (i >= 0) addr.failures.splice(i, 1);
        addr.lockedUntil = addrLock;
      },
    };
  }

  private count(map: Map<string, Count>, key: string, t: number): Count {
    let c = map.get(key);
    if (!c) {
      c = { failures: [], lockedUntil: 0 };
      map.set(key, c);
    }
    c.failures = c.failures.filter((at) => t - at < WINDOW_MS);
    // Forgotten once quiet, so the maps do not grow with every name ever tried.
    if (map.size > 10_000) for (const [k, v] of map) if (!v.failures.length && v.lockedUntil <= t) map.delete(k);
    return c;
  }

  private lockIfOver(c: Count, free: number, t: number): void {
    const over = c.failures.length - free;
    if (over >= 0) c.lockedUntil = t + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** over);
  }
}
