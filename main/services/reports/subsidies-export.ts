import type { SubsidyExclusion, SubsidyList } from '../../../shared/contract/report-types';
import { SUBSIDY_KIND_ZH } from '../../../shared/contract/subsidy-rules';
import { SKILL_LEVEL_ZH } from '../../../shared/domain/vocab';
import { csvBytes, writeForm, type CellValue } from '../exports';
import { amountZh } from './subsidies';

/** The subsidy list as the bureau receives it: .csv, or .xlsx with the rules and the people not paid. */
const HEADERS = ['序号', '姓名', '证件号码', '职业（工种）', '等级', '补贴项目', '补贴标准（元）', '依据条款', '符合条件说明'];

const EXCLUSION_ZH: Record<SubsidyExclusion, string> = {
  cap: '已达每人每年次数上限',
  kind_used: '本年已享受同类补贴',
  already_granted: '同一职业同一等级已享受',
  pass_not_recorded: '未记录考试合格',
  pass_failed: '考试不合格',
  not_high_risk_post: '非高危岗位从业人员',
  trade_not_in_fields: '工种不属于条款所列领域',
  no_trade: '未填职业（工种）',
  not_new_hire: '非一年内新招用员工',
  certificate_too_early: '证书取得时间早于条款规定',
  insurance_short: '本市失业保险缴费不足',
  no_amount: '条款未规定补贴金额',
};

const amountCell = (amount: number, upTo: boolean): CellValue => (upTo ? `不超过${amount}` : amount);

function listRows(list: SubsidyList): CellValue[][] {
  return list.items.map((i, n) => [n + 1, i.name, i.idMasked, i.tradeName ?? '', i.level ? SKILL_LEVEL_ZH[i.level] : '', i.ruleZh, amountCell(i.amountYuan, i.upTo), i.clauseZh, i.reasonZh]);
}

export function subsidyCsv(list: SubsidyList): Buffer {
  return csvBytes([HEADERS, ...listRows(list)]);
}

/**
 * The list for the HR bureau; the basis sheet naming the clause, sessions or certificate behind each
 * line; each rule's clause word for word with what it gave; and who met a rule and is not paid, why.
 */
export function subsidyXlsx(list: SubsidyList, stationName: string): Promise<Buffer> {
  const basis: CellValue[][] = [];
  list.items.forEach((i, n) => {
    basis.push([n + 1, i.name, i.ruleZh, i.clauseZh, '条款', '']);
    if (i.certificateId) basis.push([n + 1, i.name, i.ruleZh, i.clauseZh, '证书', i.certificateId]);
    for (const s of i.sessionIds) basis.push([n + 1, i.name, i.ruleZh, i.clauseZh, '培训场次', s]);
  });
  const capText = `每人每年不超过${list.cap.maxPerYear}次${list.cap.onePerKind ? '（每类各一次）' : ''}${list.cap.oncePerOccupationLevel ? '，同一职业同一等级不重复享受' : ''}`;
  return writeForm([
    {
      name: '补贴名单',
      title: `${stationName} ${list.year}年职业技能培训补贴申领名单`,
      columns: HEADERS.map((h, i) => ({ header: h, width: [6, 12, 22, 16, 10, 26, 12, 14, 48][i]!, text: i === 2 })),
      rows: listRows(list),
      below: [`合计：${list.items.length}人次，${list.totalYuan}元${list.items.some((i) => i.upTo) ? '（标“不超过”者按最高标准计）' : ''}`],
      landscape: true,
    },
    {
      name: '依据明细',
      title: `${stationName} ${list.year}年补贴名单依据明细`,
      columns: [
        { header: '名单序号', width: 8 },
        { header: '姓名', width: 12 },
        { header: '补贴项目', width: 26 },
        { header: '依据条款', width: 14 },
        { header: '依据类型', width: 10 },
        { header: '记录编号', width: 34, text: true },
      ],
      rows: basis,
      landscape: true,
    },
    {
      name: '补贴规则及条款',
      title: `${stationName} ${list.year}年补贴规则及所依据的条款原文`,
      columns: [
        { header: '补贴项目', width: 24 },
        { header: '补贴类别', width: 16 },
        { header: '补贴标准', width: 26 },
        { header: '文件', width: 36 },
        { header: '条款', width: 10 },
        { header: '条款原文', width: 70 },
        { header: '列入人次', width: 9 },
        { header: '未列入人次', width: 10 },
        { header: '金额合计（元）', width: 12 },
      ],
      rows: [
        ...list.rules.map((r): CellValue[] => [r.nameZh + (r.enabled ? '' : '（停用）'), SUBSIDY_KIND_ZH[r.kind], r.amountZh, r.source.document, r.source.clause, r.source.text, r.items, r.excluded, r.totalYuan]),
        ['次数上限', '', capText, list.cap.source.document, list.cap.source.clause, list.cap.source.text, '', '', ''],
      ],
      landscape: true,
    },
    {
      name: '未列入人员',
      title: `${stationName} ${list.year}年达到条款课时或持证但未列入名单的人员`,
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '证件号码', width: 22, text: true },
        { header: '职业（工种）', width: 16 },
        { header: '补贴项目', width: 26 },
        { header: '依据条款', width: 14 },
        { header: '未列入原因', width: 22 },
        { header: '情况说明', width: 48 },
      ],
      rows: list.excluded.map((i, n) => [n + 1, i.name, i.idMasked, i.tradeName ?? '', i.ruleZh, i.clauseZh, EXCLUSION_ZH[i.excludedBecause], i.reasonZh]),
      landscape: true,
    },
  ]);
}
