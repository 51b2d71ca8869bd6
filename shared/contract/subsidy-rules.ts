import { z } from 'zod';
import { CERTIFICATE_KINDS, CONTENT_CATEGORIES, HIGH_RISK_POSTS, NATIONAL_TRAINING_TYPES, SKILL_LEVELS } from '../domain/vocab';

/**
 * The subsidy rules as data, so a station can follow its own city's notice. Every rule carries the
 * sentence it applies, word for word, with the seed and clause it comes from: the list and its
 * spreadsheet show that sentence beside the money, and a rule whose amount no seed gives has none
 * until the station enters one.
 */

/** Where a rule comes from: the notice, its clause and the sentence itself (verbatim for the seeds). */
export const ruleSource = z
  .object({
    /** The seed file's number (000-004), or '' for a rule the station wrote from its own notice. */
    seed: z.string().regex(/^(\d{3})?$/),
    document: z.string().trim().min(1).max(120),
    clause: z.string().trim().min(1).max(40),
    text: z.string().trim().min(1).max(1000),
  })
  .strict();
export type RuleSource = z.infer<typeof ruleSource>;

/**
 * Seed 001 五(二) counts a person's subsidies a year by kind: one vocational-training subsidy, one
 * entrepreneurship-training subsidy, one national-common-language subsidy.
 */
export const SUBSIDY_KINDS = ['vocational', 'entrepreneurship', 'language'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];
export const SUBSIDY_KIND_ZH: Record<SubsidyKind, string> = { vocational: '职业培训补贴', entrepreneurship: '创业培训补贴', language: '国家通用语言培训补贴' };

/** What a rule counts: class hours in matching sessions, a certificate, or a year of apprenticeship. */
export const RULE_BASES = ['hours', 'certificate', 'apprenticeship'] as const;
export type RuleBasis = (typeof RULE_BASES)[number];

const code = z.string().regex(/^[a-z0-9_]{1,40}$/);
const yuan = z.number().int({ message: 'whole yuan' }).min(0, { message: 'not negative' }).max(100_000);

export const subsidyRule = z
  .object({
    code,
    /** The official Chinese name, used in the exported list. */
    nameZh: z.string().trim().min(1).max(50),
    enabled: z.boolean(),
    source: ruleSource,
    kind: z.enum(SUBSIDY_KINDS),
    basis: z.enum(RULE_BASES),
    /** hours: credited class hours in the year's closed sessions that match. */
    minHours: z.number().min(0).max(2000),
    /** hours: sessions of these content categories or national type codes (none: no session matches). */
    categories: z.array(code).max(50),
    nationalTypes: z.array(z.enum(NATIONAL_TRAINING_TYPES)).max(4),
    /** hours: 'yes' only sessions with a skill level, 'no' only without (非等级), 'any' both. */
    leveled: z.enum(['any', 'yes', 'no']),
    /** hours: only workers who entered within a year before their first counted session (001 三(一)1). */
    newHiresOnly: z.boolean(),
    /** certificate: the certificate kinds and levels it pays for (no levels: any level). */
    certificateKinds: z.array(z.enum(CERTIFICATE_KINDS)).max(4),
    levels: z.array(z.enum(SKILL_LEVELS)).max(7),
    /** certificate: obtained on or after this date (002 (十): 2019年1月1日以后取得). */
    issuedOnOrAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    /** Months of unemployment insurance paid in the city, at least (002 (十): 1年以上). */
    minInsuranceMonths: z.number().int().min(0).max(600).nullable(),
    /** Only these high-risk posts (null: any worker). */
    highRiskPosts: z.array(z.enum(HIGH_RISK_POSTS)).max(10).nullable(),
    /** Only workers whose trade is in these catalogue categories or has one of these names (null: any trade). */
    tradeCategories: z.array(z.string().trim().min(1).max(30)).max(40).nullable(),
    tradeNames: z.array(z.string().trim().min(1).max(100)).max(60),
    /** Paid only after the exam is passed (考试合格后). */
    requiresPass: z.boolean(),
    /** Certificates of these kinds issued in the year count as the pass (取得考核合格证书). */
    passCertificateKinds: z.array(z.enum(CERTIFICATE_KINDS)).max(4),
    /** Yuan per person; null where the seed names no amount (the station enters it). */
    yuan: yuan.nullable(),
    /** certificate / apprenticeship: the amount by level, where the seed sets one per level. */
    yuanByLevel: z.partialRecord(z.enum(SKILL_LEVELS), yuan),
    /** The seed's amount is a ceiling (不超过). */
    upTo: z.boolean(),
    /** apprenticeship: paid per year of the apprenticeship, at most this many years (培训期限1-3年). */
    maxYears: z.number().int().min(1).max(10).nullable(),
  })
  .strict();
