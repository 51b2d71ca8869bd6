import { describe, expect, it } from 'vitest';
import { closesEarly, defaultArrival, defaultLeaving, onSession } from '../../renderer/src/records/attendanceTimes';

const day = { startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' };
const night = { startsAt: '2026-03-02T22:00', endsAt: '2026-03-03T01:00' };

describe('times typed for a session', () => {
  it('fall on the session’s day, or the next one after midnight for a night session', () => {
    expect(onSession(day, '08:05')).toBe('2026-03-02T08:05');
    expect(onSession(night, '23:10')).toBe('2026-03-02T23:10');
    expect(onSession(night, '00:40')).toBe('2026-03-03T00:40');
    for (const bad of ['8:05', '24:00', '08:60', '', '0805']) expect(onSession(day, bad)).toBeNull();
  });

  it('default to the start for an arrival and to now, at most the end, for a leaving', () => {
    expect(defaultArrival(day, '2026-03-02T08:40')).toBe('08:00');
    expect(defaultArrival(day, '2026-03-02T07:50')).toBe('07:50');
    expect(defaultLeaving(day, '2026-03-02T08:40')).toBe('08:40');
    expect(defaultLeaving(day, '2026-03-02T11:00')).toBe('09:30');
  });

  it('closing is early only for an open session before its scheduled end', () => {
    expect(closesEarly({ ...day, state: 'open' }, '2026-03-02T09:00')).toBe(true);
    expect(closesEarly({ ...day, state: 'open' }, '2026-03-02T09:30')).toBe(false);
    expect(closesEarly({ ...day, state: 'planned' }, '2026-03-02T09:00')).toBe(false);
    expect(closesEarly({ ...night, state: 'open' }, '2026-03-03T00:10')).toBe(true);
  });
});
