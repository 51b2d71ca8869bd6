import type { Database } from 'better-sqlite3';
import { addDays } from '../../../shared/domain/time';
import type { EduLevel } from '../../../shared/domain/safety-education';

/** One call into the core (the demo command passes its dispatch): the demo goes through the same rules as people. */
export type DemoCall = (channel: string, input: unknown) => Promise<unknown>;

/** Each level as the demo holds it: two days of 10 class hours (08:00-15:30 at 45 minutes), over 15/15/20. */
const LEVELS: { level: EduLevel; title: string; description: string }[] = [
  { level: 'company', title: '公司级安全教育', description: '安全生产法律法规、公司安全管理制度、从业人员的权利和义务、典型事故案例' },
  { level: 'project', title: '项目级安全教育', description: '本项目施工特点与危险源、现场安全管理规定、消防与应急疏散、高处作业与临边防护' },
  { level: 'team', title: '班组级安全教育', description: '本工种安全操作规程、班组作业环境、个人防护用品的正确使用、岗位交接' },
];

/**
 * 三级安全教育 in the demo: the newest workers on site split into four groups of about equal size:
 * cleared (all three levels), after company and project, after company only, and not started; so the
 * roster, live view, cards and completion report show each state at once.
 */
export async function seedSafetyEducation(db: Database, stationId: string, until: string, trainerId: string | undefined, call: DemoCall): Promise<{ cleared: number; inProgress: number; notStarted: number }> {
  const newest = db
    .prepare("SELECT id FROM workers WHERE station_id = ? AND status = 'on_site' AND archived_at IS NULL ORDER BY entry_date DESC, created_at DESC LIMIT 48")
    .pluck()
    .all(stationId) as string[];
  const quarter = Math.ceil(newest.length / 4);
  const groups = [newest.slice(0, quarter), newest.slice(quarter, 2 * quarter), newest.slice(2 * quarter, 3 * quarter)];
  // Who attends each level: everyone of the first group; project also the second; company the third too.
  const attendees: Record<EduLevel, string[]> = {
    company: [...groups[0]!, ...groups[1]!, ...groups[2]!],
    project: [...groups[0]!, ...groups[1]!],
    team: [...groups[0]!],
  };
  let day = 12;
  for (const l of LEVELS) {
    for (const part of [1, 2]) {
      const date = addDays(until, -day);
      day -= 2;
      const [session] = (await call('sessions.create', {
        stationId,
        fields: {
          title: `${l.title}（${part}/2）`, category: 'safety', nationalType: '003002', trainerIds: trainerId ? [trainerId] : [],
          startsAt: `${date}T08:00`, endsAt: `${date}T15:30`, location: '项目部二楼提升站', description: l.description,
        },
      })) as { id: string }[];
      const sessionId = session!.id;
      await call('safetyEducation.setSessionLevel', { sessionId, level: l.level });
      await call('sessions.setState', { sessionId, state: 'open' });
      for (const workerId of attendees[l.level]) await call('attendance.correct', { sessionId, workerId, action: 'add', reason: '演示：纸质签到补录' });
      await call('sessions.setState', { sessionId, state: 'closed', endedAt: 'scheduled' });
    }
  }
  return { cleared: groups[0]!.length, inProgress: groups[1]!.length + groups[2]!.length, notStarted: newest.length - 3 * quarter };
}
