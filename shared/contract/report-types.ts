import type { NationalTrainingType, SkillLevel, StationState } from '../domain/vocab';
import type { FiveHavesItem } from './records';

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
  /** City or unit written into the title's blank ("____市（单位）"); '' leaves the blank. */
  cityOrUnit: string;
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
  newWorkers: number;
  certificates: { count: number; certificateIds: string[] };
  /** Seed 003: share of person-times in sessions at 高级工 or above among sessions that carry a level. */
  advanced: { advancedPersonTimes: number; leveledPersonTimes: number; percent: number | null };
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
    signedIn: string;
    late: boolean;
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
  tradeId: string | null;
  tradeName: string | null;
  level: SkillLevel | null;
  amountYuan: number;
  /** Why this person qualifies, in the form's Chinese (hours against the threshold, or the certificate). */
  reasonZh: string;
  /** What the reason rests on: sessions (class-hour rules) or a certificate. */
  sessionIds: string[];
  certificateId: string | null;
}

export interface SubsidyList {
  stationId: string;
  year: number;
  items: SubsidyItem[];
  /** Qualified but left off by the cap or the once-per-occupation-and-level rule. */
  excluded: (SubsidyItem & { excludedBecause: 'cap' | 'already_granted' })[];
  totalYuan: number;
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

export interface PlanEntry {
  id: string;
  year: number;
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
  layout: 'by_year' | 'by_township';
  entries: number;
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
