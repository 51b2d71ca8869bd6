import type { Database } from 'better-sqlite3';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { stationNow } from '../../../shared/domain/time';
import { AppError } from '../../../shared/contract/result';
import { NATIONAL_TRAINING_TYPE_ZH, type IdType, type NationalTrainingType } from '../../../shared/domain/vocab';
import { ID_TYPE_ZH } from '../workers';
import type { CellValue } from '../exports';
import { sessionHours, type Range, type SessionHoursRow } from './scope';
import { platformScores } from '../exams';

/** Columns of the national construction-worker platform's training import, one line per attendee. */
export const PLATFORM_HEADERS = [
  '培训名称',
  '培训类型代码',
  '培训类型',
  '培训日期',
  '开始时间',
  '结束时间',
  '培训学时',
  '培训讲师',
  '培训地点',
  '姓名',
  '证件类型',
  '证件号码',
  '工种',
  '班组',
  '签到时间',
  '签退时间',
  '认定学时',
  '培训编号',
  // The platform's ProjectTraining carries per attendee isPass and trainingScore: the best exam result
  // of the attendance (percent of the paper), blank where no exam was taken.
  '是否合格（isPass）',
  '培训成绩（trainingScore）',
];

interface Row extends SessionHoursRow {
  session_id: string;
  worker_id: string;
  title: string;
  national_type: NationalTrainingType | null;
  location: string;
  trainers: string | null;
  name: string;
  id_type: IdType;
  id_number: string;
  trade_name: string | null;
  team: string;
  signed_in_at: string | null;
  signed_out_at: string | null;
  credited_hours: number | null;
}

/**
 * Closed sessions in the range with their present attendees. The person is the counting record (a
 * merged duplicate shows as the record it was merged into), since the platform knows people by ID.
 */
export function platformRows(db: Database, stationId: string, r: Range, fullIds: boolean, defaultType?: NationalTrainingType): { rows: CellValue[][]; people: number } {
  const rows = db
    .prepare(
      `SELECT s.id AS session_id, s.title, s.national_type, s.location, s.starts_at, s.ends_at, s.minutes_per_hour, s.class_hours_override,
              (SELECT group_concat(t.name, '、') FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id WHERE st.session_id = s.id) AS trainers,
              a.worker_id, e.name, e.id_type, e.id_number, tr.name AS trade_name, e.team, a.signed_in_at, a.signed_out_at, a.credited_hours
       FROM training_sessions s
       JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
       JOIN workers w ON w.id = a.worker_id
       JOIN workers e ON e.id = COALESCE(w.merged_into, w.id)
       LEFT JOIN trades tr ON tr.id = e.trade_id
       WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?
       ORDER BY s.starts_at, s.id, a.signed_in_at`,
    )
    .all(stationId, r.startWall, r.endWall) as Row[];
  // The platform requires a type code: a session without one is filled with the default the person
  // chose, or the export is refused naming the sessions to fix.
  const untyped = new Map<string, { id: string; title: string; startsAt: string }>();
  for (const x of rows) if (!x.national_type) untyped.set(x.session_id, { id: x.session_id, title: x.title, startsAt: x.starts_at });
  if (untyped.size && !defaultType) {
    throw new AppError('conflict', 'Sessions without a platform type code', { reason: 'platform_untyped', n: untyped.size, sessions: [...untyped.values()] });
  }
  // A time on another day than the session's start (across midnight) carries its date.
  const day = (start: string, wall: string) => (wall.slice(0, 10) === start.slice(0, 10) ? wall.slice(11, 16) : wall.replace('T', ' '));
  const wallOf = (iso: string | null) => (iso ? stationNow(new Date(iso)) : null);
  const scores = platformScores(db, [...new Set(rows.map((x) => x.session_id))]);
  return {
    people: rows.length,
    rows: rows.map((x) => [
      x.title,
      x.national_type ?? defaultType!,
      NATIONAL_TRAINING_TYPE_ZH[x.national_type ?? defaultType!],
      x.starts_at.slice(0, 10),
      x.starts_at.slice(11),
      day(x.starts_at, x.ends_at),
      sessionHours(x),
      x.trainers ?? '',
      x.location,
      x.name,
      ID_TYPE_ZH[x.id_type],
      fullIds ? x.id_number : maskIdNumber(x.id_number, x.id_type),
      x.trade_name ?? '',
      x.team,
      x.signed_in_at ? day(x.starts_at, wallOf(x.signed_in_at)!) : '',
      x.signed_out_at ? day(x.starts_at, wallOf(x.signed_out_at)!) : '',
      x.credited_hours,
      x.session_id,
      ...((s) => (s ? [s.isPass ? '是' : '否', s.score] : ['', null]))(scores.get(`${x.session_id}:${x.worker_id}`)),
    ]),
  };
}
