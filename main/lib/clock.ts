/** All "now" in the core comes from here, so tests can fix time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(next) {
      t = new Date(next).getTime();
    },
  };
}