export type SubsidyRule = z.infer<typeof subsidyRule>;

export const subsidyRules = z
  .object({
    rules: z.array(subsidyRule).max(30),
    /** Seed 001 五(二): at most 3 a year … */
    maxPerYear: z.number().int().min(1).max(20),
    /** … one of each kind … */
    onePerKind: z.boolean(),
    /** … and never twice for the same occupation and level. */
    oncePerOccupationLevel: z.boolean(),
    capSource: ruleSource,
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.rules.forEach((r, i) => {
      if (seen.has(r.code)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: 'duplicate rule code' });
      seen.add(r.code);
    });
  });
export type SubsidyRules = z.infer<typeof subsidyRules>;

const SEED_001 = '吐鲁番市职业技能提升行动实施方案（2019-2021年）（吐政办〔2019〕53号）';
const SEED_002 = '连云港市住房和城乡建设系统职业能力提升行动实施方案（2019―2021年）';

const safety = CONTENT_CATEGORIES[3];
const skills = CONTENT_CATEGORIES[1];
const language = CONTENT_CATEGORIES[5];

/** What a rule has unless it says otherwise. */
const blank = {
  enabled: true,
  kind: 'vocational',
  minHours: 0,
  categories: [],
  nationalTypes: [],
  leveled: 'any',
  newHiresOnly: false,
  certificateKinds: [],
  levels: [],
  issuedOnOrAfter: null,
  minInsuranceMonths: null,
  highRiskPosts: null,
  tradeCategories: null,
  tradeNames: [],
  requiresPass: false,
  passCertificateKinds: [],
  yuan: null,
  yuanByLevel: {},
  upTo: false,
  maxYears: null,
} as const satisfies Partial<SubsidyRule>;

/**
 * The fields 002 (十一) names (城市供水、排水、供热、建筑、燃气、园林绿化、环境卫生), as the catalogue's
 * categories (水处理 is supply and drainage, 城管 is sanitation) and the planning trades of seed 000
 * that have no catalogue entry. 物业服务人员 is in none of them.
 */
const CITY_OPERATION_CATEGORIES = ['建筑', '装配式建筑', '古典建筑', '建筑施工特种作业', '安全管理人员', '市政', '燃气', '园林', '水处理', '城管'];
const CITY_OPERATION_TRADES = ['建筑幕墙安装工', '环卫从业人员', '燃气从业人员', '水处理人员'];

