import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { ExportFile } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { todayIso } from '../../../shared/domain/id-number';
import { shownNumbers } from '../../../shared/domain/privacy';
import { SKILL_LEVEL_ZH, type IdType, type SkillLevel, type WorkerStatus } from '../../../shared/domain/vocab';
import type { Clock } from '../../lib/clock';
import { appendAudit } from '../audit';
import { csvCell, safeFileName, streamedTableXlsx, type TableColumn } from '../exports';

export const ID_TYPE_ZH: Record<IdType, string> = {
  resident: '居民身份证',
  passport: '护照',
  hk_macau: '港澳居民来往内地通行证',
  taiwan: '台湾居民来往大陆通行证',
  foreign_permanent: '外国人永久居留身份证',
};
const MANDARIN_ZH = { none: '不会', basic: '一般', fluent: '熟练' } as const;
const STATUS_ZH: Record<WorkerStatus, string> = { on_site: '在场', left: '退场' };
const SEX_ZH = { M: '男', F: '女' } as const;

/**
 * Columns of the roster, headed with the names the import maps back automatically. A masked export
 * (the default) has the birth year where a full one has the birth date: beside the masked ID the
 * date would give the number back (shared/domain/privacy).
 */
const columns = (full: boolean): TableColumn[] => [
  { header: '序号', width: 8 },
  { header: '姓名', width: 12 },
  { header: '证件类型', width: 14 },
  { header: '证件号码', width: 24, text: true },
  { header: '性别', width: 6 },
  full ? { header: '出生日期', width: 12 } : { header: '出生年份', width: 10 },
  { header: '手机号码', width: 14 },
  { header: '工种', width: 16 },
  { header: '技能等级', width: 10 },
  { header: '所属单位', width: 28 },
  { header: '班组', width: 14 },
  { header: '籍贯', width: 14 },
  { header: '县', width: 12 },
  { header: '乡镇', width: 12 },
  { header: '国语水平', width: 10 },
  { header: '进场日期', width: 12 },
  { header: '退场日期', width: 12 },
  { header: '在场状态', width: 10 },
  { header: '工牌号', width: 12 },
];

interface ExportRow {
  name: string;
  id_type: IdType;
  id_number: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  mobile: string;
  trade_name: string | null;
  skill_level: SkillLevel | null;
  employer: string;
  team: string;
  home_province: string;
  home_county: string;
  home_township: string;
  mandarin_level: 'none' | 'basic' | 'fluent' | null;
  entry_date: string | null;
  exit_date: string | null;
  status: WorkerStatus;
  badge_code: string;
}

export class ExportService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async workers(
    input: { stationId: string; format: 'xlsx' | 'csv'; fullIdNumbers: boolean; status: 'on_site' | 'left' | 'all' },
    caller: Caller,
  ): Promise<ExportFile> {
    if (input.fullIdNumbers && caller.role !== 'admin') throw new AppError('forbidden', 'Only an admin may export full ID numbers');
    const station = this.db.prepare('SELECT name FROM stations WHERE id = ?').get(input.stationId) as { name: string } | undefined;
    if (!station) throw new AppError('not_found', 'No such station', { entity: 'station' });
    const rows = this.db
      .prepare(
        `SELECT w.*, t.name AS trade_name FROM workers w LEFT JOIN trades t ON t.id = w.trade_id
         WHERE w.station_id = ? AND w.archived_at IS NULL ${input.status === 'all' ? '' : 'AND w.status = ?'}
         ORDER BY w.team, w.name, w.rowid`,
      )
      .all(...(input.status === 'all' ? [input.stationId] : [input.stationId, input.status])) as ExportRow[];
    const table = rows.map((r, i) => {
      const shown = shownNumbers({ idNumber: r.id_number, idType: r.id_type, mobile: r.mobile, birthDate: r.birth_date }, input.fullIdNumbers);
      return [
        String(i + 1),
        r.name,
        ID_TYPE_ZH[r.id_type],
        shown.idNumber,
        r.sex ? SEX_ZH[r.sex] : '',
        shown.birthDate ?? (shown.birthYear === null ? '' : String(shown.birthYear)),
        shown.mobile,
        r.trade_name ?? '',
        r.skill_level ? SKILL_LEVEL_ZH[r.skill_level] : '',
        r.employer,
        r.team,
        r.home_province,
        r.home_county,
        r.home_township,
        r.mandarin_level ? MANDARIN_ZH[r.mandarin_level] : '',
        r.entry_date ?? '',
        r.exit_date ?? '',
        STATUS_ZH[r.status],
        r.badge_code,
      ];
    });
    const COLUMNS = columns(input.fullIdNumbers);
    const now = this.clock.now();
    const base = `工人花名册_${safeFileName(station.name)}_${todayIso(now)}`;
    let file: ExportFile;
    if (input.format === 'csv') {
      const lines = [COLUMNS.map((c) => csvCell(c.header)).join(','), ...table.map((r) => r.map(csvCell).join(','))];
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
      file = { fileName: `${base}.csv`, mime: 'text/csv; charset=utf-8', base64: bytes.toString('base64') };
    } else {
      file = {
        fileName: `${base}.xlsx`,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: (await rosterXlsx(table, input.fullIdNumbers)).toString('base64'),
      };
    }
    if (input.fullIdNumbers) {
      appendAudit(this.db, caller, {
        stationId: input.stationId,
        at: now,
        action: 'export_personal_data',
        entity: 'workers',
        entityId: null,
        after: { fileName: file.fileName, format: input.format, rows: rows.length, status: input.status },
      });
    }
    return file;
  }
}

/**
 * The roster as .xlsx, written by exceljs's streaming writer: bold frozen header, widths that fit
 * Chinese text, every cell a plain string (so an ID number stays text, and text starting with '='
 * stays text rather than becoming a formula).
 */
export function rosterXlsx(table: string[][], fullIdNumbers = false): Promise<Buffer> {
  return streamedTableXlsx('工人花名册', columns(fullIdNumbers), table, { sharedStrings: true });
}
