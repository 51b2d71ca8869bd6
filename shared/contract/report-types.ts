import type { NationalTrainingType, SkillLevel, StationState } from '../domain/vocab';
import type { FiveHavesItem } from './records';
import type { RuleSource, SubsidyKind } from './subsidy-rules';

/** One row of seed 004's status table (the print view lays these out on paper). */
export interface StatusTableRow {
  serial: number;
  stationId: string;
  enterprise: string;
  address: string;
  contactName: string;
  contactUnitTitle: string;
  contactMobile: string;
  state: StationState;
  /** 已建 / 在建 / 拟建, as the form writes it. */
  stateZh: string;
}

export interface StatusTable {
  /** The filer's unit written into the title's blank (江门市, 尉犁县, a company); '' leaves the blank. */
  cityOrUnit: string;
  /** The station has not said its administrative level, so the title's blank is left for the pen. */
  unitMissing: boolean;
  title: string;
  reportingUnit: string;
  rows: StatusTableRow[];
  filler: { name: string; fixedPhone: string; mobile: string };
  notes: string[];
}

/**
 * One figure group of a period report. `sessionIndexes` are the sessions behind the figures (positions
 * in the report's `sessions`), so every number can be traced to its sign-in sheets. Positions rather
 * than ids: a busy month's thousands of sessions, listed under each of dozens of teams and trades, came
 * to ten megabytes of ids on screen.
 */
export interface Figures {
  sessions: number;
  personTimes: number;
  distinctWorkers: number;
  /** Class hours of the sessions held (each session once). */
  classHours: number;
  /** Class hours credited to attendees, summed (person-hours). */
  creditedHours: number;
}

export interface FigureRow extends Figures {
  key: string;
  label: string;
  sessionIndexes: number[];
}

