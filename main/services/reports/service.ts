import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { ExportFile } from '../../../shared/contract/records';
import type { AnnualReport, PeriodKind, PeriodReport } from '../../../shared/contract/report-types';
import type { NationalTrainingType } from '../../../shared/domain/vocab';
import { AppError } from '../../../shared/contract/result';
import { todayIso } from '../../../shared/domain/id-number';
import type { Clock } from '../../lib/clock';
import { appendAudit } from '../audit';
import { csvBytes, exportFile, safeFileName, writeForm } from '../exports';
import { attachmentsOfSessions } from '../evidence';
import type { StationService } from '../stations';
import type { StationSettingsService } from '../settings';
import { addCertificate, certificatesOf, deleteCertificate, type CertificateFields } from './certificates';
import { dashboard, trainerOutput } from './dashboard';
import { computePeriodReport } from './period-report';
import { annualXlsx, periodXlsx } from './period-report-xlsx';
import { planEntries } from './plan-progress';
import { deletePlan, importPlan, setPlanTarget, type PlanTarget } from './plans';
import { PLATFORM_HEADERS, platformRows } from './platform';
import { dateRange, periodRange, stationRow } from './scope';
import { signInSheet, signInSheetXlsx } from './sign-in-sheet';
import { statusTable, statusTableCsv, statusTableXlsx } from './status-table';
import { subsidyList } from './subsidies';
import { subsidyCsv, subsidyXlsx } from './subsidies-export';
import { importPayments, paymentsOf } from './subsidy-payments';
import { workerRecord, workerRecordXlsx } from './worker-record';

type Format = 'xlsx' | 'csv';

/**
 * Reports and exports: every figure from sessions and attendance, every personal-data export recorded.
 * Figures are read through `read`, a read-only connection, so a report can never write and can run beside
 * the writer; `db` is for what this service keeps (certificates, plans, payments) and the audit rows.
 */
export class ReportService {
  constructor(
    private db: Database,
    private read: Database,
    private clock: Clock,
    private stations: StationService,
    private settings: StationSettingsService,
  ) {}

  statusTable(stationIds?: string[]) {
    return statusTable(this.read, stationIds);
  }

  period(stationId: string, kind: PeriodKind, period: string): PeriodReport {
    return computePeriodReport(this.read, stationId, kind, period);
  }

  annual(stationId: string, year: number): AnnualReport {
    const base = computePeriodReport(this.read, stationId, 'year', String(year));
    const profile = this.stations.profile(stationId);
    return {
      ...base,
      stationState: profile.state,
      fiveHaves: this.stations.fiveHaves(stationId),
      // Seed 004 recognises outstanding trainers each year: the ten with the most output.
      outstandingTrainers: trainerOutput(this.read, stationId, periodRange('year', String(year))).slice(0, 10),
      nextYearPlan: planEntries(this.read, stationId, year + 1).map((e) => ({
        planId: e.id,
        kind: e.kind,
        year: e.year,
        yearTo: e.yearTo,
        scopeKind: e.scopeKind,
        scope: e.scope,
        tradeId: e.tradeId,
        tradeName: e.tradeName,
        target: e.target,
        donePeriod: 0,
        doneYearToDate: 0,
        percent: e.target > 0 ? 0 : null,
      })),
    };
  }

  signInSheet(sessionId: string) {
    return signInSheet(this.read, sessionId);
  }

  workerRecord(workerId: string) {
    return workerRecord(this.read, workerId);
  }

  subsidies(stationId: string, year: number) {
    return subsidyList(this.read, stationId, year, this.settings.get(stationId).subsidyRules);
  }

  dashboard(stationId: string, year: number) {
    return dashboard(this.read, stationId, year);
  }

  // ---- exports -------------------------------------------------------------------------------

  async exportStatusTable(input: { stationIds?: string[]; format: Format }, caller: Caller): Promise<ExportFile> {
    const t = statusTable(this.read, input.stationIds);
    const bytes = input.format === 'csv' ? statusTableCsv(t) : await statusTableXlsx(t);
    // Contacts' names and mobiles are personal data too.
    return this.record(caller, t.rows[0]?.stationId ?? null, 'status_table', { stations: t.rows.length }, `提升站建设初步情况表_${this.today()}.${input.format}`, bytes, true);
  }

  async exportPeriod(input: { stationId: string; kind: PeriodKind; period: string }, caller: Caller): Promise<ExportFile> {
    const name = safeFileName(stationRow(this.read, input.stationId).name);
    if (input.kind === 'year') {
      const r = this.annual(input.stationId, Number(input.period));
      return this.record(caller, input.stationId, 'annual_report', { period: input.period }, `年度报告_${name}_${input.period}.xlsx`, await annualXlsx(r), false);
    }
    const r = this.period(input.stationId, input.kind, input.period);
    const label = input.kind === 'month' ? '月报' : '季度汇总';
    return this.record(caller, input.stationId, `${input.kind}_report`, { period: input.period }, `${label}_${name}_${input.period}.xlsx`, await periodXlsx(r), false);
  }

