import type { ApprenticeLevel, HighRiskPost, IdType, SkillLevel, WorkerStatus } from '../../../shared/domain/vocab';
import type { Language } from '../../../shared/i18n/languages';
import type { WorkerDetail, WorkerFields, WorkerListItem } from '../../../shared/contract/records';
import { checkIdNumber, reverseId } from '../../../shared/domain/id-number';
import { shownNumbers } from '../../../shared/domain/privacy';

/** A workers row as SQLite returns it (plus joined trade name and photo flag). */
export interface WorkerRow {
  id: string;
  station_id: string;
  name: string;
  id_type: IdType;
  id_number: string;
  id_rev: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  mobile: string;
  trade_id: string | null;
  skill_level: SkillLevel | null;
  employer: string;
  team: string;
  home_province: string;
  home_county: string;
  home_township: string;
  mandarin_level: 'none' | 'basic' | 'fluent' | null;
  trainee_group: number | null;
  language: Language;
  entry_date: string | null;
  exit_date: string | null;
  status: WorkerStatus;
  high_risk_post: HighRiskPost | null;
  insurance_months: number | null;
  apprentice_level: ApprenticeLevel | null;
  apprentice_from: string | null;
  apprentice_to: string | null;
  badge_code: string;
  archived_at: string | null;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
  trade_name: string | null;
  has_photo: number;
}

/** The SELECT list every read uses: the row, its trade's name and whether it has a photo. */
export const WORKER_SELECT = `
  SELECT w.*, t.name AS trade_name,
         EXISTS (SELECT 1 FROM worker_photos p WHERE p.worker_id = w.id) AS has_photo
  FROM workers w LEFT JOIN trades t ON t.id = w.trade_id`;

/** Editable fields and their columns (sex, birth date and the reversed forms are derived). */
export const FIELD_COLUMNS = [
  ['name', 'name'],
  ['idType', 'id_type'],
  ['idNumber', 'id_number'],
  ['mobile', 'mobile'],
  ['tradeId', 'trade_id'],
  ['skillLevel', 'skill_level'],
  ['employer', 'employer'],
  ['team', 'team'],
  ['homeProvince', 'home_province'],
  ['homeCounty', 'home_county'],
  ['homeTownship', 'home_township'],
  ['mandarinLevel', 'mandarin_level'],
  ['traineeGroup', 'trainee_group'],
  ['language', 'language'],
  ['entryDate', 'entry_date'],
  ['exitDate', 'exit_date'],
  ['status', 'status'],
  ['highRiskPost', 'high_risk_post'],
  ['insuranceMonths', 'insurance_months'],
  ['apprenticeLevel', 'apprentice_level'],
  ['apprenticeFrom', 'apprentice_from'],
  ['apprenticeTo', 'apprentice_to'],
] as const satisfies readonly (readonly [keyof WorkerFields, keyof WorkerRow])[];

export type FieldName = keyof WorkerFields;

export function fieldsOf(r: WorkerRow): WorkerFields {
  return {
    name: r.name,
    idType: r.id_type,
    idNumber: r.id_number,
    mobile: r.mobile,
    tradeId: r.trade_id,
    skillLevel: r.skill_level,
    employer: r.employer,
    team: r.team,
    homeProvince: r.home_province,
    homeCounty: r.home_county,
    homeTownship: r.home_township,
    mandarinLevel: r.mandarin_level,
    traineeGroup: r.trainee_group,
    language: r.language,
    entryDate: r.entry_date,
    exitDate: r.exit_date,
    status: r.status,
    highRiskPost: r.high_risk_post,
    insuranceMonths: r.insurance_months,
    apprenticeLevel: r.apprentice_level,
    apprenticeFrom: r.apprentice_from,
    apprenticeTo: r.apprentice_to,
  };
}

const shown = (r: WorkerRow, revealed: boolean) =>
  shownNumbers({ idNumber: r.id_number, idType: r.id_type, mobile: r.mobile, birthDate: r.birth_date }, revealed);

/**
 * A worker as a screen sees it: ID number, mobile and birth date masked by the one rule in
 * shared/domain/privacy unless `revealed` (an admin's recorded reveal).
 */
