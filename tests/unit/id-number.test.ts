import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkChar,
  checkIdNumber,
  checkResidentId,
  convertLegacy,
  maskIdNumber,
  normalizeIdNumber,
  PROVINCE_CODES,
} from '../../shared/domain/id-number';

const TODAY = '2026-03-02';

/** A valid 18-character resident ID from its parts. */
export function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + checkChar(first17);
}

const provinces = [...PROVINCE_CODES];
const validIdArb = fc
  .record({
    province: fc.constantFrom(...provinces),
    rest: fc.integer({ min: 0, max: 9999 }),
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-03-01T00:00:00Z'), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, date, seq }) =>
    makeId(province + String(rest).padStart(4, '0'), date.toISOString().slice(0, 10).replace(/-/g, ''), String(seq).padStart(3, '0')),
  );

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the standard example and derives sex and birth date', () => {
    const r = checkResidentId('11010519491231002X', TODAY);
    expect(r).toMatchObject({ valid: true, normalized: '11010519491231002X', sex: 'F', birthDate: '1949-12-31', converted: false });
    expect(checkResidentId(makeId('440703', '19880516', '031'), TODAY)).toMatchObject({ valid: true, sex: 'M', birthDate: '1988-05-16' });
  });

  it('normalises lower-case x, full-width digits and spaces', () => {
    expect(checkResidentId('11010519491231002x', TODAY).normalized).toBe('11010519491231002X');
    expect(checkResidentId('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
    expect(checkResidentId(' 110105 19491231 002X ', TODAY)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
  });

  it('refuses a wrong check digit', () => {
    expect(checkResidentId('110105194912310021', TODAY)).toMatchObject({ valid: false, reason: 'bad_check_digit' });
  });

  it('refuses an impossible birth date (30 February)', () => {
    expect(checkResidentId(makeId('110105', '19900230', '123'), TODAY)).toMatchObject({ valid: false, reason: 'bad_date' });
    expect(checkResidentId(makeId('110105', '19901301', '123'), TODAY)).toMatchObject({ valid: false, reason: 'bad_date' });
  });

  it('refuses a birth date in the future and before 1900', () => {
    expect(checkResidentId(makeId('110105', '20260303', '123'), TODAY)).toMatchObject({ valid: false, reason: 'future_date' });
    expect(checkResidentId(makeId('110105', '20260302', '123'), TODAY).valid).toBe(true);
    expect(checkResidentId(makeId('110105', '18991231', '123'), TODAY)).toMatchObject({ valid: false, reason: 'too_old' });
  });

  it('refuses the wrong length and letters in the middle', () => {
    expect(checkResidentId('1101051949123100', TODAY)).toMatchObject({ valid: false, reason: 'wrong_length' });
    expect(checkResidentId('11010519491231002X1', TODAY)).toMatchObject({ valid: false, reason: 'wrong_length' });
    expect(checkResidentId('1101051949A231002X', TODAY)).toMatchObject({ valid: false, reason: 'bad_characters' });
    expect(checkResidentId('X10105194912310021', TODAY)).toMatchObject({ valid: false, reason: 'bad_characters' });
    expect(checkResidentId('', TODAY)).toMatchObject({ valid: false, reason: 'empty' });
  });

  it('refuses an unknown province code', () => {
    expect(checkResidentId(makeId('990105', '19900101', '123'), TODAY)).toMatchObject({ valid: false, reason: 'bad_region' });
    expect(checkResidentId(makeId('000105', '19900101', '123'), TODAY)).toMatchObject({ valid: false, reason: 'bad_region' });
  });

  it('converts 15-digit legacy numbers and says so', () => {
    const r = checkResidentId('110105491231002', TODAY);
    expect(r).toMatchObject({ valid: true, converted: true, normalized: '11010519491231002X', sex: 'F', birthDate: '1949-12-31' });
    expect(convertLegacy('110105491231002')).toBe('11010519491231002X');
    expect(checkResidentId('110105490230002', TODAY)).toMatchObject({ valid: false, reason: 'bad_date' });
  });

  it('property: every generated valid number validates, with its birth date', () => {
    fc.assert(
      fc.property(validIdArb, (id) => {
        const r = checkResidentId(id, TODAY);
        expect(r.valid).toBe(true);
        expect(r.birthDate).toBe(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
        expect(r.sex).toBe(Number(id[16]) % 2 ? 'M' : 'F');
      }),
      { numRuns: 2000 },
    );
  });

  it('property: changing any single character invalidates it', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, pos, delta) => {
        const alphabet = '0123456789X';
        const from = alphabet.indexOf(id[pos]!);
        const size = pos === 17 ? 11 : 10;
        const to = alphabet[(from + delta) % size]!;
        if (to === id[pos]) return;
        const changed = id.slice(0, pos) + to + id.slice(pos + 1);
        expect(checkResidentId(changed, TODAY).valid).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: normalisation is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const once = normalizeIdNumber(s);
        expect(normalizeIdNumber(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(validIdArb, (id) => {
        const n = checkResidentId(id.toLowerCase(), TODAY).normalized!;
        expect(checkResidentId(n, TODAY).normalized).toBe(n);
      }),
    );
  });

  it('property: masking never reveals the birth date (characters 7 to 14)', () => {
    fc.assert(
      fc.property(validIdArb, (id) => {
        const m = maskIdNumber(id);
        expect(m).toHaveLength(18);
        expect(m.slice(6, 14)).toBe('********');
        expect(m.slice(0, 6)).toBe(id.slice(0, 6));
        expect(m.slice(14)).toBe(id.slice(14));
      }),
    );
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('other documents get shape checks', () => {
  it.each([
    ['passport', 'E12345678', true],
    ['passport', 'AB1', false],
    ['hk_macau', 'H12345678', true],
    ['hk_macau', 'm12345678', true],
    ['hk_macau', 'H1234', false],
    ['taiwan', '12345678', true],
    ['taiwan', '1234567', false],
    ['foreign_permanent', 'USA110012345678', true],
    ['foreign_permanent', '123', false],
  ] as const)('%s %s → %s', (type, id, ok) => {
    const r = checkIdNumber(type, id, TODAY);
    expect(r.valid).toBe(ok);
    if (!ok) expect(r.reason).toMatch(/bad_shape|bad_characters/);
    expect(r.sex).toBeNull();
  });

  it('masks other documents keeping only the ends', () => {
    expect(maskIdNumber('E12345678', 'passport')).toBe('E1*****78');
    expect(maskIdNumber('H1234', 'hk_macau')).toBe('H***4');
  });
});
