import type { StatusTable } from '../../shared/contract/report-types';
import { ADMIN_LEVEL_SUFFIX, STATION_STATE_ZH, type AdminLevel } from '../../shared/domain/vocab';

/** What the status table reads of a station's profile, from whichever store holds it. */
export interface StationProfile {
  id: string;
  name: string;
  enterprise: string;
  address: string;
  contact_name: string;
  contact_unit_title: string;
  contact_mobile: string;
  fixed_phone: string;
  state: 'built' | 'building' | 'planned';
  city: string;
  admin_level: AdminLevel | null;
}

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
export function filerUnit(r: StationProfile | undefined): string {
  if (!r?.admin_level) return '';
  if (r.admin_level === 'company') return r.enterprise || r.name;
  const place = r.city.trim();
  const suffix = ADMIN_LEVEL_SUFFIX[r.admin_level];
  if (!place) return '';
  return suffix && !place.endsWith(suffix) ? place + suffix : place;
}

/**
 * Seed 004's status table from the stations' profiles, one row per station in the order given. The
 * filer (the first station at a station; the company or district at the hub) fills the title's blank
 * and the 填报人 line.
 */
export function statusTableOf(rows: StationProfile[], filer: StationProfile | undefined = rows[0]): StatusTable {
  const first = filer;
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

