import fc from 'fast-check';
import { z } from 'zod';
import { channels, isChannelName } from '../../shared/contract/channels';

/** The top-level field names a channel's input declares (empty when it is not a plain object schema). */
export function fieldsOf(channel: string): string[] {
  if (!isChannelName(channel)) return [];
  const input: unknown = channels[channel].input;
  return input instanceof z.ZodObject ? Object.keys(input.shape) : [];
}

const ulid = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);

/** Values of every wrong (and a few right) types, with the edge cases parsers trip on. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, '', ' ', '0', 'null', '__proto__', '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '\ud800', 'Ａ１２３', '110101199003074477'),
  fc.string({ maxLength: 2000 }),
  fc.integer(),
  fc.double(),
  ulid,
  fc.array(ulid, { maxLength: 5 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
);

/** An input for a channel: its own field names with hostile values, sometimes valid ids, sometimes extras. */
export function channelInputArb(channel: string, stationId: string): fc.Arbitrary<unknown> {
  const fields = fieldsOf(channel);
  if (!fields.length) return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 20 }), hostileValue, { maxKeys: 4 }));
  const valueFor = (key: string) => (/(^|[a-z])Id$|^stationId$/.test(key) ? fc.oneof(fc.constant(stationId), ulid, hostileValue) : hostileValue);
  const record = fc.record(Object.fromEntries(fields.map((k) => [k, valueFor(k)])), { requiredKeys: [] });
  return fc.oneof(
    { weight: 5, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'role'), hostileValue, { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: hostileValue },
  );
}
