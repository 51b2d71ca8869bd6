import type { ImportField } from '../../../shared/contract/records';
import { ImportFileError, type Cell, type TableRow } from './table';

/** Header names Chinese sites use, per field; compared after removing spaces, '*' marks and notes in brackets. */
export const HEADER_ALIASES: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  name: ['姓名', '工人姓名', '人员姓名', '名字', 'name'],
  idType: ['证件类型', '证件种类', 'idtype'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证', '证件号', '身份证件号码', 'idnumber'],
  mobile: ['手机号', '手机号码', '联系电话', '电话', '手机', '联系方式', '电话号码', 'mobile'],
  tradeName: ['工种', '岗位工种', '工种名称', '岗位', 'trade'],
  tradeId: [],
  skillLevel: ['技能等级', '等级', '技术等级', '职业技能等级', 'skilllevel'],
  team: ['班组', '班组名称', '所属班组', 'team'],
  employer: ['所属单位', '劳务公司', '用工单位', '分包单位', '劳务分包单位', '所属公司', '单位', 'employer'],
  homeProvince: ['籍贯', '户籍地', '省份', '户籍所在地', '户籍省份', '省'],
  homeCounty: ['县', '县区', '户籍县', '县（区）', '区县'],
  homeTownship: ['乡镇', '户籍乡镇', '乡（镇）'],
  mandarinLevel: ['国语水平', '普通话水平', '国家通用语言水平'],
  traineeGroup: ['培训范围', '人员类别', '培训对象类别'],
  language: ['语言', '使用语言'],
  entryDate: ['进场日期', '进场时间', '入场日期', '入场时间'],
  exitDate: ['退场日期', '退场时间', '离场日期', '离场时间'],
  status: ['在场状态', '状态', '人员状态'],
  highRiskPost: ['高危岗位', '高危岗位类别', '高危岗位从业人员'],
  insuranceMonths: ['失业保险缴费月数', '本市失业保险缴费月数', '失业保险月数', '失业保险缴费', '参保月数'],
  apprenticeLevel: ['学徒等级', '新型学徒制等级', '学徒制等级', '学徒水平'],
  apprenticeFrom: ['学徒开始日期', '学徒制开始日期', '学徒起始日期'],
  apprenticeTo: ['学徒结束日期', '学徒制结束日期', '学徒截止日期'],
};

/** Headers recognised and deliberately not imported: sex and birth date come from the ID number. */
const IGNORED = ['性别', '出生日期', '出生年月', '出生年份', '年龄', '序号', '编号', '备注', '照片', '民族', '工牌号', '工牌'];

export function normalizeHeader(h: string): string {
  return h
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s*＊※:：]/g, '')
    .toLowerCase();
}

const EXACT = new Map<string, Exclude<ImportField, 'ignore'>>();
for (const [field, names] of Object.entries(HEADER_ALIASES) as [Exclude<ImportField, 'ignore'>, string[]][]) {
  for (const n of names) EXACT.set(normalizeHeader(n), field);
}

/** The field a header names, 'ignore' for a known column we do not import, null when unknown. */
export function matchHeader(raw: string): ImportField | null {
  const h = normalizeHeader(raw);
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  if (IGNORED.some((i) => h === i)) return 'ignore';
  // '工人姓名（必填）', '身份证号码18位': the longest alias the header contains, if it is short.
  if (h.length > 12) return null;
  let best: { field: Exclude<ImportField, 'ignore'>; len: number } | null = null;
  for (const [alias, field] of EXACT) {
    if (alias.length >= 2 && h.includes(alias) && (!best || alias.length > best.len)) best = { field, len: alias.length };
  }
  if (best) return best.field;
  return IGNORED.some((i) => h.includes(i)) ? 'ignore' : null;
}

const textOf = (c: Cell | undefined) => (typeof c === 'string' ? c : c === null || c === undefined ? '' : String(c));

export interface HeaderMapping {
  /** Index into the table's rows. */
  index: number;
  columns: { index: number; header: string; field: ImportField }[];
}

/** The header row: among the first 10, the one naming the most distinct known fields (at least 2). */
export function findHeader(rows: TableRow[]): HeaderMapping | null {
  let best: HeaderMapping | null = null;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = rows[i]!.cells;
    const fields = new Set<ImportField>();
    const columns: HeaderMapping['columns'] = [];
    const used = new Set<ImportField>();
    cells.forEach((c, index) => {
      const header = textOf(c).trim();
      let field = matchHeader(header) ?? 'ignore';
      if (field !== 'ignore' && used.has(field)) field = 'ignore';
      if (field !== 'ignore') used.add(field);
      if (matchHeader(header)) fields.add(matchHeader(header)!);
      columns.push({ index, header, field });
    });
    const score = [...fields].filter((f) => f !== 'ignore').length;
    if (score > bestScore) {
      best = { index: i, columns };
      bestScore = score;
    }
  }
  return best;
}

const IMPORT_FIELDS: readonly ImportField[] = [...(Object.keys(HEADER_ALIASES) as ImportField[]), 'ignore'];

/**
 * The columns as found by their headers, then as the person mapped them by hand: a field mapped to a
 * column leaves any other column it was found in.
 */
export function mappedColumns(found: HeaderMapping['columns'], mapping: Record<string, string> | undefined, rows: readonly TableRow[]): HeaderMapping['columns'] {
  const columns = found.map((c) => ({ ...c }));
  if (!mapping) return columns;
  const width = Math.max(...rows.slice(0, 50).map((r) => r.cells.length));
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (!IMPORT_FIELDS.includes(field as ImportField) || index >= width) {
      throw new ImportFileError('import.bad_mapping', { column: index + 1, field });
    }
    for (const c of columns) if (c.field === field && field !== 'ignore') c.field = 'ignore';
    const col = columns.find((c) => c.index === index);
    if (col) col.field = field as ImportField;
    else columns.push({ index, header: '', field: field as ImportField });
  }
  return columns;
}
