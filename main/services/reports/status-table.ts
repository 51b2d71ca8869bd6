import type { Database } from 'better-sqlite3';
import type { StatusTable } from '../../../shared/contract/report-types';
import { ADMIN_LEVEL_SUFFIX, STATION_STATE_ZH } from '../../../shared/domain/vocab';
import { AppError } from '../../../shared/contract/result';
import { csvBytes, fitWidth, writeForm, type CellValue } from '../exports';
import type { StationRow } from './scope';

/** The form's fixed text (seed 004, 附件). */
export const STATUS_TABLE = {
  titleBlank: '____',
  title: (unit: string) => `${unit || '____'}（单位）开展“提升站”建设初步情况表`,
  reportingUnit: '填报单位（盖章）：',
  headers: ['序号', '提升站所在企业（或在建项目）名称', '提升站地址', '联系人姓名', '单位及职务', '手机号码', '建设状况'],
  notes: ['说明：1. 如果一个企业有多个在建项目开展了“提升站”建设，请在表中一一列出。', '2. 建设状况包括已建、在建和拟建三种情形。'],
} as const;

/**
 * The blank of the title: the filer names itself at its own level (seed 004 附件 "____市（单位）", its
 * notice "_____县（单位）"): 江门市, 尉犁县, 巴音郭楞蒙古自治州 as written, or the company. Without a level
 * the blank stays for the filer to write in, rather than guessing 市.
 */
export function filerUnit(r: StationRow | undefined): string {
  if (!r?.admin_level) return '';
  if (r.admin_level === 'company') return r.enterprise || r.name;
  const place = r.city.trim();
  const suffix = ADMIN_LEVEL_SUFFIX[r.admin_level];
  if (!place) return '';
  return suffix && !place.endsWith(suffix) ? place + suffix : place;
}

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
  const first = rows[0];
  const cityOrUnit = filerUnit(first);
  return {
    cityOrUnit,
    unitMissing: !cityOrUnit,
    title: STATUS_TABLE.title(cityOrUnit),
    reportingUnit: first?.enterprise ?? '',
    rows: rows.map((r, i) => ({
      serial: i + 1,
      stationId: r.id,
      // The form asks for the enterprise or project; a station without one is named by itself.
      enterprise: r.enterprise || r.name,
      address: r.address,
      contactName: r.contact_name,
      contactUnitTitle: r.contact_unit_title,
      contactMobile: r.contact_mobile,
      state: r.state,
      stateZh: STATION_STATE_ZH[r.state],
    })),
    filler: { name: first?.contact_name ?? '', fixedPhone: first?.fixed_phone ?? '', mobile: first?.contact_mobile ?? '' },
    notes: [...STATUS_TABLE.notes],
  };
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
