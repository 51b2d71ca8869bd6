import type { Database } from 'better-sqlite3';
import type { Certificate, SubsidyPayment, WorkerRecord } from '../../../shared/contract/report-types';
import { AppError } from '../../../shared/contract/result';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { wallClockTime } from '../../../shared/domain/time';
import { attendanceStatusZh, SKILL_LEVEL_ZH, type IdType } from '../../../shared/domain/vocab';
import { writeForm } from '../exports';
import { certificatesOf } from './certificates';
import { paymentsOf } from './subsidy-payments';
import { categoryLabels, round1, type SessionHoursRow } from './scope';

const CERT_KIND_ZH = { skill_level: '职业技能等级证书', special_operation: '特种作业操作证', safety: '安全培训合格证', other: '其他证书' } as const;

/**
 * A worker's training record. Attendance recorded under records merged into this one (archived
 * duplicates) is theirs too. A merged record itself shows nothing: its history lives with the keeper.
 */
export function workerRecord(db: Database, workerId: string, fullIds = false): WorkerRecord {
  const w = db
    .prepare('SELECT w.*, t.name AS trade_name FROM workers w LEFT JOIN trades t ON t.id = w.trade_id WHERE w.id = ?')
    .get(workerId) as
    | { id: string; station_id: string; name: string; id_type: IdType; id_number: string; team: string; employer: string; trade_name: string | null; merged_into: string | null }
    | undefined;
  if (!w) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
  const mergedFrom = db.prepare('SELECT id FROM workers WHERE merged_into = ? ORDER BY id').pluck().all(workerId) as string[];
  const ids = [workerId, ...mergedFrom];
  const label = categoryLabels(db, w.station_id);
  const rows = db
    .prepare(
      `SELECT s.id, s.title, s.category, s.starts_at, s.ends_at, s.minutes_per_hour, s.class_hours_override, a.status, a.signed_in_at, a.late, a.credited_hours
       FROM attendance a JOIN training_sessions s ON s.id = a.session_id
       WHERE a.worker_id IN (${ids.map(() => '?').join(',')}) AND s.state = 'closed'
       ORDER BY s.starts_at, s.id`,
    )
    .all(...ids) as (SessionHoursRow & { id: string; title: string; category: string; status: 'present' | 'excused' | 'voided'; signed_in_at: string | null; late: number; credited_hours: number | null })[];
  const hours = new Map<string, { year: number; category: string; hours: number }>();
  let total = 0;
  for (const r of rows) {
    if (r.status !== 'present') continue;
    const year = Number(r.starts_at.slice(0, 4));
    const key = `${year}|${r.category}`;
    const h = hours.get(key) ?? { year, category: r.category, hours: 0 };
    h.hours += r.credited_hours ?? 0;
    total += r.credited_hours ?? 0;
    hours.set(key, h);
  }
  return {
    workerId,
    name: w.name,
    idMasked: fullIds ? w.id_number : maskIdNumber(w.id_number, w.id_type),
    tradeName: w.trade_name,
    team: w.team,
    employer: w.employer,
    mergedFrom,
    sessions: rows.map((r) => ({
      sessionId: r.id,
      startsAt: r.starts_at,
      title: r.title,
      category: r.category,
      categoryLabel: label(r.category),
      status: r.status,
      signedIn: r.signed_in_at ? wallClockTime(r.signed_in_at) : '',
      late: r.late === 1,
      creditedHours: r.credited_hours,
    })),
    hoursByYear: [...hours.values()]
      .sort((a, b) => a.year - b.year || a.category.localeCompare(b.category))
      .map((h) => ({ ...h, categoryLabel: label(h.category), hours: round1(h.hours) })),
    totalHours: round1(total),
    certificates: ids.flatMap((id) => certificatesOf(db, id)) as Certificate[],
    payments: ids.flatMap((id) => paymentsOf(db, id)) as SubsidyPayment[],
  };
}

export function workerRecordXlsx(r: WorkerRecord): Promise<Buffer> {
  const above = [`姓名：${r.name}    证件号码：${r.idMasked}    工种：${r.tradeName ?? ''}    班组：${r.team}    单位：${r.employer}`];
  return writeForm([
    {
      name: '培训记录',
      title: `个人培训档案（${r.name}）`,
      above,
      columns: [
        { header: '序号', width: 6 },
        { header: '培训时间', width: 17 },
        { header: '培训主题', width: 30 },
        { header: '内容类别', width: 12 },
        { header: '签到时间', width: 10, text: true },
        { header: '状态', width: 8 },
        { header: '认定课时', width: 10 },
      ],
      rows: r.sessions.map((s, i) => [i + 1, s.startsAt.replace('T', ' '), s.title, s.categoryLabel, s.signedIn, attendanceStatusZh(s.status, s.late), s.creditedHours]),
      below: [`累计认定课时：${r.totalHours}`],
    },
    {
      name: '分年度课时',
      title: `个人培训档案（${r.name}）分年度、分类别课时`,
      columns: [
        { header: '年度', width: 8 },
        { header: '内容类别', width: 14 },
        { header: '课时', width: 10 },
      ],
      rows: r.hoursByYear.map((h) => [h.year, h.categoryLabel, h.hours]),
    },
    {
      name: '证书',
      title: `个人培训档案（${r.name}）证书`,
      columns: [
        { header: '证书类别', width: 18 },
        { header: '职业（工种）', width: 16 },
        { header: '等级', width: 10 },
        { header: '证书编号', width: 22, text: true },
        { header: '发证日期', width: 12 },
        { header: '发证机构', width: 24 },
      ],
      rows: r.certificates.map((c) => [CERT_KIND_ZH[c.kind], c.tradeName ?? '', c.level ? SKILL_LEVEL_ZH[c.level] : '', c.number, c.issuedOn, c.issuer]),
    },
  ]);
}
