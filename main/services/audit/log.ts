import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { AuditActor, AuditFacets, AuditRow, JsonValue } from '../../../shared/contract/audit-types';
import type { AuditFilters } from '../../../shared/contract/channels/audit';
import type { ExportFile, Page } from '../../../shared/contract/records';
import { addDays, stationNow, wallToInstant } from '../../../shared/domain/time';
import { resources } from '../../../shared/i18n/resources';
import type { Clock } from '../../lib/clock';
import { appendAudit } from './trail';
import { exportFile, safeFileName, streamedTableXlsx, type TableColumn } from '../exports';

/** Counting stops here: a broad filter over years of log says "more than 10,000" rather than scan it all. */
const COUNT_CAP = 10_000;
/** Rows in one export; narrower filters get the rest. */
export const EXPORT_MAX_ROWS = 100_000;
/** Excel refuses longer cells. */
const CELL_MAX = 32_000;

interface Row {
  id: string;
  station_id: string | null;
  at: string;
  account_id: string | null;
  device_id: string | null;
  via: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  username: string | null;
  display_name: string | null;
  device_name: string | null;
}

const SELECT = `SELECT l.*, a.username, a.display_name, d.name AS device_name
  FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN devices d ON d.id = l.device_id`;

/** LIKE pattern for text anywhere in a column, with the caller's % and _ taken literally. */
const contains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause and its parameters for a set of filters; dates are station dates, both ends included. */
function where(f: AuditFilters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.from) {
    parts.push('l.at >= ?');
    params.push(new Date(wallToInstant(`${f.from}T00:00`)).toISOString());
  }
  if (f.to) {
    parts.push('l.at < ?');
    params.push(new Date(wallToInstant(`${addDays(f.to, 1)}T00:00`)).toISOString());
  }
  if (f.entity) {
    parts.push('l.entity = ?');
    params.push(f.entity);
  }
  if (f.action) {
    parts.push('l.action = ?');
    params.push(f.action);
  }
  if (f.accountId) {
    parts.push('l.account_id = ?');
    params.push(f.accountId);
  }
  if (f.deviceId) {
    parts.push('l.device_id = ?');
    params.push(f.deviceId);
  }
  if (f.q) {
    const p = contains(f.q);
    parts.push("(l.entity_id LIKE ? ESCAPE '\\' OR l.before_json LIKE ? ESCAPE '\\' OR l.after_json LIKE ? ESCAPE '\\')");
    params.push(p, p, p);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function parse(json: string | null): JsonValue {
  return json === null ? null : (JSON.parse(json) as JsonValue);
}

function actor(r: Row): AuditActor {
  if (r.account_id) return { kind: 'account', id: r.account_id, name: r.username, displayName: r.display_name };
  if (r.device_id) return { kind: 'device', id: r.device_id, name: r.device_name, displayName: null };
  return { kind: 'system', id: null, name: null, displayName: null };
}

const toAuditRow = (r: Row): AuditRow => ({
  id: r.id,
  at: r.at,
  stationId: r.station_id,
  who: actor(r),
  via: r.via,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: parse(r.before_json),
  after: parse(r.after_json),
});

/**
 * Reading the append-only audit log: filtered pages for the admin's screen and an .xlsx export.
 * Newest first. Ids are time-ordered (ULID-style, from the same instant as `at`), so ordering by the
 * primary key walks an index instead of sorting the whole log.
 */
export class AuditLog {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(f: AuditFilters & { offset: number; limit: number }): Page<AuditRow> {
    const w = where(f);
    const rows = this.db.prepare(`${SELECT} ${w.sql} ORDER BY l.id DESC LIMIT ? OFFSET ?`).all(...w.params, f.limit, f.offset) as Row[];
    const n = this.db.prepare(`SELECT count(*) FROM (SELECT 1 FROM audit_log l ${w.sql} LIMIT ${COUNT_CAP + 1})`).pluck().get(...w.params) as number;
    return { rows: rows.map(toAuditRow), total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP, offset: f.offset };
  }

  facets(): AuditFacets {
    const distinct = (col: 'entity' | 'action') => this.db.prepare(`SELECT DISTINCT ${col} FROM audit_log ORDER BY ${col}`).pluck().all() as string[];
    const accounts = this.db.prepare('SELECT id, username, display_name FROM accounts ORDER BY username').all() as { id: string; username: string; display_name: string }[];
    const devices = this.db.prepare('SELECT id, name FROM devices ORDER BY name').all() as { id: string; name: string }[];
    return {
      entities: distinct('entity'),
      actions: distinct('action'),
      actors: [
        ...accounts.map((a): AuditActor => ({ kind: 'account', id: a.id, name: a.username, displayName: a.display_name })),
        ...devices.map((d): AuditActor => ({ kind: 'device', id: d.id, name: d.name, displayName: null })),
      ],
    };
  }

  /**
   * The filtered log as .xlsx, newest first, and a row recording that it was exported (the log holds
   * names and changes to personal records, so its export is an export of personal data).
   */
  async export(f: AuditFilters, caller: Caller): Promise<ExportFile> {
    const w = where(f);
    const rows = this.db.prepare(`${SELECT} ${w.sql} ORDER BY l.id DESC LIMIT ${EXPORT_MAX_ROWS}`).all(...w.params) as Row[];
    const now = this.clock.now();
    const station = this.db.prepare('SELECT name FROM stations ORDER BY created_at LIMIT 1').pluck().get() as string | undefined;
    const fileName = `审计日志_${safeFileName(station ?? '')}_${stationNow(now).slice(0, 10)}.xlsx`;
    const bytes = await auditXlsx(rows);
    appendAudit(this.db, caller, {
      stationId: null,
      at: now,
      action: 'export_personal_data',
      entity: 'audit_log',
      entityId: null,
      after: { fileName, rows: rows.length, filters: { ...f } },
    });
    return exportFile(fileName, bytes);
  }
}

const COLUMNS: TableColumn[] = [
  { header: '时间', width: 20 },
  { header: '操作人', width: 18 },
  { header: '途径', width: 8 },
  { header: '操作', width: 20 },
  { header: '对象', width: 14 },
  { header: '对象编号', width: 34 },
  { header: '修改前', width: 60 },
  { header: '修改后', width: 60 },
];

/** The export speaks Chinese, as the bureau's forms do; codes without a name stay as they are. */
const zh = (kind: 'action' | 'entity' | 'via', code: string) => resources['zh-CN'][`trustui.audit.${kind}.${code}`] ?? code;

function who(r: Row): string {
  if (r.account_id) return r.username ?? r.account_id;
  if (r.device_id) return r.device_name ? `${r.device_name}（设备）` : r.device_id;
  return '系统';
}

const cell = (json: string | null) => (json === null ? '' : json.length > CELL_MAX ? `${json.slice(0, CELL_MAX)}…` : json);

/** The log as .xlsx (streamed: a long log stays out of memory); times on the station's clock, every cell text. */
function auditXlsx(rows: Row[]): Promise<Buffer> {
  const cells = rows.map((r) => {
    const at = stationNow(new Date(r.at)).replace('T', ' ') + new Date(r.at).toISOString().slice(16, 19);
    return [at, who(r), zh('via', r.via), zh('action', r.action), zh('entity', r.entity), r.entity_id ?? '', cell(r.before_json), cell(r.after_json)];
  });
  return streamedTableXlsx('审计日志', COLUMNS.map((c) => ({ ...c, text: true })), cells, { sharedStrings: false });
}
