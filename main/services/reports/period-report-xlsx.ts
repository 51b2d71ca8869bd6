import type { AnnualReport, FigureRow, PeriodReport, PlanProgressRow } from '../../../shared/contract/report-types';
import { FIVE_HAVES_ZH, STATION_STATE_ZH } from '../../../shared/domain/vocab';
import { writeForm, type FormSheet } from '../exports';

const KIND_ZH = { month: '月报', quarter: '季度汇总', year: '年度报告' } as const;
const SCOPE_ZH = { station: '本站', township: '乡镇', team: '班组' } as const;
const MANDARIN_ZH = { none: '不会', basic: '一般', fluent: '熟练', unknown: '未填' } as const;

const FIGURE_COLUMNS = (first: string) => [
  { header: first, width: 24 },
  { header: '培训场次', width: 10 },
  { header: '培训人次', width: 10 },
  { header: '培训人数', width: 10 },
  { header: '课时', width: 10 },
  { header: '累计学时（人·课时）', width: 16 },
];

const figureRow = (r: FigureRow) => [r.label, r.sessions, r.personTimes, r.distinctWorkers, r.classHours, r.creditedHours];

function periodText(r: PeriodReport): string {
  return r.kind === 'month' ? `${r.period.slice(0, 4)}年${Number(r.period.slice(5, 7))}月` : r.kind === 'quarter' ? `${r.period.slice(0, 4)}年第${r.period.slice(6)}季度` : `${r.period}年`;
}

function planSheet(name: string, title: string, rows: PlanProgressRow[]): FormSheet {
  return {
    name,
    title,
    above: ['完成数为职业技能培训（技能提升类及标注等级的培训）人次：种子文件000的目标是建筑工匠培训人次，安全教育、进场教育等不计入。'],
    columns: [
      { header: '范围', width: 8 },
      { header: '乡镇/班组', width: 14 },
      { header: '工种', width: 18 },
      { header: '年度目标（人次）', width: 14 },
      { header: '本期完成', width: 10 },
      { header: '年度累计完成', width: 12 },
      { header: '完成率（%）', width: 10 },
    ],
    rows: rows.map((p) => [
      SCOPE_ZH[p.scopeKind],
      p.scope + (p.yearTo > p.year ? `（${p.year}—${p.yearTo}年）` : ''),
      p.kind === 'broker' ? `${p.tradeName}（人）` : p.tradeName || '合计（人次）',
      p.target,
      p.donePeriod,
      p.doneYearToDate,
      p.percent,
    ]),
  };
}