export function toDetail(r: WorkerRow, revealed = false): WorkerDetail {
  const s = shown(r, revealed);
  return {
    ...fieldsOf(r),
    id: r.id,
    stationId: r.station_id,
    idNumber: s.idNumber,
    idRevealed: revealed,
    idMasked: s.idMasked,
    mobile: s.mobile,
    mobileMasked: s.mobileMasked,
    sex: r.sex,
    birthDate: s.birthDate,
    birthYear: s.birthYear,
    tradeName: r.trade_name,
    badgeCode: r.badge_code,
    hasPhoto: r.has_photo === 1,
    archivedAt: r.archived_at,
    mergedInto: r.merged_into,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toListItem(r: WorkerRow): WorkerListItem {
  const s = shown(r, false);
  return {
    id: r.id,
    name: r.name,
    idMasked: s.idMasked,
    idType: r.id_type,
    sex: r.sex,
    birthYear: s.birthYear,
    mobile: s.mobileMasked,
    tradeId: r.trade_id,
    tradeName: r.trade_name,
    skillLevel: r.skill_level,
    team: r.team,
    employer: r.employer,
    status: r.status,
    badgeCode: r.badge_code,
    hasPhoto: r.has_photo === 1,
    archived: r.archived_at !== null,
  };
}

/** A worker as written to the database: fields checked and normalised, derived values filled in. */
export interface WorkerRecord extends WorkerFields {
  idRev: string;
  mobileRev: string;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
}

export interface FieldProblem {
  field: FieldName;
  /** i18n key: `idcheck.<reason>` or `import.<reason>`. */
  reason: string;
  params?: Record<string, string | number>;
}

/**
 * The rules beyond the schema, shared by workers.create/update and the import: the ID number
 * (normalised, sex and birth date derived), the trade belonging to the station, exit after entry.
 */
export function checkRecord(
  fields: WorkerFields,
  today: string,
  tradeExists: (tradeId: string) => boolean,
): { ok: true; record: WorkerRecord } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = checkIdNumber(fields.idType, fields.idNumber, today);
  if (!id.valid) problems.push({ field: 'idNumber', reason: `idcheck.${id.reason}` });
  if (fields.tradeId !== null && !tradeExists(fields.tradeId)) problems.push({ field: 'tradeId', reason: 'import.unknown_trade_id' });
  if (fields.entryDate && fields.exitDate && fields.exitDate < fields.entryDate) {
    problems.push({ field: 'exitDate', reason: 'import.exit_before_entry' });
  }
  if (fields.apprenticeFrom && fields.apprenticeTo && fields.apprenticeTo < fields.apprenticeFrom) {
    problems.push({ field: 'apprenticeTo', reason: 'import.apprentice_end_before_start' });
  }
  // A level without its start pays nothing and says nothing: ask for the start (002 (九) pays per year).
  if (fields.apprenticeLevel && !fields.apprenticeFrom) problems.push({ field: 'apprenticeFrom', reason: 'import.apprentice_start_missing' });
  if (problems.length || !id.normalized) return { ok: false, problems };
  return {
    ok: true,
    record: {
      ...fields,
      idNumber: id.normalized,
      idRev: reverseId(id.normalized),
      mobileRev: reverseId(fields.mobile),
      sex: id.sex,
      birthDate: id.birthDate,
    },
  };
}

/**
 * What the audit log keeps of a worker: the masked view (masked ID and mobile, birth year), never the
 * full ID number, mobile or birth date, whatever `d` holds.
 */
export function auditSnapshot(d: WorkerDetail): Record<string, unknown> {
  const { idNumber: _full, idRevealed: _r, mobile: _m, mobileMasked, birthDate: _b, ...rest } = d;
  return { ...rest, mobile: mobileMasked };
}

/** Parameters for INSERT/UPDATE, in FIELD_COLUMNS order followed by the derived columns. */
export function recordParams(r: WorkerRecord): (string | number | null)[] {
  return [
    ...FIELD_COLUMNS.map(([f]) => r[f]),
    r.idRev,
    r.mobileRev,
    r.sex,
    r.birthDate,
  ];
}

export const RECORD_COLUMNS = [...FIELD_COLUMNS.map(([, c]) => c), 'id_rev', 'mobile_rev', 'sex', 'birth_date'];

/** Each new worker takes the next number (workers.seq, migration 016), which reports count by. */
export const INSERT_WORKER_SQL = `INSERT INTO workers (id, station_id, ${RECORD_COLUMNS.join(', ')}, badge_code, created_at, updated_at, seq)
  VALUES (?, ?, ${RECORD_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, (SELECT ifnull(max(seq), 0) + 1 FROM workers))`;

export const UPDATE_WORKER_SQL = `UPDATE workers SET ${RECORD_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

/** True when the record would change any of the given fields of the stored row. */
export function differs(row: WorkerRow, rec: WorkerRecord, only?: readonly FieldName[]): boolean {
  const stored = fieldsOf(row);
  const names = only ?? FIELD_COLUMNS.map(([f]) => f);
  return names.some((f) => stored[f] !== rec[f]);
}
