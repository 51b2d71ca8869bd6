import { randomInt } from 'node:crypto';
import { withLockedCore } from '../locked-core';
import { dispatch } from '../../app/dispatch';
import { addDays, stationNow } from '../../../shared/domain/time';
import { demoExams, generateStation, seedSafetyEducation } from '../../services/demo';
import { dataDirFrom, intOption, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';

export const DEMO_STATION = '中建八局江门市蓬江区滨江新城安置房项目 农民工素质和技能提升站';
export const DEMO_PASSWORD = 'demo-station';

const PROFILE = {
  enterprise: '中建八局第二建设有限公司（滨江新城安置房项目）',
  address: '江门市蓬江区滨江大道88号项目部二楼',
  contactName: '黄志明',
  contactUnitTitle: '项目部 安全总监',
  contactMobile: '13800138000',
  fixedPhone: '0750-3831969',
  state: 'built',
  city: '江门市',
  district: '蓬江区',
  township: '白沙街道',
  areaM2: 48,
  equipment: ['audio_video', 'remote_education', 'teaching_aids'],
  content: ['culture', 'skills', 'rights', 'safety', 'injury_prevention'],
  funding: ['project_union', 'safety_funds'],
  trainerTeamNote: '劳模工匠1名、技术工人2名、农民工骨干1名、行业专家2名',
} as const;

/** Trainer accounts the demo makes, each with a kiosk PIN (printed), named after two of its trainers. */
const TRAINER_ACCOUNTS = [
  { username: 'huang.jianguo', displayName: '黄建国' },
  { username: 'li.xiuying', displayName: '李秀英' },
] as const;

/** The demo's yearly targets (person-times) for a 90-session demo, scaled with --sessions; null is the total. */
const DEMO_PLAN: [string | null, number][] = [
  [null, 15000],
  ['钢筋工', 2000],
  ['架子工', 1200],
  ['防水工', 800],
];

/** Fills an empty data folder with a demo station a newcomer can click through at once. */
export async function demo(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { 'admin-password': { type: 'string' }, workers: { type: 'string' }, sessions: { type: 'string' } });
  const workers = intOption(values.workers, 'workers', 0, 1_000_000) ?? 300;
  const sessions = intOption(values.sessions, 'sessions', 0, 100_000) ?? 90;
  const dataDir = dataDirFrom(values.data);
  const password = values['admin-password'] ?? DEMO_PASSWORD;
  return withLockedCore(dataDir, 'station demo', async (core) => {
    if (core.stations.count() > 0) {
      throw new UsageError(`${dataDir} already holds a station; the demo only fills an empty data folder (use --data with a new folder).`, 1);
    }
    const anonymous = { role: 'anonymous', via: 'cli' } as const;
    const setup = await dispatch(core, anonymous, 'setup.init', { stationName: DEMO_STATION, adminName: PROFILE.contactName, adminPassword: password });
    if (!setup.ok) throw new UsageError(describeFailure(setup.error), 1);
    const admin = { role: 'admin', via: 'cli' } as const;
    const stationId = core.stations.first()!.id;
    await dispatch(core, admin, 'station.update', { stationId, profile: PROFILE });

    const today = stationNow(core.clock.now()).slice(0, 10);
    const made = generateStation(core.db, stationId, {
      workers,
      sessions,
      // About forty a session on average; the generator gives the morning talks more and skills classes fewer.
      attendance: sessions * Math.min(workers, 40),
      until: addDays(today, -1),
    });
    // This year's plan (person-times), so the dashboard and reports show progress against it.
    const year = Number(today.slice(0, 4));
    const tradeId = (name: string) => core.db.prepare('SELECT id FROM trades WHERE station_id = ? AND name = ?').pluck().get(stationId, name) as string | undefined;
    for (const [trade, target] of DEMO_PLAN) {
      const id = trade ? tradeId(trade) : null;
      if (id !== undefined) await dispatch(core, admin, 'plans.set', { stationId, year, tradeId: id, target: Math.max(1, Math.round((target * sessions) / 90)) });
    }
    // 三级安全教育: the newest workers at each stage (cleared, partway, not started).
    const edu = await seedSafetyEducation(core.db, stationId, today, made.trainerIds[0], async (channel, input) => {
      const r = await dispatch(core, admin, channel, input);
      if (!r.ok) throw new UsageError(describeFailure(r.error), 1);
      return r.value;
    });
    // Today: a session open around now, so the kiosk has something to sign in to at once.
    const now = stationNow(core.clock.now());
    const hour = Number(now.slice(11, 13));
    const startH = Math.min(Math.max(hour, 6), 21);
    await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: {
        title: '高处作业与临边防护',
        category: 'safety',
        nationalType: '003001',
        trainerIds: made.trainerIds.slice(0, 1),
        startsAt: `${today}T${String(startH).padStart(2, '0')}:00`,
        endsAt: `${today}T${String(startH + 1).padStart(2, '0')}:30`,
        location: '项目部二楼提升站',
        ackText: '今日塔吊吊装作业，进入作业区必须佩戴安全帽、系好安全带。',
      },
    });
    // A question bank and exams taken on the last safety sessions (tablet, retakes, paper, oral).
    const exams = demoExams(core.db, stationId, core.clock.now().toISOString());
    // Two trainers sign in and unlock the kiosk's trainer panel with a PIN; the others have none yet.
    const pins: string[] = [];
    for (const trainer of TRAINER_ACCOUNTS) {
      const pin = String(randomInt(1000, 10_000));
      const r = await dispatch(core, admin, 'accounts.create', { username: trainer.username, displayName: trainer.displayName, role: 'trainer', password, pin });
      if (!r.ok) throw new UsageError(describeFailure(r.error), 1);
      pins.push(`${trainer.displayName} (${trainer.username}) ${pin}`);
    }
    ctx.out(`Demo station created in ${dataDir}: ${workers} workers, ${made.trainerIds.length} trainers, ${made.sessionIds.length + 1} sessions, ${exams.results} exam results on ${exams.sessions} sessions.`);
    ctx.out(`三级安全教育: ${edu.cleared} cleared, ${edu.inProgress} partway, ${edu.notStarted} of the newest not started.`);
    ctx.out(`Trainer accounts (password "${password}") and their kiosk PINs: ${pins.join(', ')}.`);
    ctx.out(`Sign in as "admin" with the password "${password}". Start it with: station serve --data ${JSON.stringify(dataDir)}`);
    if (made.badgeCodes[1]) ctx.out(`Try the kiosk (/kiosk) with badge code ${made.badgeCodes[1]}.`);
    return 0;
  });
}
