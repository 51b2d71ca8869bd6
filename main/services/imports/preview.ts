import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Caller } from '../../../shared/contract/access';
import { workerFields } from '../../../shared/contract/channels/people';
import type { ExportFile, ImportChange, ImportField, ImportIssue, ImportPreview, ImportResult, WorkerFields } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { checkIdNumber, maskIdNumber } from '../../../shared/domain/id-number';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/resources';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { appendAudit } from '../audit';
import type { WorkerService } from '../workers';
import {
  checkRecord,
  differs,
  fieldsOf,
  INSERT_WORKER_SQL,
  recordParams,
  UPDATE_WORKER_SQL,
  WORKER_SELECT,
  type FieldName,
  type WorkerRow,
} from '../workers';
import { findHeader, HEADER_ALIASES, mappedColumns } from './headers';
import { readTable } from './read';
import { reasonFor } from './reasons';
import { refusedWorkbook, type RefusedSheet } from './refused-sheet';
import { pick, shownChange, type FieldChange } from './row-changes';
import { ImportFileError, type Cell } from './table';
import { apprenticeLevelOf, cellDate, cellText, highRiskPostOf, idTypeOf, mandarinOf, monthsOf, skillLevelOf, statusOf, traineeGroupOf } from './values';

export const PREVIEW_TTL_MS = 30 * 60_000;
const MAX_PREVIEWS = 8;
/** Refused-row details kept per preview; the count is always exact. */
const MAX_LISTED_ISSUES = 5000;

interface StagedRow {
  row: number;
  /** Every field, defaults where the file had no column. */
  full: WorkerFields;
  /** The fields the file's columns gave: only these change an existing worker. */
  keys: FieldName[];
}

interface StoredPreview {
  stationId: string;
  fileName: string;
  rows: StagedRow[];
  refused: number;
  /** The refused rows as the file had them, for a sheet to fix and import again (kept after the commit). */
  refusedSheet: RefusedSheet;
  committed: boolean;
  expiresAt: number;
}

/** Changed rows listed field by field in a preview; the counts are always exact. */
const MAX_LISTED_CHANGES = 2000;

export interface PreviewInput {
  stationId: string;
  fileName: string;
  base64: string;
  mapping?: Record<string, string> | undefined;
  sheet?: string | undefined;
}

const LANGUAGE_WORDS: Record<string, Language> = { 中文: 'zh-CN', 汉语: 'zh-CN', 普通话: 'zh-CN', 维吾尔语: 'ug', 维语: 'ug', 英语: 'en', english: 'en' };

export class ImportService {
  private previews = new Map<string, StoredPreview>();

  constructor(
    private db: Database,
    private clock: Clock,
    private workers: WorkerService,
  ) {}

  /** A preview still in time, else not_found (an expired one is forgotten). */
  private live(previewId: string): StoredPreview {
    const p = this.previews.get(previewId);
    if (p && p.expiresAt > this.clock.now().getTime()) return p;
    this.previews.delete(previewId);
    throw expired();
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [id, p] of this.previews) if (p.expiresAt <= now) this.previews.delete(id);
    while (this.previews.size >= MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
  }

  async preview(input: PreviewInput): Promise<ImportPreview> {
    if (!this.db.prepare('SELECT 1 FROM stations WHERE id = ?').get(input.stationId)) {
      throw new AppError('not_found', 'No such station', { entity: 'station' });
    }
    try {
      return await this.previewFile(input);
    } catch (err) {
      if (err instanceof ImportFileError) {
        const message = translate('en', err.reason, err.params);
        throw new AppError('invalid_input', message, { reason: err.reason, params: err.params, fields: [{ path: 'base64', message }] });
      }
      throw err;
    }
  }

