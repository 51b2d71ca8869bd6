import { maskIdNumber } from '../../../shared/domain/id-number';
import { birthYearOf, maskMobile } from '../../../shared/domain/privacy';
import type { IdType } from '../../../shared/domain/vocab';
import type { SyncedTable } from '../../db/sync-tables';
import { personKey } from './signing';

type Row = Record<string, unknown>;

/**
 * What goes to the hub in place of a table's private columns: what the station's own screens show
 * (masked numbers, the birth year), and for a worker the keyed hash that matches the person across
 * stations. The full ID number travels only beside it, when the station's admin turned sharing on.
 */
const PUBLIC_FORMS: Record<string, (row: Row, secret: string) => Row> = {
  workers: (r, secret) => ({
    person_key: personKey(secret, String(r.id_type), String(r.id_number)),
    id_masked: maskIdNumber(String(r.id_number), r.id_type as IdType),
    mobile_masked: maskMobile(String(r.mobile ?? '')),
    birth_year: birthYearOf(r.birth_date as string | null),
  }),
  trainers: (r) => ({ phone_masked: maskMobile(String(r.phone ?? '')) }),
};

export function publicRow(t: SyncedTable, row: Row, secret: string): Row {
  const extra = PUBLIC_FORMS[t.table]?.(row, secret) ?? {};
  const out: Row = {};
  const drop = new Set([...(t.private ?? []), ...(t.omit ?? []), 'sync_rev', '__key']);
  for (const [k, v] of Object.entries(row)) if (!drop.has(k)) out[k] = v;
  return { ...out, ...extra };
}
