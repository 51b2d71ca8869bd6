import type { Language } from '../i18n/languages';
import type { SubsidyRules } from './subsidy-rules';
import type { AdminLevel, ApprenticeLevel, HighRiskPost, IdType, NationalTrainingType, SessionState, SkillLevel, StationState, WorkerStatus, FiveHave } from '../domain/vocab';

/** The station as seed 004's status table and the five-haves panel need it. */
export interface StationProfile {
  id: string;
  name: string;
  enterprise: string;
  address: string;
  contactName: string;
  contactUnitTitle: string;
  contactMobile: string;
  fixedPhone: string;
  state: StationState;
  city: string;
  adminLevel: AdminLevel | null;
  district: string;
  township: string;
  areaM2: number | null;
  equipment: string[];
  equipmentNote: string;
  content: string[];
  funding: string[];
  fundingNote: string;
  trainerTeamNote: string;
  openedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FiveHavesItem {
  key: FiveHave;
  met: boolean;
  /** i18n keys with parameters saying why not (or what meets it). */
  reasons: { key: string; params?: Record<string, string | number> }[];
}

export interface StationSettings {
  /** Minutes that make one class hour (课时); seeds assume 45. */
  minutesPerClassHour: number;
  /** Sign-in opens this long before a session starts. */
  signInOpensMinutesBefore: number;
  /** A sign-in after start + this many minutes is marked late. */
  lateAfterMinutes: number;
  /** Whether workers scan again to sign out; otherwise the session's close signs everyone out. */
  signOutRequired: boolean;
  /** Present for at least this share of the session: full class hours; less: in proportion. */
  fullCreditShare: number;
  /** A second scan of the same worker within this many seconds is the same event. */
  repeatScanSeconds: number;
  /** Subsidy thresholds and amounts, the seeds' values unless the station changed them. */
  subsidyRules: SubsidyRules;
}

export interface Trade {
  id: string;
  serial: number | null;
  category: string;
  name: string;
  subsidyYuan: number | null;
  planning: boolean;
  active: boolean;
}

export interface VocabItem {
  code: string;
  /** Built-in items are labelled through i18n (`<list>.<code>`); station-added ones carry their label. */
  label: string | null;
  builtin: boolean;
}

export interface Vocabulary {
  contentCategories: VocabItem[];
  trainerKinds: VocabItem[];
}

/** The fields a person fills in for a worker; sex and birth date are derived from the ID number. */
export interface WorkerFields {
  name: string;
  idType: IdType;
  idNumber: string;
  mobile: string;
  tradeId: string | null;
  skillLevel: SkillLevel | null;
  employer: string;
  team: string;
  homeProvince: string;
  homeCounty: string;
  homeTownship: string;
  mandarinLevel: 'none' | 'basic' | 'fluent' | null;
  traineeGroup: number | null;
  language: Language;
  entryDate: string | null;
  exitDate: string | null;
  status: WorkerStatus;
  highRiskPost: HighRiskPost | null;
  insuranceMonths: number | null;
  apprenticeLevel: ApprenticeLevel | null;
  apprenticeFrom: string | null;
  apprenticeTo: string | null;
}

export interface WorkerListItem {
  id: string;
  name: string;
  /** Always masked in lists: 110105********002X. */
  idMasked: string;
  idType: IdType;
  sex: 'M' | 'F' | null;
  /** Only the year beside a masked ID (shared/domain/privacy): the full date would rebuild the number. */
  birthYear: number | null;
  /** Always masked in lists: 138****8000. */
  mobile: string;
  tradeId: string | null;
  tradeName: string | null;
  skillLevel: SkillLevel | null;
  team: string;
  employer: string;
  status: WorkerStatus;
  badgeCode: string;
  hasPhoto: boolean;
  archived: boolean;
}

export interface WorkerDetail extends Omit<WorkerFields, 'idNumber'> {
  id: string;
  stationId: string;
  /** Masked unless an admin asked to reveal it (and that was recorded). */
  idNumber: string;
  /** Whether the admin's recorded reveal was asked for: then idNumber, mobile and birthDate are full. */
  idRevealed: boolean;
  idMasked: string;
  /** The mobile as the roster shows it (138****8000); `mobile` is this too unless revealed. */
  mobileMasked: string;
  sex: 'M' | 'F' | null;
  /** Null unless revealed: beside a masked ID it would rebuild the hidden digits (shared/domain/privacy). */
  birthDate: string | null;
  birthYear: number | null;
  tradeName: string | null;
  badgeCode: string;
  hasPhoto: boolean;
  archivedAt: string | null;
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  rows: T[];
  /** Matching rows; capped for very broad searches, see `totalCapped`. */
  total: number;
  totalCapped: boolean;
  offset: number;
}

export interface IdCheck {
  valid: boolean;
  normalized: string | null;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  /** Why not valid, as an i18n key under `idcheck.`. */
  reason: string | null;
}

export interface BadgeCard {
  workerId: string;
  name: string;
  tradeName: string | null;
  team: string;
  employer: string;
  badgeCode: string;
  photoDataUrl: string | null;
}

/** A refused row, cell by cell, in terms a trainer understands (translated by `reason` key). */
export interface ImportIssue {
  row: number;
  column: string | null;
  reason: string;
  params?: Record<string, string | number>;
}

export type ImportField = keyof WorkerFields | 'tradeName' | 'ignore';

export interface ImportChange {
  row: number;
  kind: 'add' | 'update';
  name: string;
  idMasked: string;
  /** Updates only: the fields that change. Numbers masked, a trade by its name. */
  fields: { field: string; before: string | number | null; after: string | number | null }[];
}

export interface ImportPreview {
  previewId: string;
  fileName: string;
  sheet: string | null;
  headerRow: number;
  /** Column headers as found, and the field each is mapped to. */
  columns: { index: number; header: string; field: ImportField }[];
  counts: { rows: number; add: number; update: number; unchanged: number; refused: number };
  /** What each addition and update would write (updates field by field: old → new); up to 2,000 rows. */
  changes: ImportChange[];
  refused: ImportIssue[];
  /** Non-fatal notes: hidden sheets skipped, merged cells filled, formulas read as their values. */
  notes: ImportIssue[];
  expiresAt: string;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** An export: the host turns it into a save dialog (desktop) or a download (browser). */
export interface ExportFile {
  fileName: string;
  mime: string;
  base64: string;
}

export interface Trainer {
  id: string;
  name: string;
  kind: string;
  specialty: string;
  tradeIds: string[];
  unit: string;
  title: string;
  phone: string;
  qualifications: string;
  certificates: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type Audience =
  | { kind: 'all' }
  | { kind: 'team'; value: string }
  | { kind: 'trade'; value: string }
  | { kind: 'new_since'; value: string };

export interface SessionFields {
  title: string;
  category: string;
  nationalType: NationalTrainingType | null;
  skillLevel: SkillLevel | null;
  tradeIds: string[];
  trainerIds: string[];
  /** Station wall-clock time, 'YYYY-MM-DDTHH:MM'. */
  startsAt: string;
  endsAt: string;
  classHoursOverride: number | null;
  location: string;
  capacity: number | null;
  description: string;
  materials: string;
  audience: Audience;
  ackText: string | null;
  ackTextUg: string | null;
  ackTextEn: string | null;
}

export interface TrainingSession extends SessionFields {
  id: string;
  stationId: string;
  seriesId: string | null;
  minutesPerHour: number;
  /** Computed from the duration unless overridden. */
  classHours: number;
  state: SessionState;
  cancelReason: string | null;
  trainerNames: string[];
  createdAt: string;
  updatedAt: string;
}
