import type { JsonValue } from '../../../../shared/contract/audit-types';

type JsonObject = { [key: string]: JsonValue };

const isObject = (v: JsonValue): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Bookkeeping that changes with every edit; shown only when it is all that changed. */
const NOISE = new Set(['updatedAt']);

export interface DiffLine {
  field: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/**
 * The fields an audit row changed. A create shows what was written, a delete what was removed, an
 * update only the fields whose value differs.
 */
export function diffLines(before: JsonValue, after: JsonValue): DiffLine[] {
  if (!isObject(before) && !isObject(after)) return same(before, after) ? [] : [{ field: '', before, after }];
  const b: JsonObject = isObject(before) ? before : {};
  const a: JsonObject = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changed = keys.filter((k) => !same(b[k], a[k]));
  const shown = changed.some((k) => !NOISE.has(k)) ? changed.filter((k) => !NOISE.has(k)) : changed;
  return shown.map((field) => ({ field, before: b[field], after: a[field] }));
}

