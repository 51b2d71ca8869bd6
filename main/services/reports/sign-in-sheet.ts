import type { Database } from 'better-sqlite3';
import type { SignInSheet } from '../../../shared/contract/report-types';
import { AppError } from '../../../shared/contract/result';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { wallClockTime } from '../../../shared/domain/time';
import { attendanceStatusZh, type IdType } from '../../../shared/domain/vocab';
import { sessionFingerprint } from '../attendance';
import { writeForm } from '../exports';
import { categoryLabels, sessionHours, type SessionHoursRow } from './scope';

/** Paper sign-in sheets keep room for people added by hand. */
const BLANK_ROWS = 10;

interface Row {
  id: string;
  worker_id: string;
  name: string;
  id_type: IdType;
  id_number: string;
  team: string;
  trade_name: string | null;
  signed_in_at: string | null;
  signed_out_at: string | null;
  status: 'present' | 'excused' | 'voided';
  late: number;
  credited_hours: number | null;
}

/** The sheet's data; `fullIds` only for an admin's export (the caller checks and records it). */
export function signInSheet(db: Database, sessionId: string, fullIds = false): SignInSheet {
  const s = db
    .prepare(
      `SELECT s.*, st.name AS station_name FROM training_sessions s JOIN stations st ON st.id = s.station_id WHERE s.id = ?`,
    )
    .get(sessionId) as
    | (SessionHoursRow & { id: string; station_id: string; station_name: string; title: string; category: string; national_type: SignInSheet['nationalType']; location: string; state: string })
    | undefined;
  if (!s) throw new AppError('not_found', 'No such session', { entity: 'session' });
  const trainers = db
    .prepare('SELECT t.name FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id WHERE st.session_id = ? ORDER BY t.name')
    .pluck()
    .all(sessionId) as string[];
  const rows = db
    .prepare(
      `SELECT a.id, a.worker_id, w.name, w.id_type, w.id_number, w.team, t.name AS trade_name, a.signed_in_at, a.signed_out_at, a.status, a.late, a.credited_hours
       FROM attendance a JOIN workers w ON w.id = a.worker_id LEFT JOIN trades t ON t.id = w.trade_id
       WHERE a.session_id = ? ORDER BY a.signed_in_at IS NULL, a.signed_in_at, w.name`,
    )
    .all(sessionId) as Row[];
  return {
    sessionId,
    stationName: s.station_name,
    title: s.title,
    categoryLabel: categoryLabels(db, s.station_id)(s.category),
    nationalType: s.national_type,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    location: s.location,
    trainerNames: trainers,
    classHours: sessionHours(s),
    state: s.state,
    rows: rows.map((r, i) => ({
      serial: i + 1,
      attendanceId: r.id,
      workerId: r.worker_id,
      name: r.name,
      idMasked: fullIds ? r.id_number : maskIdNumber(r.id_number, r.id_type),
      team: r.team,
      tradeName: r.trade_name,
      signedIn: r.signed_in_at ? wallClockTime(r.signed_in_at) : '',
      signedOut: r.signed_out_at ? wallClockTime(r.signed_out_at) : '',
      status: r.status,
      late: r.late === 1,
      creditedHours: r.credited_hours,
    })),
    blankRows: BLANK_ROWS,
    fingerprint: sessionFingerprint(db, sessionId),
  };
}

/** The sheet as the paper form: details above, a signature column, blank rows, the fingerprint below. */
export function signInSheetXlsx(sheet: SignInSheet): Promise<Buffer> {
  const when = `${sheet.startsAt.replace('T', ' ')} 至 ${sheet.endsAt.slice(0, 10) === sheet.startsAt.slice(0, 10) ? sheet.endsAt.slice(11) : sheet.endsAt.replace('T', ' ')}`;
  return writeForm([
    {
      name: '签到表',
      title: `${sheet.stationName} 培训签到表`,
      above: [
        `培训主题：${sheet.title}    内容类别：${sheet.categoryLabel}`,
        `培训时间：${when}    课时：${sheet.classHours}    地点：${sheet.location}`,
        `授课教员：${sheet.trainerNames.join('、')}`,
      ],
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '证件号码', width: 22, text: true },
        { header: '班组', width: 14 },
        { header: '工种', width: 14 },
        { header: '签到时间', width: 10, text: true },
        { header: '签退时间', width: 10, text: true },
        { header: '状态', width: 10 },
        { header: '认定课时', width: 10 },
        { header: '本人签名', width: 16 },
      ],
      rows: [
        ...sheet.rows.map((r) => [
          r.serial,
          r.name,
          r.idMasked,
          r.team,
          r.tradeName ?? '',
          r.signedIn,
          r.signedOut,
          attendanceStatusZh(r.status, r.late),
          r.creditedHours,
          '',
        ]),
        ...Array.from({ length: sheet.blankRows }, (_, i) => [sheet.rows.length + i + 1, '', '', '', '', '', '', '', null, '']),
      ],
      below: [`签到记录校验码：${sheet.fingerprint ?? '（无签到记录）'}`, '教员签字：                    日期：'],
    },
  ]);
}
