import type { IdCheck } from '../../../shared/contract/records';
import type { IdType } from '../../../shared/domain/vocab';
import { call } from '../api/client';

/** Live check of an ID number as it is typed: sex and birth date derived, or why it is not valid. */
export async function checkId(idType: IdType, idNumber: string): Promise<IdCheck | null> {
  const r = await call('workers.checkId', { idType, idNumber });
  return r.ok ? r.value : null;
}