/** The report's sheets: summary, one per breakdown, plan progress, and the sessions behind every figure. */
export function periodSheets(r: PeriodReport): FormSheet[] {
  const head = `${r.stationName} ${periodText(r)}培训${KIND_ZH[r.kind]}`;
  const above = [`统计期间：${r.from} 至 ${r.to}（以培训开始时间计，仅含已结束的培训）`];
  const breakdown = (name: string, first: string, rows: FigureRow[]): FormSheet => ({
    name,
    title: `${head}（${name}）`,
    above,
    columns: FIGURE_COLUMNS(first),
    rows: [...rows.map(figureRow), figureRow(r.totals)],
  });
  return [
    {
      name: '总体情况',
      title: head,
      above,
      columns: [
        { header: '项目', width: 30 },
        { header: '数值', width: 16 },
      ],
      rows: [
        ['培训场次', r.totals.sessions],
        ['培训人次', r.totals.personTimes],
        ['培训人数（去重）', r.totals.distinctWorkers],
        ['课时', r.totals.classHours],
        ['累计学时（人·课时）', r.totals.creditedHours],
        ['新登记工人', r.newWorkers],
        ['取得证书', r.certificates.count],
        ['职业技能培训人次（注1）', r.advanced.skillsPersonTimes],
        ['其中有等级的培训人次', r.advanced.leveledPersonTimes],
        ['高级工及以上培训人次', r.advanced.advancedPersonTimes],
        ['高级工及以上占比（%）（注1）', r.advanced.percent],
        ['高级工及以上占比目标（%）', `不低于${r.advanced.target}`],
        ['参加职业技能培训人数（注2）', r.certificateRate.trainees],
        ['其中持职业技能等级证书人数', r.certificateRate.withCertificate],
        ['取证率（%）（注2）', r.certificateRate.percent],
        ['取证率目标（%）', `不低于${r.certificateRate.target}`],
        ['国家通用语言培训人次', r.language.figures.personTimes],
        ['国家通用语言培训人数', r.language.figures.distinctWorkers],
        ...r.language.byMandarinLevel.map((m) => [`　其中国语水平：${MANDARIN_ZH[m.level]}（人）`, m.workers]),
      ],
      below: [
        `注1：种子文件003第三部分第3条“其中每年开展高级工及以上层次培训不少于30%”，“其中”指所开展的职业技能培训，故以职业技能培训（技能提升类及标明等级的培训）人次为分母，未标等级的技能培训也计入分母；仅以标明等级的培训人次为分母会把非等级技能培训排除在外，使占比偏高。`,
        `注2：种子文件003第三部分第11条“毕业生职业等级证书取证率不低于70%”，本站按本期参加职业技能培训的人员计算：期末前持有职业技能等级证书的人数÷参加人数。`,
      ],
    },
    breakdown('按内容类别', '内容类别', r.byCategory),
    breakdown('按工种', '工种', r.byTrade),
    breakdown('按教员', '教员', r.byTrainer),
    breakdown('按班组', '班组', r.byTeam),
    breakdown('按乡镇', '乡镇', r.byTownship),
    breakdown('按培训类型', '全国平台培训类型', r.byNationalType),
    planSheet('计划完成情况', `${head}（计划完成情况）`, r.plan),
    {
      name: '培训场次明细',
      title: `${head}（培训场次明细）`,
      above,
      columns: [
        { header: '序号', width: 6 },
        { header: '开始时间', width: 17 },
        { header: '结束时间', width: 17 },
        { header: '培训主题', width: 30 },
        { header: '内容类别', width: 12 },
        { header: '教员', width: 16 },
        { header: '课时', width: 8 },
        { header: '培训人次', width: 10 },
        { header: '场次编号', width: 34, text: true },
      ],
      rows: r.sessions.map((s, i) => [i + 1, s.startsAt.replace('T', ' '), s.endsAt.replace('T', ' '), s.title, s.categoryLabel, s.trainerNames.join('、'), s.classHours, s.personTimes, s.id]),
    },
  ].map((s) => ({ ...s, landscape: true }));
}

export function annualSheets(r: AnnualReport): FormSheet[] {
  const head = `${r.stationName} ${r.period}年度报告`;
  return [
    {
      name: '站点情况',
      title: `${head}（站点建设情况）`,
      columns: [
        { header: '项目', width: 20 },
        { header: '情况', width: 16 },
      ],
      rows: [['建设状况', STATION_STATE_ZH[r.stationState]], ...r.fiveHaves.map((f) => [FIVE_HAVES_ZH[f.key], f.met ? '已具备' : '未具备'])],
    },
    ...periodSheets(r),
    {
      name: '优秀教员',
      title: `${head}（教员培训成果）`,
      columns: [
        { header: '名次', width: 6 },
        { header: '教员', width: 14 },
        { header: '授课场次', width: 10 },
        { header: '授课课时', width: 10 },
        { header: '培训人次', width: 10 },
      ],
      rows: r.outstandingTrainers.map((t, i) => [i + 1, t.name, t.sessions, t.hoursTaught, t.attendees]),
    },
    {
      ...planSheet('下年度计划', `${head}（${Number(r.period) + 1}年度工作计划）`, r.nextYearPlan),
      above: [],
      // Blank lines the manager fills in by hand or in the file.
      rows: [...r.nextYearPlan.map((p) => [SCOPE_ZH[p.scopeKind], p.scope, p.tradeName || '合计（人次）', p.target, null, null, null]), ...Array.from({ length: 10 }, () => [null, null, null, null, null, null, null])],
    },
  ];
}

export const periodXlsx = (r: PeriodReport) => writeForm(periodSheets(r));
export const annualXlsx = (r: AnnualReport) => writeForm(annualSheets(r));
