// Property tests over the hostile-input surfaces: every channel's input parsing through dispatch,
// the ID-number validator, and the CSV reader and roster importer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import { channels } from '../../shared/contract/channels';
import { ERROR_CODES } from '../../shared/contract/result';
import { checkChar, checkIdNumber, checkResidentId, maskIdNumber, normalizeIdNumber, PROVINCE_CODES } from '../../shared/domain/id-number';
import { ID_TYPES } from '../../shared/domain/vocab';
import { placeholderIdNumber } from '../../main/services/workers';
import { parseCsv, decodeText } from '../../main/services/imports';
import { anonymous, kiosk, setUp } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';
import { channelInputArb, hostileValue } from './arbitraries';

const TODAY = '2026-03-02';
const CHANNEL_NAMES = Object.keys(channels);

function isProperResult(r: unknown): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (o.ok === true) return 'value' in o;
  return o.ok === false && (ERROR_CODES as readonly string[]).includes(String(o.error?.code)) && o.error?.code !== 'internal' && typeof o.error?.message === 'string';
}

/** A valid resident ID number from its parts. */
const residentId = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    rest: fc.stringMatching(/^\d{4}$/),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-03-01T00:00:00Z'), noInvalidDate: true }),
    seq: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ province, rest, birth, seq }) => {
    const first17 = province + rest + birth.toISOString().slice(0, 10).replace(/-/g, '') + seq;
    return first17 + checkChar(first17);
  });

describe('every channel through dispatch', () => {
  it('never throws and always answers a Result with a documented code, never internal', async () => {
    const { core } = testCore({ at: '2026-03-01T23:55:00.000Z' });
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    addWorkers(core, stationId, [{ name: '张三' }, { name: '李四', status: 'left' }]);
    const callers: Caller[] = [admin, kiosk, anonymous, { role: 'trainer', accountId: 'nobody', via: 'internal' }];
    const arb = fc
      .constantFrom(...CHANNEL_NAMES)
      .chain((name) => fc.tuple(fc.constant(name), channelInputArb(name, stationId), fc.constantFrom(...callers)))
      // auth.signOut would end the admin's own session and leave the rest of the run unauthenticated.
      .filter(([name]) => name !== 'auth.signOut');
    await fc.assert(
      fc.asyncProperty(arb, async ([name, input, caller]) => {
        const r = await dispatch(core, caller, name, input);
        expect(isProperResult(r), `${name} ${JSON.stringify(input)?.slice(0, 200)} → ${JSON.stringify(r).slice(0, 300)}`).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  }, 90_000);

  it('answers unknown and prototype channel names with unknown_channel', async () => {
    const { core } = testCore();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')), hostileValue, async (name, input) => {
        fc.pre(!CHANNEL_NAMES.includes(name));
        const r = await dispatch(core, anonymous, name, input);
        expect(r).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      }),
      { numRuns: 500 },
    );
  });
});

describe('the ID-number validator', () => {
  it('never throws, and whatever it calls valid is 18 characters with a right check digit and a past birth date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\sXx－\-０-９]{0,20}$/)), fc.constantFrom(...ID_TYPES), (raw, type) => {
        const r = checkIdNumber(type, raw, TODAY);
        if (type === 'resident' && r.valid) {
          expect(r.normalized).toMatch(/^\d{17}[\dX]$/);
          if (!r.converted) expect(checkChar(r.normalized!.slice(0, 17))).toBe(r.normalized![17]);
          expect(r.birthDate! <= TODAY).toBe(true);
          expect(r.sex).toMatch(/^[MF]$/);
        }
        if (!r.valid) expect(r.reason).not.toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every well-formed number, in full-width forms and with spaces too, and refuses any one-digit change', () => {
    fc.assert(
      fc.property(residentId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        expect(checkResidentId(id, TODAY)).toMatchObject({ valid: true, normalized: id });
        const wide = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
        expect(checkResidentId(`${wide.slice(0, 6)} ${wide.slice(6)}`, TODAY).normalized).toBe(id);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(checkResidentId(changed, TODAY).valid).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalising is idempotent; masking never shows the birth date; an anonymised placeholder is never valid', () => {
    fc.assert(
      fc.property(fc.string(), residentId, (raw, id) => {
        expect(normalizeIdNumber(normalizeIdNumber(raw))).toBe(normalizeIdNumber(raw));
        const masked = maskIdNumber(id);
        expect(masked.slice(6, 14)).toBe('********');
        expect(masked).not.toContain(id.slice(6, 14));
        expect(checkIdNumber('resident', placeholderIdNumber(), TODAY).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the CSV reader and the roster importer', () => {
  const cell = fc.string({ unit: fc.oneof(fc.constantFrom(',', '"', '\n', '\r', ';', '\t', ' '), fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('张', '三', 'ئ')), maxLength: 12 });

  it('reads back exactly what a quoting writer wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text, ',')).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text or bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (text, bytes) => {
        expect(Array.isArray(parseCsv(text))).toBe(true);
        expect(typeof decodeText(bytes).text).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('previews any roster-shaped file with a Result, never an internal error', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const header = fc.shuffledSubarray(['姓名', '身份证号码', '手机号', '工种', '班组', '性别', '进场日期', 'junk', ''], { minLength: 1 });
    const file = fc.tuple(header, fc.array(fc.array(fc.oneof(cell, residentId, fc.constantFrom('=1+1', '@SUM(A1)', '2026-13-45', '')), { maxLength: 10 }), { maxLength: 30 }), fc.constantFrom(',', '\t', ';'));
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom('roster.csv', 'roster.xlsx', 'roster.txt', '../../etc/passwd.csv'), async ([head, rows, d], fileName) => {
        const text = [head, ...rows].map((r) => r.map((c) => (/[",\n\r;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join('\n');
        const r = await dispatch(core, admin, 'imports.workersPreview', { stationId, fileName, base64: Buffer.from(text).toString('base64') });
        expect(isProperResult(r), JSON.stringify(r).slice(0, 300)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
