import type { ImportChange, WorkerFields } from '../../../shared/contract/records';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { maskMobile } from '../../../shared/domain/privacy';
import type { FieldName } from '../workers';

export function pick(full: WorkerFields, keys: readonly FieldName[]): Partial<WorkerFields> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = full[k];
  return out as Partial<WorkerFields>;
}

export interface FieldChange {
  field: FieldName;
  before: unknown;
  after: unknown;
}

/** A change as the preview shows it: personal numbers masked as on every screen, a trade by its name. */
export function shownChange(c: FieldChange, tradeName: Map<string, string>): ImportChange['fields'][number] {
  const shown = (v: unknown): string | number | null => {
    if (v === null || v === undefined || v === '') return null;
    if (c.field === 'mobile' && typeof v === 'string') return maskMobile(v);
    if (c.field === 'idNumber' && typeof v === 'string') return maskIdNumber(v);
    if (c.field === 'tradeId' && typeof v === 'string') return tradeName.get(v) ?? v;
    return typeof v === 'number' ? v : String(v);
  };
  return { field: c.field, before: shown(c.before), after: shown(c.after) };
}