  private async previewFile(input: PreviewInput): Promise<ImportPreview> {
    const bytes = Buffer.from(input.base64, 'base64');
    const table = await readTable(input.fileName, bytes, input.sheet);
    const header = findHeader(table.rows);
    if (!header) throw new ImportFileError('import.no_header_row');
    const columns = mappedColumns(header.columns, input.mapping, table.rows);
    const mapped = columns.filter((c) => c.field !== 'ignore');
    for (const need of ['name', 'idNumber'] as const) {
      if (!mapped.some((c) => c.field === need)) throw new ImportFileError('import.missing_column', { column: HEADER_ALIASES[need][0]! });
    }
    const columnName = (field: ImportField) => {
      const c = mapped.find((m) => m.field === field || (field === 'tradeId' && m.field === 'tradeName'));
      return c ? c.header || `#${c.index + 1}` : null;
    };

    const today = this.workers.today();
    const tradeRows = this.db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(input.stationId) as { id: string; name: string }[];
    const trades = new Map(tradeRows.map((r) => [r.name.replace(/\s/g, ''), r.id]));
    const refused: ImportIssue[] = [];
    const notes = [...table.notes];
    const refusedSet = new Set<number>();
    let refusedListed = 0;
    const staged: StagedRow[] = [];
    const firstRowOf = new Map<string, StagedRow>();
    const refusedCells: RefusedSheet['rows'] = [];
    const dataRows = table.rows.slice(header.index + 1);

    for (const { row, cells } of dataRows) {
      const issues: ImportIssue[] = [];
      const issue = (field: ImportField, reason: string, params?: Record<string, string | number>) =>
        issues.push(params ? { row, column: columnName(field), reason, params } : { row, column: columnName(field), reason });
      const raw: Record<string, unknown> = {};
      for (const col of mapped) {
        const cell: Cell = cells[col.index] ?? null;
        const text = cellText(cell).trim();
        switch (col.field) {
          case 'idNumber':
            if (typeof cell === 'number' && Math.abs(cell) >= 1e15) issue('idNumber', 'import.id_number_as_number');
            raw.idNumber = text;
            break;
          case 'idType': {
            const v = idTypeOf(text);
            if (v === 'bad') issue('idType', 'import.unknown_id_type', { value: text });
            else raw.idType = v;
            break;
          }
          case 'tradeName':
          case 'tradeId': {
            if (!text) raw.tradeId = null;
            else {
              const id = trades.get(text.replace(/\s/g, ''));
              if (id) raw.tradeId = id;
              else issue(col.field, 'import.unknown_trade', { trade: text });
            }
            break;
          }
          case 'skillLevel': {
            const v = skillLevelOf(text);
            if (v === 'bad') issue('skillLevel', 'import.unknown_skill_level', { value: text });
            else raw.skillLevel = v;
            break;
          }
          case 'mandarinLevel': {
            const v = mandarinOf(text);
            if (v === 'bad') issue('mandarinLevel', 'import.unknown_mandarin_level', { value: text });
            else raw.mandarinLevel = v;
            break;
          }
          case 'status': {
            const v = statusOf(text);
            if (v === 'bad') issue('status', 'import.unknown_status', { value: text });
            else if (v) raw.status = v;
            break;
          }
          case 'traineeGroup': {
            const v = traineeGroupOf(text);
            if (v === 'bad') issue('traineeGroup', 'import.invalid_value', { value: text });
            else raw.traineeGroup = v;
            break;
          }
          case 'language': {
            const lang = (LANGUAGES as readonly string[]).includes(text) ? (text as Language) : LANGUAGE_WORDS[text.toLowerCase()];
            if (text && !lang) issue('language', 'import.invalid_value', { value: text });
            else if (lang) raw.language = lang;
            break;
          }
          case 'highRiskPost': {
            const v = highRiskPostOf(text);
            if (v === 'bad') issue('highRiskPost', 'import.unknown_high_risk_post', { value: text });
            else raw.highRiskPost = v;
            break;
          }
          case 'insuranceMonths': {
            const v = monthsOf(text);
            if (v === 'bad') issue('insuranceMonths', 'import.invalid_value', { value: text });
            else raw.insuranceMonths = v;
            break;
          }
          case 'apprenticeLevel': {
            const v = apprenticeLevelOf(text);
            if (v === 'bad') issue('apprenticeLevel', 'import.unknown_apprentice_level', { value: text });
            else raw.apprenticeLevel = v;
            break;
          }
          case 'apprenticeFrom':
          case 'apprenticeTo':
          case 'entryDate':
          case 'exitDate': {
            const d = cellDate(cell);
            if (d === 'bad') issue(col.field, 'import.bad_date', { value: text });
            else raw[col.field] = d;
            break;
          }
          case 'ignore':
            break;
          default:
            raw[col.field] = cellText(cell);
        }
      }
      if (!('status' in raw) && 'exitDate' in raw) raw.status = raw.exitDate ? 'left' : 'on_site';

      const parsed = workerFields.safeParse(raw);
      if (!parsed.success) {
        for (const zi of parsed.error.issues) {
          const field = String(zi.path[0] ?? '') as FieldName;
          const { reason, params } = reasonFor(zi);
          if (!issues.some((i) => i.column === columnName(field))) issue(field, reason, params);
        }
      }
      let stagedRow: StagedRow | null = null;
      if (parsed.success && !issues.length) {
        const full = parsed.data;
        const id = checkIdNumber(full.idType, full.idNumber, today);
        if (!id.valid || !id.normalized) {
          issue('idNumber', `import.bad_id_number.${id.reason}`);
        } else {
          if (id.converted) notes.push({ row, column: columnName('idNumber'), reason: 'import.id_converted', params: { id: id.normalized.slice(0, 6) + '…' } });
          full.idNumber = id.normalized;
          const checked = checkRecord(full, today, () => true);
          if (!checked.ok) for (const p of checked.problems) issue(p.field, p.reason, p.params);
          else {
            const keys = (Object.keys(raw) as FieldName[]).filter((k) => k in full);
            if (!keys.includes('idType')) keys.push('idType');
            stagedRow = { row, full, keys };
          }
        }
      }
      if (stagedRow) {
        const key = `${stagedRow.full.idType}|${stagedRow.full.idNumber}`;
        const first = firstRowOf.get(key);
        // The first row with this document is imported; the later one is refused and names it.
        if (first) {
          issue('idNumber', 'import.duplicate_in_file', { other: first.row });
        } else {
          firstRowOf.set(key, stagedRow);
        }
      }
      if (issues.length) {
        refusedSet.add(row);
        for (const i of issues) if (refusedListed++ < MAX_LISTED_ISSUES) refused.push(i);
        refusedCells.push({ row, cells: columns.map((c) => cellText(cells[c.index] ?? null)), issues });
      } else if (stagedRow) {
        staged.push(stagedRow);
      }
    }
    const valid = staged;
    const refusedRows = refusedSet.size;
    if (refusedListed > MAX_LISTED_ISSUES) notes.push({ row: 0, column: null, reason: 'import.more_issues', params: { count: refusedListed - MAX_LISTED_ISSUES } });
    refused.sort((a, b) => a.row - b.row);

    const counts = { rows: dataRows.length, add: 0, update: 0, unchanged: 0, refused: refusedRows };
    const changes: ImportChange[] = [];
    const tradeName = new Map(tradeRows.map((r) => [r.id, r.name]));
    for (const s of valid) {
      const c = this.classify(input.stationId, s, today);
      counts[c.kind]++;
      if (c.kind !== 'unchanged' && changes.length < MAX_LISTED_CHANGES) {
        changes.push({ row: s.row, kind: c.kind, name: s.full.name, idMasked: maskIdNumber(s.full.idNumber, s.full.idType), fields: c.fields.map((f) => shownChange(f, tradeName)) });
      }
    }

    this.sweep();
    const now = this.clock.now();
    const previewId = newId(now.getTime());
    const expiresAt = now.getTime() + PREVIEW_TTL_MS;
    const refusedSheet = { headers: columns.map((c) => c.header || `#${c.index + 1}`), rows: refusedCells };
    this.previews.set(previewId, { stationId: input.stationId, fileName: input.fileName, rows: valid, refused: refusedRows, refusedSheet, committed: false, expiresAt });
    return {
      previewId,
      fileName: input.fileName,
      sheet: table.sheet,
      headerRow: table.rows[header.index]!.row,
      columns: columns.sort((a, b) => a.index - b.index),
      counts,
      changes,
      refused,
      notes,
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }

  private findStmt: Statement | null = null;

  /** The stored worker with this document; one prepared statement for the whole file. */
  private existing(stationId: string, full: WorkerFields): WorkerRow | undefined {
    this.findStmt ??= this.db.prepare(`${WORKER_SELECT} WHERE w.station_id = ? AND w.id_type = ? AND w.id_number = ?`);
    return this.findStmt.get(stationId, full.idType, full.idNumber) as WorkerRow | undefined;
  }

  private classify(stationId: string, s: StagedRow, today: string): { kind: 'add' | 'update' | 'unchanged'; fields: FieldChange[] } {
    const old = this.existing(stationId, s.full);
    if (!old) return { kind: 'add', fields: [] };
    const merged = { ...fieldsOf(old), ...pick(s.full, s.keys) };
    const checked = checkRecord(merged, today, () => true);
    if (!checked.ok || !differs(old, checked.record, s.keys)) return { kind: 'unchanged', fields: [] };
    const stored = fieldsOf(old);
    const fields = s.keys.filter((k) => stored[k] !== checked.record[k]).map((k) => ({ field: k, before: stored[k], after: checked.record[k] }));
    return { kind: 'update', fields };
  }

  /**
   * The refused rows of a preview as a sheet to fix and import again: the file's own columns and cells,
   * and a last column saying why each row was refused. Still there after the commit, until the preview expires.
   */
  async refusedXlsx(previewId: string, lang: Language, caller: Caller): Promise<ExportFile> {
    const p = this.live(previewId);
    const { fileName, bytes } = await refusedWorkbook(p.refusedSheet, p.fileName, lang);
    // The rows came from the person's own file, but the sheet holds full ID numbers: recorded like any such export.
    appendAudit(this.db, caller, {
      stationId: p.stationId,
      at: this.clock.now(),
      action: 'export_personal_data',
      entity: 'import_refused_rows',
      entityId: null,
      after: { fileName, rows: p.refusedSheet.rows.length },
    });
    return { fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
  }

  /** Writes every staged row in one transaction, checked again against the database as it is now. */
  commit(previewId: string, caller: Caller): ImportResult & { stationId: string; workerIds: number } {
    const p = this.live(previewId);
    if (p.committed) throw expired();
    const result = this.db.transaction(() => {
      const now = this.clock.now();
      const at = now.toISOString();
      const today = this.workers.today();
      const tradeOk = this.workers.tradeExists(p.stationId);
      const insert = this.db.prepare(INSERT_WORKER_SQL);
      const update = this.db.prepare(UPDATE_WORKER_SQL);
      const r = { added: 0, updated: 0, unchanged: 0, refused: p.refused };
      let ms = now.getTime();
      for (const s of p.rows) {
        const old = this.existing(p.stationId, s.full);
        const fields = old ? { ...fieldsOf(old), ...pick(s.full, s.keys) } : s.full;
        const checked = checkRecord(fields, today, tradeOk);
        if (!checked.ok) {
          r.refused++;
          continue;
        }
        if (old) {
          if (!differs(old, checked.record, s.keys)) {
            r.unchanged++;
            continue;
          }
          update.run(...recordParams(checked.record), at, old.id);
          r.updated++;
        } else {
          const id = newId(ms++);
          const code = this.workers.badges.fresh(p.stationId);
          insert.run(id, p.stationId, ...recordParams(checked.record), code, at, at);
          this.workers.badges.record(code, p.stationId, id, at);
          r.added++;
        }
      }
      appendAudit(this.db, caller, {
        stationId: p.stationId,
        at: now,
        action: 'import',
        entity: 'workers',
        entityId: null,
        after: { fileName: p.fileName, ...r },
      });
      return r;
    })();
    // Kept (without its rows) so the refused rows can still be downloaded; a second commit is refused.
    p.committed = true;
    p.rows = [];
    return { ...result, stationId: p.stationId, workerIds: result.added + result.updated };
  }
}

const expired = () => new AppError('not_found', translate('en', 'import.preview_expired'), { reason: 'import.preview_expired' });