/** The seeds' rules, each with its sentence word for word. */
export const DEFAULT_SUBSIDY_RULES: SubsidyRules = {
  rules: [
    {
      ...blank,
      code: 'high_risk_safety',
      nameZh: '高危岗位从业人员安全技能培训',
      source: {
        seed: '002',
        document: SEED_002,
        clause: '五（九）',
        text: '根据市职业技能提升相关文件要求在本市参加建筑施工安全生产管理人员、燃气经营企业从业人员等高危岗位从业人员培训和统一考核的，对取得考核合格证书人员，培训时间不少于24课时的，考试合格后按每人400元标准给予补贴。',
      },
      basis: 'hours',
      minHours: 24,
      categories: [safety],
      nationalTypes: ['003001'],
      highRiskPosts: ['safety_management', 'gas', 'special_operation', 'water_treatment'],
      requiresPass: true,
      passCertificateKinds: ['safety'],
      yuan: 400,
    },
    {
      ...blank,
      code: 'special_operation_certificate',
      nameZh: '建筑施工特种作业人员证',
      source: { seed: '002', document: SEED_002, clause: '五（九）', text: '建筑施工特种作业人员证的企业职工，按每人不超过1000元标准给予补贴。' },
      basis: 'certificate',
      certificateKinds: ['special_operation'],
      yuan: 1000,
      upTo: true,
    },
    {
      ...blank,
      code: 'apprenticeship',
      nameZh: '企业新型学徒制培训',
      source: {
        seed: '002',
        document: SEED_002,
        clause: '五（九）',
        text: '开展“招工即招生、入企即入校、企校双师联合培养”的新型学徒制培训，培训期限1-3年。按中级工水平每人每年4000元、高级工水平每人每年5000元、技师水平每人每年6000元、高级技师水平每人每年8000元标准给予补贴。',
      },
      basis: 'apprenticeship',
      yuanByLevel: { L4: 4000, L3: 5000, L2: 6000, L1: 8000 },
      maxYears: 3,
    },
    {
      ...blank,
      code: 'certificate',
      nameZh: '职业资格证书或职业技能等级证书（初级工、中级工、高级工）',
      source: {
        seed: '002',
        document: SEED_002,
        clause: '五（十）',
        text: '2019年1月1日以后取得初级工（专项能力证书）、中级工、高级工国家职业资格证书或职业技能等级证书，且在本市缴纳失业保险1年以上的企业职工，分别按照1000元、1500元、3000元标准给予补贴；',
      },
      basis: 'certificate',
      certificateKinds: ['skill_level'],
      levels: ['L5', 'L4', 'L3'],
      issuedOnOrAfter: '2019-01-01',
      minInsuranceMonths: 12,
      yuanByLevel: { L5: 1000, L4: 1500, L3: 3000 },
    },
    {
      ...blank,
      code: 'certificate_senior',
      nameZh: '职业资格证书或职业技能等级证书（技师、高级技师）',
      // The sentence after the semicolon repeats neither the 2019 date nor the insurance year;
      // a station whose bureau reads them as carried over sets them here.
      source: { seed: '002', document: SEED_002, clause: '五（十）', text: '取得技师、高级技师国家职业资格证书或职业技能等级证书，分别按照4500元、6000元标准给予补贴。' },
      basis: 'certificate',
      certificateKinds: ['skill_level'],
      levels: ['L2', 'L1'],
      yuanByLevel: { L2: 4500, L1: 6000 },
    },
    {
      ...blank,
      code: 'city_operation',
      nameZh: '城市运行保障重点领域非等级技能培训',
      source: {
        seed: '002',
        document: SEED_002,
        clause: '五（十一）',
        text: '城市供水、排水、供热、建筑、燃气、园林绿化、环境卫生等城市运行保障重点领域从业人员开展非等级技能培训，培训时间不少于40课时，考试合格后按每人500元标准给予补贴。',
      },
      basis: 'hours',
      minHours: 40,
      categories: [skills],
      nationalTypes: ['003004'],
      leveled: 'no',
      tradeCategories: CITY_OPERATION_CATEGORIES,
      tradeNames: CITY_OPERATION_TRADES,
      requiresPass: true,
      yuan: 500,
    },
    {
      ...blank,
      code: 'pre_job',
      nameZh: '新录用员工岗前培训',
      source: { seed: '001', document: SEED_001, clause: '三（一）1', text: '鼓励各类大中型企业和小微企业对一年内新招用员工以师傅带徒弟、集中培训、委托培训机构等形式,开展不少于80课时的岗前培训' },
      basis: 'hours',
      minHours: 80,
      nationalTypes: ['003002'],
      newHiresOnly: true,
    },
    {
      ...blank,
      code: 'on_job_upgrade',
      nameZh: '在岗职工技能提升培训',
      source: { seed: '001', document: SEED_001, clause: '三（一）2', text: '组织通过师傅带徒弟、委托培训机构培训、集中培训等形式开展不少于160课时技能提升培训' },
      basis: 'hours',
      minHours: 160,
      categories: [skills],
      nationalTypes: ['003004'],
      leveled: 'yes',
    },
    {
      ...blank,
      code: 'national_language',
      nameZh: '国家通用语言培训',
      kind: 'language',
      source: {
        seed: '001',
        document: SEED_001,
        clause: '五（二）',
        text: '符合条件的劳动力在吐鲁番参加培训后取得证书的,按规定给予职业培训补贴,原则上每人每年可享受不超过3次(一次职业培训补贴、一次创业培训补贴、一次国家通用语言培训补贴)',
      },
      basis: 'hours',
      categories: [language],
      requiresPass: true,
    },
    {
      ...blank,
      code: 'entrepreneurship',
      nameZh: '创业培训',
      kind: 'entrepreneurship',
      source: {
        seed: '001',
        document: SEED_001,
        clause: '五（二）',
        text: '符合条件的劳动力在吐鲁番参加培训后取得证书的,按规定给予职业培训补贴,原则上每人每年可享受不超过3次(一次职业培训补贴、一次创业培训补贴、一次国家通用语言培训补贴)',
      },
      basis: 'hours',
      requiresPass: true,
    },
  ],
  maxPerYear: 3,
  onePerKind: true,
  oncePerOccupationLevel: true,
  capSource: {
    seed: '001',
    document: SEED_001,
    clause: '五（二）',
    text: '原则上每人每年可享受不超过3次(一次职业培训补贴、一次创业培训补贴、一次国家通用语言培训补贴),同一职业同一等级不可重复享受。',
  },
};

/** A new rule the station adds from its own notice: pays nothing until it is filled in. */
export function blankRule(codeText: string): SubsidyRule {
  return { ...blank, code: codeText, nameZh: codeText, basis: 'hours', source: { seed: '', document: '—', clause: '—', text: '—' }, categories: [], nationalTypes: [], certificateKinds: [], levels: [], tradeNames: [], passCertificateKinds: [], yuanByLevel: {} };
}
