// 三级安全教育 through the handler table on a real SQLite file: levels credited by attendance, the
// station's rules, the kiosk telling (or refusing) a worker with a level due, the card, the report.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import type { Caller } from '../../shared/contract/access';
import type { ScanAnswer } from '../../shared/contract/attendance-types';
import type { ExportFile, TrainingSession } from '../../shared/contract/records';
import type { EduBrief, EduCard, EduProgress, EduReport, SafetyEducationSettings } from '../../shared/contract/safety-education-types';
import { DEFAULT_EDU_HOURS } from '../../shared/domain/safety-education';
import { setUp } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';

async function call<T>(core: Core, caller: Caller, name: string, input: unknown): Promise<T> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details)}`);
  return r.value as T;
}
async function refused(core: Core, caller: Caller, name: string, input: unknown): Promise<string> {
  const r = await dispatch(core, caller, name, input);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error.code;
}

let n = 0;
const key = () => `edu-key-${++n}-${Date.now()}`;

/** A station with four workers; sessions are held one a day from 2026-03-02, 08:00-09:30 station time (2 class hours). */
async function station() {
  const { core, clock } = testCore({ at: '2026-03-01T20:00:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const people = addWorkers(core, stationId, [{ name: '张三', team: '钢筋班' }, { name: '李四', team: '钢筋班', language: 'ug' }, { name: '王五', team: '木工班' }, { name: '赵六', team: '木工班' }]);
  const kiosk: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal', stationId };
  let day = 1;
  const create = async (fields: Record<string, unknown>) => {
    day++;
    const d = `2026-03-${String(day).padStart(2, '0')}`;
    const [s] = await call<TrainingSession[]>(core, admin, 'sessions.create', {
      stationId,
      fields: { title: `安全教育 ${d}`, category: 'safety', startsAt: `${d}T08:00`, endsAt: `${d}T09:30`, description: '高处作业、临边防护', ...fields },
    });
    return { session: s!, date: d };
  };
  const scan = (sessionId: string, badge: string) => call<ScanAnswer>(core, kiosk, 'kiosk.scan', { sessionId, code: badge, method: 'badge', idempotencyKey: key() });
  /** A session of this level attended by these workers and closed: each is credited its 2 class hours. */
  const held = async (level: 'company' | 'project' | 'team' | null, who: { badge: string }[], fields: Record<string, unknown> = {}) => {
    const { session, date } = await create(fields);
    if (level) await call(core, admin, 'safetyEducation.setSessionLevel', { sessionId: session.id, level });
    clock.set(`${date}T00:00:00.000Z`);
    for (const w of who) await scan(session.id, w.badge);
    clock.set(`${date}T01:31:00.000Z`);
    await call(core, admin, 'sessions.setState', { sessionId: session.id, state: 'closed' });
    return session;
  };
  const progress = (workerId: string) => call<EduProgress>(core, admin, 'safetyEducation.progress', { workerId });
  const setRules = (s: Partial<SafetyEducationSettings>) =>
    call<SafetyEducationSettings>(core, admin, 'safetyEducation.updateSettings', {
      stationId,
      settings: { minHours: { company: 2, project: 2, team: 2 }, passRequired: { company: false, project: false, team: false }, allowOtherSessions: true, ...s },
    });
  return { core, clock, admin, kiosk, stationId, people, create, held, scan, progress, setRules };
}

describe('三级安全教育 rules', () => {
  it('default to 15/15/20 hours, no pass required, others sessions allowed; admins change them (audited)', async () => {
    const { core, admin, stationId } = await station();
    expect(await call<SafetyEducationSettings>(core, admin, 'safetyEducation.settings', { stationId })).toEqual({
      minHours: DEFAULT_EDU_HOURS,
      passRequired: { company: false, project: false, team: false },
      allowOtherSessions: true,
    });
    expect(DEFAULT_EDU_HOURS).toEqual({ company: 15, project: 15, team: 20 });
    const saved = await call<SafetyEducationSettings>(core, admin, 'safetyEducation.updateSettings', {
      stationId,
      settings: { minHours: { company: 16, project: 12, team: 8 }, passRequired: { company: false, project: true, team: false }, allowOtherSessions: false },
    });
    expect(saved.minHours).toEqual({ company: 16, project: 12, team: 8 });
    const row = core.db.prepare("SELECT before_json, after_json FROM audit_log WHERE entity = 'station_settings' ORDER BY rowid DESC LIMIT 1").get() as { before_json: string; after_json: string };
    expect(JSON.parse(row.after_json).safetyEducation.minHours.team).toBe(8);
    expect(JSON.parse(row.before_json).safetyEducation.minHours.team).toBe(20);
    expect(await refused(core, admin, 'safetyEducation.updateSettings', { stationId, settings: { minHours: { company: -1, project: 1, team: 1 } } })).toBe('invalid_input');
  });

  it('let only a safety or site-entry session stand for a level', async () => {
    const { core, admin, create } = await station();
    const { session: skills } = await create({ category: 'skills', title: '钢筋绑扎' });
    expect(await refused(core, admin, 'safetyEducation.setSessionLevel', { sessionId: skills.id, level: 'company' })).toBe('invalid_input');
    const { session: entry } = await create({ category: 'culture', nationalType: '003002', title: '进场教育' });
    expect(await call(core, admin, 'safetyEducation.setSessionLevel', { sessionId: entry.id, level: 'project' })).toEqual({ level: 'project', eligible: true });
    expect(await call(core, admin, 'safetyEducation.setSessionLevel', { sessionId: entry.id, level: null })).toEqual({ level: null, eligible: true });
  });
});

describe('a worker’s levels', () => {
  it('are credited by attendance at closed sessions of the level, hours adding up, until all three clear', async () => {
    const { people, held, progress, setRules } = await station();
    await setRules({ minHours: { company: 2, project: 4, team: 2 } });
    const [zhang, li] = people;
    expect((await progress(zhang!.id)).state).toBe('not_started');
    await held('company', [zhang!, li!]);
    await held('project', [zhang!]);
    let p = await progress(zhang!.id);
    expect(p.state).toBe('in_progress');
    expect(p.levels.map((l) => [l.level, l.hours, l.complete, l.missingHours])).toEqual([
      ['company', 2, true, 0],
      ['project', 2, false, 2],
      ['team', 0, false, 2],
    ]);
    expect(p.due).toEqual(['project', 'team']);
    expect(p.levels[0]!.sessions[0]).toMatchObject({ content: '高处作业、临边防护', startsAt: '2026-03-02T08:00', creditedHours: 2 });
    await held('project', [zhang!]);
    await held(null, [zhang!]); // a safety session with no level credits none
    await held('team', [zhang!]);
    p = await progress(zhang!.id);
    expect(p.state).toBe('cleared');
    expect(p.due).toEqual([]);
    expect((await progress(li!.id)).due).toEqual(['project', 'team']);
  });

  it('with "exam pass required", hours alone do not complete the level; the exam passed in its session does', async () => {
    const { core, admin, people, held, progress, setRules } = await station();
    await setRules({ passRequired: { company: true, project: false, team: false } });
    const [zhang, li] = people;
    const session = await held('company', [zhang!, li!]);
    let company = (await progress(zhang!.id)).levels[0]!;
    expect(company).toMatchObject({ hours: 2, missingHours: 0, passRequired: true, passed: null, missingPass: true, complete: false });
    // A paper exam for the session: 张三 passes, 李四 fails; the card's score is the best one.
    await call(core, admin, 'exams.save', { sessionId: session.id, fields: { mode: 'draw', draw: [{ category: 'safety', count: 10 }], passPercent: 60 } });
    await call(core, admin, 'exams.paperScores', { sessionId: session.id, rows: [{ workerId: zhang!.id, score: 90 }, { workerId: li!.id, score: 40 }] });
    company = (await progress(zhang!.id)).levels[0]!;
    expect(company).toMatchObject({ passed: true, score: 90, missingPass: false, complete: true });
    expect((await progress(li!.id)).levels[0]).toMatchObject({ passed: false, score: 40, missingPass: true, complete: false });
  });

  it('credit nothing from a level session that is later cancelled', async () => {
    const { core, admin, people, held, progress, setRules } = await station();
    await setRules({});
    const s = await held('company', [people[0]!]);
    expect((await progress(people[0]!.id)).levels[0]!.hours).toBe(2);
    // Re-opened, set back to planned and cancelled: the attendance rows stay, the level does not count.
    await call(core, admin, 'sessions.setState', { sessionId: s.id, state: 'open' });
    await call(core, admin, 'sessions.setState', { sessionId: s.id, state: 'planned' });
    await call(core, admin, 'sessions.setState', { sessionId: s.id, state: 'cancelled', reason: '讲师未到' });
    const company = (await progress(people[0]!.id)).levels[0]!;
    expect(company).toMatchObject({ hours: 0, complete: false, sessions: [] });
    expect((await progress(people[0]!.id)).state).toBe('not_started');
    // Nor can a level be put on it now.
    expect(await refused(core, admin, 'safetyEducation.setSessionLevel', { sessionId: s.id, level: 'project' })).toBe('conflict');
  });

  it('show in a list as a brief (roster, live view), never for another station’s workers', async () => {
    const { core, admin, stationId, people, held, setRules } = await station();
    await setRules({});
    await held('company', [people[0]!]);
    const briefs = await call<EduBrief[]>(core, admin, 'safetyEducation.briefs', { stationId, workerIds: people.map((p) => p.id) });
    expect(briefs[0]).toEqual({
      workerId: people[0]!.id,
      state: 'in_progress',
      due: [
        { level: 'project', missingHours: 2, missingPass: false },
        { level: 'team', missingHours: 2, missingPass: false },
      ],
    });
    expect(briefs[1]!.state).toBe('not_started');
    const other = await call<{ id: string }>(core, admin, 'station.create', { name: '第二站' });
    expect(await call<EduBrief[]>(core, admin, 'safetyEducation.briefs', { stationId: other.id, workerIds: [people[0]!.id] })).toEqual([]);
    expect(await refused(core, admin, 'safetyEducation.cards', { stationId: other.id, workerIds: [people[0]!.id] })).toBe('not_found');
  });
});

describe('the kiosk', () => {
  it('tells a worker with levels due which one is next, in the answer', async () => {
    const { people, create, scan, clock, setRules } = await station();
    await setRules({});
    const { session, date } = await create({ category: 'skills', title: '钢筋绑扎' });
    clock.set(`${date}T00:00:00.000Z`);
    const a = await scan(session.id, people[1]!.badge);
    expect(a).toMatchObject({ outcome: 'signed_in', educationDue: ['company', 'project', 'team'] });
  });

  it('refuses their sign-in to other sessions when the station says so, but not to a level’s session', async () => {
    const { core, admin, people, create, scan, clock, setRules, held } = await station();
    await setRules({ allowOtherSessions: false });
    const { session, date } = await create({ category: 'skills', title: '钢筋绑扎' });
    clock.set(`${date}T00:00:00.000Z`);
    const refusedScan = await scan(session.id, people[0]!.badge);
    expect(refusedScan).toMatchObject({ outcome: 'education_due', educationDue: ['company', 'project', 'team'], at: null });
    expect(core.db.prepare('SELECT count(*) FROM attendance WHERE session_id = ?').pluck().get(session.id)).toBe(0);
    // The level's own session takes them.
    await held('company', [people[0]!]);
    await held('project', [people[0]!]);
    await held('team', [people[0]!]);
    const { session: later, date: d2 } = await create({ category: 'skills', title: '模板支设' });
    clock.set(`${d2}T00:00:00.000Z`);
    const ok = await scan(later.id, people[0]!.badge);
    expect(ok.outcome).toBe('signed_in');
    expect(ok.educationDue).toBeUndefined();
    void admin;
  });
});

describe('the 三级安全教育卡 and the report', () => {
  it('give each worker’s card with the ID masked, by worker or by team', async () => {
    const { core, admin, stationId, people, held, setRules } = await station();
    await setRules({});
    await held('company', [people[0]!]);
    const [card] = await call<EduCard[]>(core, admin, 'safetyEducation.cards', { workerIds: [people[0]!.id] });
    expect(card!.idMasked).toBe(people[0]!.idNumber.slice(0, 6) + '********' + people[0]!.idNumber.slice(-4));
    expect(JSON.stringify(card)).not.toContain(people[0]!.idNumber);
    expect(card!.progress.levels[0]!.sessions).toHaveLength(1);
    const team = await call<EduCard[]>(core, admin, 'safetyEducation.cards', { stationId, team: '木工班' });
    expect(team.map((c) => c.name).sort()).toEqual(['王五', '赵六']);
    expect(await refused(core, admin, 'safetyEducation.cards', { team: '木工班' })).toBe('invalid_input');
  });

  it('counts cleared / in progress / not started per team and trade, lists the month’s newcomers, and reads back as .xlsx', async () => {
    const { core, admin, stationId, people, held, setRules } = await station();
    await setRules({});
    for (const l of ['company', 'project', 'team'] as const) await held(l, [people[0]!]);
    await held('company', [people[2]!]);
    core.db.prepare("UPDATE workers SET entry_date = '2026-03-05' WHERE id = ?").run(people[3]!.id);
    core.db.prepare("UPDATE workers SET entry_date = '2026-02-10' WHERE id IN (?, ?, ?)").run(people[0]!.id, people[1]!.id, people[2]!.id);
    const r = await call<EduReport>(core, admin, 'safetyEducation.report', { stationId, month: '2026-03' });
    expect(r.totals).toEqual({ cleared: 1, inProgress: 1, notStarted: 2, total: 4 });
    // Equal sizes fall back to the Chinese collation (pinyin): gang before mu.
    expect(r.byTeam).toEqual([
      { group: '钢筋班', cleared: 1, inProgress: 0, notStarted: 1, total: 2 },
      { group: '木工班', cleared: 0, inProgress: 1, notStarted: 1, total: 2 },
    ]);
    expect(r.newcomers.map((w) => [w.name, w.state, w.due])).toEqual([['赵六', 'not_started', ['company', 'project', 'team']]]);
    const file = await call<ExportFile>(core, admin, 'exports.safetyEducationReport', { stationId, month: '2026-03' });
    const sheets = readXlsxWithPython(Buffer.from(file.base64, 'base64'));
    const teams = sheetNamed(sheets, '按班组').rows.map((row) => row.filter((c) => c !== null));
    expect(teams).toContainEqual(['木工班', 0, 1, 1, 2]);
    expect(teams).toContainEqual(['合计', 1, 1, 2, 4]);
    const newcomers = sheetNamed(sheets, '本月新进场').rows.map((row) => row.filter((c) => c !== null));
    expect(newcomers).toContainEqual(['赵六', '木工班', '', '2026-03-05', '未开始', '公司级、项目级、班组级']);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'safety_education_report'").pluck().get()).toBe(1);
  });
});