  async exportSignInSheet(input: { sessionId: string; format: Format; fullIdNumbers: boolean }, caller: Caller): Promise<ExportFile> {
    this.mayReveal(input.fullIdNumbers, caller);
    const sheet = signInSheet(this.read, input.sessionId, input.fullIdNumbers);
    const stationId = this.read.prepare('SELECT station_id FROM training_sessions WHERE id = ?').pluck().get(input.sessionId) as string;
    const bytes =
      input.format === 'csv'
        ? csvBytes([
            ['序号', '姓名', '证件号码', '班组', '工种', '签到时间', '签退时间', '状态', '认定课时'],
            ...sheet.rows.map((r) => [r.serial, r.name, r.idMasked, r.team, r.tradeName ?? '', r.signedIn, r.signedOut, r.status, r.creditedHours]),
          ])
        : await signInSheetXlsx(sheet);
    const file = `签到表_${safeFileName(sheet.title)}_${sheet.startsAt.slice(0, 10)}.${input.format}`;
    return this.record(caller, stationId, 'sign_in_sheet', { sessionId: input.sessionId, rows: sheet.rows.length, fullIdNumbers: input.fullIdNumbers }, file, bytes, true);
  }

  async exportWorkerRecord(input: { workerId: string; format: Format; fullIdNumbers: boolean }, caller: Caller): Promise<ExportFile> {
    this.mayReveal(input.fullIdNumbers, caller);
    const r = workerRecord(this.read, input.workerId, input.fullIdNumbers);
    const stationId = this.read.prepare('SELECT station_id FROM workers WHERE id = ?').pluck().get(input.workerId) as string;
    const bytes =
      input.format === 'csv'
        ? csvBytes([['培训时间', '培训主题', '内容类别', '签到时间', '状态', '认定课时'], ...r.sessions.map((s) => [s.startsAt.replace('T', ' '), s.title, s.categoryLabel, s.signedIn, s.status, s.creditedHours])])
        : await workerRecordXlsx(r);
    return this.record(caller, stationId, 'worker_record', { workerId: input.workerId, fullIdNumbers: input.fullIdNumbers }, `个人培训档案_${safeFileName(r.name)}.${input.format}`, bytes, true);
  }

  async exportSubsidies(input: { stationId: string; year: number; format: Format; fullIdNumbers: boolean }, caller: Caller): Promise<ExportFile> {
    this.mayReveal(input.fullIdNumbers, caller);
    const station = stationRow(this.read, input.stationId);
    const list = subsidyList(this.read, input.stationId, input.year, this.settings.get(input.stationId).subsidyRules, input.fullIdNumbers);
    const bytes = input.format === 'csv' ? subsidyCsv(list) : await subsidyXlsx(list, station.name);
    const file = `补贴名单_${safeFileName(station.name)}_${input.year}.${input.format}`;
    return this.record(caller, input.stationId, 'subsidy_list', { year: input.year, rows: list.items.length, fullIdNumbers: input.fullIdNumbers }, file, bytes, true);
  }

  async exportPlatform(input: { stationId: string; from: string; to: string; format: Format; fullIdNumbers: boolean; defaultNationalType?: NationalTrainingType | undefined }, caller: Caller): Promise<ExportFile> {
    this.mayReveal(input.fullIdNumbers, caller);
    const station = stationRow(this.read, input.stationId);
    const { rows, people } = platformRows(this.read, input.stationId, dateRange(input.from, input.to), input.fullIdNumbers, input.defaultNationalType);
    const bytes =
      input.format === 'csv'
        ? csvBytes([PLATFORM_HEADERS, ...rows])
        : await writeForm([
            {
              name: '培训记录',
              title: `${station.name} 培训记录（${input.from} 至 ${input.to}）`,
              columns: PLATFORM_HEADERS.map((h, i) => ({ header: h, width: [30, 12, 10, 12, 8, 8, 8, 14, 20, 12, 14, 22, 14, 14, 8, 8, 8, 30, 12, 14][i]!, text: [1, 11, 17].includes(i) })),
              rows,
              landscape: true,
            },
            // The platform's record carries attachments: each session's files listed by its 培训编号
            // (the files themselves download from the session's page). Sign-in photos never go here.
            {
              name: '附件',
              title: `${station.name} 培训附件（${input.from} 至 ${input.to}）`,
              columns: [
                { header: '培训编号', width: 30, text: true },
                { header: '文件名', width: 36 },
                { header: '文件类型', width: 18 },
                { header: '大小（KB）', width: 12 },
              ],
              rows: attachmentsOfSessions(this.db, [...new Set(rows.map((r) => String(r[17])))]).map((a) => [a.sessionId, a.name, a.mime, Math.ceil(a.bytes.length / 1024)]),
            },
          ]);
    const file = `全国平台培训记录_${safeFileName(station.name)}_${input.from}_${input.to}.${input.format}`;
    return this.record(caller, input.stationId, 'platform', { from: input.from, to: input.to, rows: people, fullIdNumbers: input.fullIdNumbers }, file, bytes, true);
  }

