import type { Database } from 'better-sqlite3';
import type { StatusTable } from '../../../shared/contract/report-types';
import { STATUS_TABLE, statusTableOf } from '../../report-core/status-table';
import { AppError } from '../../../shared/contract/result';
import { csvBytes, fitWidth, writeForm, type CellValue } from '../exports';
import type { StationRow } from './scope';

export { filerUnit, STATUS_TABLE, statusTableOf } from '../../report-core/status-table';

/**
 * One row per selected station (default: all not archived), in the order they were set up. The first
 * station's administrative unit fills the title's blank; its contact is the filler (填报人).
 */
export function statusTable(db: Database, stationIds?: string[]): StatusTable {
  let rows: StationRow[];
  if (stationIds?.length) {
    const get = db.prepare('SELECT * FROM stations WHERE id = ?');
    rows = stationIds.map((id) => {
      const r = get.get(id) as StationRow | undefined;
      if (!r) throw new AppError('not_found', 'No such station', { entity: 'station', id });
      return r;
    });
  } else {
    rows = db.prepare('SELECT * FROM stations WHERE archived_at IS NULL ORDER BY created_at, id').all() as StationRow[];
  }
  return statusTableOf(rows);
}

function tableRows(t: StatusTable): CellValue[][] {
  return t.rows.map((r) => [r.serial, r.enterprise, r.address, r.contactName, r.contactUnitTitle, r.contactMobile, r.stateZh]);
}

export async function statusTableXlsx(t: StatusTable): Promise<Buffer> {
  const rows = tableRows(t);
  const col = (i: number) => rows.map((r) => r[i] ?? null);
  const widths = [6, fitWidth(STATUS_TABLE.headers[1], col(1), 24, 40), fitWidth(STATUS_TABLE.headers[2], col(2), 24, 44), 12, fitWidth('单位及职务', col(4), 16, 28), 14, 10];
  return writeForm([
    {
      name: '提升站建设初步情况表',
      title: t.title,
      above: [`${STATUS_TABLE.reportingUnit}${t.reportingUnit}`],
      columns: STATUS_TABLE.headers.map((h, i) => ({ header: h, width: widths[i]!, text: i === 5 })),
      rows,
      below: [`填报人：${t.filler.name}        固定电话：${t.filler.fixedPhone}        手机号码：${t.filler.mobile}`, ...t.notes],
      landscape: true,
    },
  ]);
}

/** The same form as CSV: title and lines as single-cell rows around the table. */
export function statusTableCsv(t: StatusTable): Buffer {
  return csvBytes([
    [t.title],
    [`${STATUS_TABLE.reportingUnit}${t.reportingUnit}`],
    [...STATUS_TABLE.headers],
    ...tableRows(t),
    [`填报人：${t.filler.name}`, `固定电话：${t.filler.fixedPhone}`, `手机号码：${t.filler.mobile}`],
    ...t.notes.map((n) => [n]),
  ]);
}
