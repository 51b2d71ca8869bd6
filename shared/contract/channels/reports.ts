import { z } from 'zod';
import { channel } from '../define';
import { NATIONAL_TRAINING_TYPES, SKILL_LEVELS } from '../../domain/vocab';
import { base64, id, isoDate, text } from '../schemas';
import { MAX_IMPORT_BYTES } from './people';
import type { ExportFile } from '../records';
import type {
  AnnualReport,
  Certificate,
  Dashboard,
  PaymentImportResult,
  PeriodReport,
  PlanEntry,
  PlanImportResult,
  SignInSheet,
  StatusTable,
  SubsidyList,
  SubsidyPayment,
  WorkerRecord,
} from '../report-types';

const format = z.enum(['xlsx', 'csv']).default('xlsx');
/** Admin only; every export of personal data is recorded in the audit log either way. */
const fullIdNumbers = z.boolean().default(false);
const year = z.number().int().min(2000).max(2100);
const stationIds = z.array(id).max(500).optional();

/** A reporting period: '2026-03' (month), '2026-Q1' (quarter) or '2026' (year). */
export const periodInput = z
  .object({ stationId: id, kind: z.enum(['month', 'quarter', 'year']), period: z.string().max(10) })
  .strict()
  .superRefine((v, ctx) => {
    const re = { month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ }[v.kind];
    if (!re.test(v.period)) ctx.addIssue({ code: 'custom', path: ['period'], message: `not a ${v.kind}` });
  });

const fileInput = {
  fileName: text(200).pipe(z.string().min(1)),
  base64: base64(MAX_IMPORT_BYTES),
  dryRun: z.boolean().default(false),
};
const importBody = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;

export const certificateFields = z
  .object({
    kind: z.enum(['skill_level', 'special_operation', 'safety', 'other']),
    tradeId: id.nullable().default(null),
    level: z.enum(SKILL_LEVELS).nullable().default(null),
    number: text(50).default(''),
    issuedOn: isoDate,
    issuer: text(100).default(''),
  })
  .strict();

export const planTarget = z
  .object({
    stationId: id,
    year,
    scopeKind: z.enum(['station', 'township', 'team']).default('station'),
    scope: text(50).default(''),
    /** null: the total (人次) target. */
    tradeId: id.nullable().default(null),
    target: z.number().int().min(0).max(10_000_000),
  })
  .strict();

export const reportChannels = {
  'reports.statusTable': channel<StatusTable>()({ access: 'trainer', input: z.object({ stationIds }).strict() }),
  'reports.period': channel<PeriodReport>()({ access: 'trainer', input: periodInput }),
  'reports.annual': channel<AnnualReport>()({ access: 'trainer', input: z.object({ stationId: id, year }).strict() }),
  'reports.signInSheet': channel<SignInSheet>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),
  'reports.workerRecord': channel<WorkerRecord>()({ access: 'trainer', input: z.object({ workerId: id }).strict() }),
  'reports.subsidies': channel<SubsidyList>()({ access: 'trainer', input: z.object({ stationId: id, year }).strict() }),
  'reports.dashboard': channel<Dashboard>()({ access: 'trainer', input: z.object({ stationId: id, year }).strict() }),

  'exports.statusTable': channel<ExportFile>()({ access: 'trainer', input: z.object({ stationIds, format }).strict() }),
  /** The report as .xlsx (its tables do not fit one CSV). */
  'exports.periodReport': channel<ExportFile>()({ access: 'trainer', input: periodInput }),
  'exports.signInSheet': channel<ExportFile>()({
    access: 'trainer',
    input: z.object({ sessionId: id, format, fullIdNumbers }).strict(),
  }),
  'exports.workerRecord': channel<ExportFile>()({
    access: 'trainer',
    input: z.object({ workerId: id, format, fullIdNumbers }).strict(),
  }),
  'exports.subsidies': channel<ExportFile>()({
    access: 'trainer',
    input: z.object({ stationId: id, year, format, fullIdNumbers }).strict(),
  }),
  'exports.platform': channel<ExportFile>()({
    access: 'trainer',
    input: z
      .object({
        stationId: id,
        from: isoDate,
        to: isoDate,
        format,
        fullIdNumbers,
        /** The type code written for sessions that have none (the platform requires one); without it such sessions refuse the export. */
        defaultNationalType: z.enum(NATIONAL_TRAINING_TYPES).optional(),
      })
      .strict()
      .refine((v) => v.from <= v.to, { path: ['to'], message: 'before from' }),
  }),

  'certificates.list': channel<Certificate[]>()({ access: 'trainer', input: z.object({ workerId: id }).strict() }),
  'certificates.add': channel<Certificate>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ workerId: id, fields: certificateFields }).strict(),
  }),
  'certificates.delete': channel<{ deleted: true }>()({
    access: 'admin',
    mutates: true,
    input: z.object({ certificateId: id }).strict(),
  }),

  'plans.list': channel<PlanEntry[]>()({ access: 'trainer', input: z.object({ stationId: id, year }).strict() }),
  'plans.set': channel<PlanEntry>()({ access: 'admin', mutates: true, input: planTarget }),
  /**
   * Per-year targets from the multi-year ones (seed 000 附件2's 2023-2025), only when the station asks
   * and in the way it picks: 'even' (equal shares, the remainder to the earliest years) or
   * 'by_year_totals' (in proportion to the station's own 人次 total of each year, 附件1).
   */
  'plans.deriveYears': channel<{ entries: number }>()({
    access: 'admin',
    mutates: true,
    input: z
      .object({ stationId: id, year, yearTo: year, method: z.enum(['even', 'by_year_totals']) })
      .strict()
      .refine((v) => v.yearTo > v.year, { path: ['yearTo'], message: 'not after year' }),
  }),
  'plans.delete': channel<{ deleted: true }>()({ access: 'admin', mutates: true, input: z.object({ planId: id }).strict() }),
  'plans.import': channel<PlanImportResult>()({
    access: 'admin',
    mutates: true,
    maxBodyBytes: importBody,
    /**
     * `year` is used for a per-township table whose title names no years. `sheet` picks one sheet of a
     * workbook; without it every sheet holding a plan table is read.
     */
    input: z.object({ stationId: id, year, sheet: text(100).optional(), ...fileInput }).strict(),
  }),

  'subsidies.importReply': channel<PaymentImportResult>()({
    access: 'admin',
    mutates: true,
    maxBodyBytes: importBody,
    input: z.object({ stationId: id, year, ...fileInput }).strict(),
  }),
  'subsidies.payments': channel<SubsidyPayment[]>()({ access: 'trainer', input: z.object({ workerId: id }).strict() }),
} as const;