  // ---- certificates, plans, payments ---------------------------------------------------------

  certificates(workerId: string) {
    if (!this.read.prepare('SELECT 1 FROM workers WHERE id = ?').get(workerId)) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return certificatesOf(this.read, workerId);
  }

  addCertificate(workerId: string, fields: CertificateFields, caller: Caller) {
    const c = addCertificate(this.db, workerId, fields, this.clock.now());
    const stationId = this.db.prepare('SELECT station_id FROM certificates WHERE id = ?').pluck().get(c.id) as string;
    appendAudit(this.db, caller, { stationId, at: this.clock.now(), action: 'create', entity: 'certificate', entityId: c.id, after: c });
    return c;
  }

  deleteCertificate(certificateId: string, caller: Caller) {
    const { stationId } = deleteCertificate(this.db, certificateId);
    appendAudit(this.db, caller, { stationId, at: this.clock.now(), action: 'delete', entity: 'certificate', entityId: certificateId });
    return { deleted: true as const };
  }

  plans(stationId: string, year: number) {
    stationRow(this.read, stationId);
    return planEntries(this.read, stationId, year);
  }

  setPlan(t: PlanTarget) {
    return setPlanTarget(this.db, t, this.clock.now());
  }

  /** The entry a `setPlan` with this target would replace, if any (for its audit row's "before"). */
  planEntry(stationId: string, year: number, t: { scopeKind: PlanTarget['scopeKind']; scope: string; tradeId: string | null }) {
    const scope = t.scopeKind === 'station' ? '' : t.scope;
    return planEntries(this.db, stationId, year).find((e) => e.scopeKind === t.scopeKind && e.scope === scope && e.tradeId === t.tradeId) ?? null;
  }

  planById(planId: string) {
    const r = this.db.prepare('SELECT station_id, year, scope_kind, scope, trade_name, target FROM training_plans WHERE id = ?').get(planId) as
      | { station_id: string; year: number; scope_kind: string; scope: string; trade_name: string; target: number }
      | undefined;
    return r ? { stationId: r.station_id, year: r.year, scopeKind: r.scope_kind, scope: r.scope, tradeName: r.trade_name, target: r.target } : null;
  }

  deletePlan(planId: string) {
    deletePlan(this.db, planId);
    return { deleted: true as const };
  }

  importPlan(input: { stationId: string; year: number; fileName: string; base64: string; dryRun: boolean; sheet?: string | undefined }) {
    return importPlan(this.db, input, this.clock.now());
  }

  importPayments(input: { stationId: string; year: number; fileName: string; base64: string; dryRun: boolean }, caller: Caller) {
    stationRow(this.db, input.stationId);
    return importPayments(this.db, input, this.settings.get(input.stationId).subsidyRules, this.clock.now()).then((r) => {
      if (!r.dryRun) appendAudit(this.db, caller, { stationId: input.stationId, at: this.clock.now(), action: 'import', entity: 'subsidy_payments', entityId: null, after: { fileName: input.fileName, imported: r.imported } });
      return r;
    });
  }

  payments(workerId: string) {
    if (!this.read.prepare('SELECT 1 FROM workers WHERE id = ?').get(workerId)) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return paymentsOf(this.read, workerId);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private mayReveal(full: boolean, caller: Caller) {
    if (full && caller.role !== 'admin') throw new AppError('forbidden', 'Only an admin may export full ID numbers');
  }

  private today() {
    return todayIso(this.clock.now());
  }

  /** Wraps the bytes as a file and records the export: who, when, what, and whether IDs were full. */
  private record(caller: Caller, stationId: string | null, what: string, detail: Record<string, unknown>, fileName: string, bytes: Buffer, personal: boolean): ExportFile {
    const file = exportFile(fileName, bytes);
    appendAudit(this.db, caller, {
      stationId,
      at: this.clock.now(),
      action: personal ? 'export_personal_data' : 'export_report',
      entity: what,
      entityId: null,
      after: { fileName, ...detail },
    });
    return file;
  }
}
