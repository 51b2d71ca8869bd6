import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId } from '../../main/lib/ids';

describe('record ids', () => {
  it('are 26-character Crockford base32 text', () => {
    for (let i = 0; i < 100; i++) expect(newId()).toMatch(ID_PATTERN);
  });

  it('are unique and sort in creation order, even within one millisecond', () => {
    const t = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => newId(t));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const later = newId(t + 1);
    expect(later > ids[ids.length - 1]!).toBe(true);
  });

  it('encode the time in the first ten characters', () => {
    const a = newId(Date.UTC(2024, 0, 1));
    const b = newId(Date.UTC(2030, 0, 1));
    expect(a.slice(0, 10) < b.slice(0, 10)).toBe(true);
  });
});