export interface PlanProgressRow {
  planId: string;
  kind: PlanKind;
  year: number;
  yearTo: number;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  tradeId: string | null;
  /** '' is the total (人次) column. */
  tradeName: string;
  target: number;
  donePeriod: number;
  doneYearToDate: number;
  /** Year-to-date share of the target, 0-100 with one decimal; null when the target is 0. */
  percent: number | null;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface PeriodReport {
  stationId: string;
  stationName: string;
  kind: PeriodKind;
  /** '2026-03', '2026-Q1' or '2026'. */
  period: string;
  /** Station wall-clock dates, inclusive. */
  from: string;
  to: string;
  totals: FigureRow;
  byCategory: FigureRow[];
  byTrade: FigureRow[];
  byTrainer: FigureRow[];
  byTeam: FigureRow[];
  /** By the worker's home township (seed 000 plans by township). */
  byTownship: FigureRow[];
  /** By the national platform's training type code (003001-003004); key '' for sessions without one. */
  byNationalType: FigureRow[];
  newWorkers: number;
  certificates: { count: number; certificateIds: string[] };
  /**
   * Seed 003 三、3: 高级工及以上层次培训不少于30% of the 职业技能培训 done: person-times in sessions at
   * 高级工 or above, of person-times in vocational-skills sessions (技能提升, or any session carrying a
   * level). `leveledPersonTimes` is the part of those with a level.
   */
  advanced: { advancedPersonTimes: number; leveledPersonTimes: number; skillsPersonTimes: number; percent: number | null; target: number };
  /**
   * Seed 003 三、11's 取证率不低于70%, applied to the station's trainees: of the people who attended
   * vocational-skills training in the period, those holding a skill-level certificate by its end.
   */
  certificateRate: { trainees: number; withCertificate: number; percent: number | null; target: number };
  /** 国家通用语言 training (seed 000 国语水平, seed 001 五(二)): its figures and its people's Mandarin level. */
  language: { figures: FigureRow; byMandarinLevel: { level: 'none' | 'basic' | 'fluent' | 'unknown'; workers: number }[] };
  plan: PlanProgressRow[];
  sessions: ReportSession[];
}

/** A session behind the report, as listed on its detail sheet. */
export interface ReportSession {
  id: string;
  startsAt: string;
  endsAt: string;
  title: string;
  category: string;
  categoryLabel: string;
  trainerNames: string[];
  classHours: number;
  personTimes: number;
}

export interface TrainerOutput {
  trainerId: string;
  name: string;
  sessions: number;
  hoursTaught: number;
  attendees: number;
  sessionIds: string[];
}

export interface AnnualReport extends PeriodReport {
  stationState: StationState;
  fiveHaves: FiveHavesItem[];
  outstandingTrainers: TrainerOutput[];
  /** Left for the manager to fill in (seed 004 asks for next year's plan before year end). */
  nextYearPlan: PlanProgressRow[];
}

export interface SignInSheetRow {
  serial: number;
  attendanceId: string;
  workerId: string;
  name: string;
  idMasked: string;
  team: string;
  tradeName: string | null;
  /** 'HH:MM' station time, or '' when not signed. */
  signedIn: string;
  signedOut: string;
  status: 'present' | 'excused' | 'voided';
  late: boolean;
  creditedHours: number | null;
}

export interface SignInSheet {
  sessionId: string;
  stationName: string;
  title: string;
  categoryLabel: string;
  nationalType: NationalTrainingType | null;
  startsAt: string;
  endsAt: string;
  location: string;
  trainerNames: string[];
  classHours: number;
  state: string;
  rows: SignInSheetRow[];
  /** Empty lines for hand additions on paper. */
  blankRows: number;
  /** The hash at the tip of the session's attendance chain; null when nobody signed. */
  fingerprint: string | null;
}

export interface Certificate {
  id: string;
  workerId: string;
  kind: 'skill_level' | 'special_operation' | 'safety' | 'other';
  tradeId: string | null;
  tradeName: string | null;
  level: SkillLevel | null;
  number: string;
  issuedOn: string;
  issuer: string;
  createdAt: string;
}

export interface WorkerRecord {
  workerId: string;
  name: string;
  idMasked: string;
  tradeName: string | null;
  team: string;
  employer: string;
  /** Archived records merged into this one contribute their sessions too. */
  mergedFrom: string[];
  sessions: {
    sessionId: string;
    startsAt: string;
    title: string;
    /** The content category's code (screens translate it); categoryLabel is the station's Chinese label. */
    category: string;
    categoryLabel: string;
    status: 'present' | 'excused' | 'voided';
    /** Signed in after the session's start plus the late margin: printed 出席（迟到）, as on the sign-in sheet. */
    late: boolean;
    signedIn: string;
    creditedHours: number | null;
  }[];
  hoursByYear: { year: number; category: string; categoryLabel: string; hours: number }[];
  totalHours: number;
  certificates: Certificate[];
  payments: SubsidyPayment[];
}

export interface SubsidyItem {
  workerId: string;
  name: string;
  idMasked: string;
  rule: string;
  ruleZh: string;
  /** Which of seed 001 五(二)'s yearly allowances it uses. */
  kind: SubsidyKind;
  /** The clause applied, as the bureau cites it: seed and clause (`002 五（九）`). */
  clauseZh: string;
  tradeId: string | null;
  tradeName: string | null;
  level: SkillLevel | null;
  amountYuan: number;
  /** The seed's amount is a ceiling (不超过): the bureau may pay less. */
  upTo: boolean;
  /** Why this person qualifies, in the form's Chinese (hours against the threshold, or the certificate). */
  reasonZh: string;
  /** What the reason rests on: sessions (class-hour rules) or a certificate. */
  sessionIds: string[];
  certificateId: string | null;
}

/** Why someone who meets a rule's hours (or holds its certificate) is not paid. */
export const SUBSIDY_EXCLUSIONS = [
  'cap',
  'kind_used',
  'already_granted',
  'pass_not_recorded',
  'pass_failed',
  'not_high_risk_post',
  'trade_not_in_fields',
  'no_trade',
  'not_new_hire',
  'certificate_too_early',
  'insurance_short',
  'no_amount',
] as const;
export type SubsidyExclusion = (typeof SUBSIDY_EXCLUSIONS)[number];

export interface ExcludedSubsidyItem extends Omit<SubsidyItem, 'amountYuan'> {
  /** What the line would pay; null where the rule has no amount. */
  amountYuan: number | null;
  excludedBecause: SubsidyExclusion;
}

/** One rule as the list applied it: its clause word for word, and what it gave. */
export interface SubsidyRuleSummary {
  code: string;
  nameZh: string;
  kind: SubsidyKind;
  enabled: boolean;
  source: RuleSource;
  clauseZh: string;
  /** The amount as the form states it (`每人400元`, `不超过1000元`, by level, or 未定). */
  amountZh: string;
  items: number;
  excluded: number;
  totalYuan: number;
}

export interface SubsidyList {
  stationId: string;
  year: number;
  items: SubsidyItem[];
  /** Met a rule's hours or holds its certificate, and not paid: each with the reason. */
  excluded: ExcludedSubsidyItem[];
  totalYuan: number;
  rules: SubsidyRuleSummary[];
  /** The yearly cap's clause (seed 001 五(二)) and the cap as applied. */
  cap: { source: RuleSource; clauseZh: string; maxPerYear: number; onePerKind: boolean; oncePerOccupationLevel: boolean };
}

export interface SubsidyPayment {
  id: string;
  workerId: string;
  year: number;
  kind: string;
  tradeId: string | null;
  level: string | null;
  amountYuan: number;
  paidOn: string | null;
  importedAt: string;
}

/** A plan target: per trade, the total (人次), or one that is not a trade (seed 000: 培育建筑劳务经纪人). */
export type PlanKind = 'trade' | 'total' | 'broker';

export interface PlanEntry {
  id: string;
  year: number;
  /** The last year a target spans (seed 000 附件2 gives 2023-2025 together); `year` for one year. */
  yearTo: number;
  kind: PlanKind;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  tradeId: string | null;
  tradeName: string;
  target: number;
}

/** A cell the import refused or noted, with an i18n reason key under `reports.import.`. */
export interface ReportImportIssue {
  row: number;
  column: string | null;
  reason: string;
  params?: Record<string, string | number>;
}

export interface PlanImportResult {
  dryRun: boolean;
  /** The first table's layout. */
  layout: 'by_year' | 'by_township';
  entries: number;
  /** Every table found, each by its sheet and title row. */
  tables: { sheet: string | null; title: string; layout: 'by_year' | 'by_township'; year: number; yearTo: number; entries: number }[];
  issues: ReportImportIssue[];
  notes: ReportImportIssue[];
}

export interface PaymentImportResult {
  dryRun: boolean;
  imported: number;
  issues: ReportImportIssue[];
}

export interface Dashboard {
  stationId: string;
  year: number;
  perMonth: { month: string; sessions: number; personTimes: number }[];
  hoursByCategory: { category: string; label: string; classHours: number; creditedHours: number }[];
  plan: PlanProgressRow[];
  trainers: TrainerOutput[];
}
