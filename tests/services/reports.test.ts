import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ExportFile } from '../../shared/contract/records';
import type { PeriodReport, SignInSheet, StatusTable, WorkerRecord } from '../../shared/contract/report-types';
import { generateStation } from '../../main/services/demo';
import { newId } from '../../main/lib/ids';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';
import { call, fail, reportStation } from './report-fixtures';

const bytes = (f: ExportFile) => Buffer.from(f.base64, 'base64');

describe('station status table (seed 004 annex)', () => {
  it('comes out as the form, read back by openpyxl: title with the city, columns, states, blanks visible, print setup', async () => {
    const { core, admin, stationId } = await reportStation();
    const longName = '江门市滨江新城综合开发建设项目（一期）住宅及配套商业用房施工总承包工程项目经理部';
    const longAddress = '广东省江门市蓬江区白沙街道滨江新城规划路以东、江海大道以北滨江新城一期工地项目部二楼东侧会议室';
    await call(core, admin, 'station.update', {
      stationId,
      profile: { city: '江门市', adminLevel: 'city', enterprise: longName, address: longAddress, contactName: '陈工', contactUnitTitle: '项目部 安全总监', contactMobile: '13800138000', fixedPhone: '0750-3831969', state: 'built' },
    });
    // A second station with no contact and no address.
    await call(core, admin, 'station.create', { name: '鹤山基地提升站', state: 'planned' });

    const table = await call(core, admin, 'reports.statusTable', {});
    expect(table.title).toBe('江门市（单位）开展“提升站”建设初步情况表');
    expect(table.rows.map((r) => r.stateZh)).toEqual(['已建', '拟建']);

    const file = await call(core, admin, 'exports.statusTable', { format: 'xlsx' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const [ws] = readXlsxWithPython(bytes(file));
    expect(ws!.rows[0]![0]).toBe('江门市（单位）开展“提升站”建设初步情况表');
    expect(ws!.rows[1]![0]).toBe(`填报单位（盖章）：${longName}`);
    expect(ws!.rows[2]).toEqual(['序号', '提升站所在企业（或在建项目）名称', '提升站地址', '联系人姓名', '单位及职务', '手机号码', '建设状况']);
    expect(ws!.rows[3]).toEqual([1, longName, longAddress, '陈工', '项目部 安全总监', '13800138000', '已建']);
    // The station with no contact or address: its row is there, the blanks bordered and visible.
    expect(ws!.rows[4]![1]).toBe('鹤山基地提升站');
    expect(ws!.rows[4]![6]).toBe('拟建');
    for (const col of 'ABCDEFG') expect(ws!.styles[`${col}5`]![0]).toBe(true);
    expect([ws!.rows[4]![2], ws!.rows[4]![3], ws!.rows[4]![5]].every((v) => v === null || v === '')).toBe(true);
    // Long text wraps in capped columns rather than stretching the page.
    expect(ws!.styles.B4![1]).toBe(true);
    expect(ws!.styles.C4![1]).toBe(true);
    expect(ws!.widths.B).toBeLessThanOrEqual(40);
    expect(ws!.widths.C).toBeLessThanOrEqual(44);
    expect(ws!.widths.B).toBeGreaterThanOrEqual(24);
    // Rows are as tall as their wrapped text (spreadsheet programs do not all grow them): the long
    // name and address take three lines or more, the station with blanks keeps one line.
    expect(ws!.heights['4']).toBeGreaterThanOrEqual(45);
    expect(ws!.heights['5']).toBeUndefined();
    expect(ws!.rows[5]![0]).toBe('填报人：陈工        固定电话：0750-3831969        手机号码：13800138000');
    expect(ws!.rows[6]![0]).toContain('如果一个企业有多个在建项目');
    expect(ws!.rows[7]![0]).toBe('2. 建设状况包括已建、在建和拟建三种情形。');
    expect(ws!.merged).toContain('A1:G1');
    expect(ws!.printTitleRows).toBe('$3:$3');
    expect(ws!.orientation).toBe('landscape');
    expect(ws!.paperSize).toBe(9);
    expect(ws!.fitToPage).toBe(true);
    expect(ws!.fitToWidth).toBe(1);

    const csv = bytes(await call(core, admin, 'exports.statusTable', { format: 'csv', stationIds: [stationId] }));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[2]).toBe('序号,提升站所在企业（或在建项目）名称,提升站地址,联系人姓名,单位及职务,手机号码,建设状况');
    expect(lines[3]).toContain('已建');
    expect(lines).toHaveLength(8); // title, unit, header, one row, filler, two notes, trailing ''
  });

  it('refuses a station that does not exist', async () => {
    const { core, admin } = await reportStation();
    expect(await fail(core, admin, 'exports.statusTable', { stationIds: [newId()] })).toBe('not_found');
    expect(await fail(core, admin, 'reports.period', { stationId: newId(), kind: 'month', period: '2026-03' })).toBe('not_found');
    expect(await fail(core, admin, 'exports.subsidies', { stationId: newId(), year: 2026 })).toBe('not_found');
    expect(await fail(core, admin, 'reports.period', { stationId: newId(), kind: 'month', period: '2026-13' })).toBe('invalid_input');
  });
});

describe('monthly report', () => {
  it('totals equal counts computed from the raw rows, on a generated station', async () => {
    const { core, admin, stationId } = await reportStation();
    generateStation(core.db, stationId, { workers: 1500, sessions: 400, attendance: 12_000, until: '2026-02-20' });
    const month = '2026-01';
    // Merge a worker who trained this month into one of another trade and team: the archived
    // record's attendance counts for the keeper, under the keeper's trade and team.
    const inMonth = core.db
      .prepare(
        `SELECT a.worker_id FROM attendance a JOIN training_sessions s ON s.id = a.session_id JOIN workers w ON w.id = a.worker_id
         WHERE s.station_id = ? AND s.starts_at LIKE ? AND a.status = 'present' GROUP BY a.worker_id ORDER BY count(*) DESC, max(w.trade_id), a.worker_id LIMIT 1`,
      )
      .pluck()
      .get(stationId, `${month}%`) as string;
    const other = core.db.prepare('SELECT id, trade_id, team FROM workers WHERE station_id = ? AND trade_id IS NOT (SELECT trade_id FROM workers WHERE id = ?) AND team <> (SELECT team FROM workers WHERE id = ?) LIMIT 1').get(stationId, inMonth, inMonth) as { id: string };
    core.db.prepare('UPDATE workers SET merged_into = ?, archived_at = ? WHERE id = ?').run(other.id, '2026-03-01T00:00:00Z', inMonth);
    // Some attendances credited less than the session's hours, one not credited at all (NULL counts 0).
    core.db.exec(`UPDATE attendance SET credited_hours = 0.7 WHERE rowid % 7 = 0`);
    core.db.exec(`UPDATE attendance SET credited_hours = NULL WHERE rowid = (SELECT max(rowid) FROM attendance WHERE status = 'present')`);
    const r = await call(core, admin, 'reports.period', { stationId, kind: 'month', period: month });

    // Independently, from the raw rows.
    const raw = core.db
      .prepare(
        `SELECT a.session_id, a.worker_id, w.merged_into, ifnull(a.credited_hours, 0) AS credited_hours,
                ifnull(t.name, '未填工种') AS trade, CASE k.team WHEN '' THEN '未填班组' ELSE k.team END AS team
         FROM attendance a
         JOIN training_sessions s ON s.id = a.session_id JOIN workers w ON w.id = a.worker_id
         JOIN workers k ON k.id = ifnull(w.merged_into, w.id) LEFT JOIN trades t ON t.id = k.trade_id
         WHERE s.station_id = ? AND s.state = 'closed' AND a.status = 'present' AND substr(s.starts_at, 1, 7) = ?`,
      )
      .all(stationId, month) as { session_id: string; worker_id: string; merged_into: string | null; credited_hours: number; trade: string; team: string }[];
    expect(raw.some((x) => x.merged_into !== null)).toBe(true);
    expect(raw.some((x) => x.credited_hours === 0.7)).toBe(true);
    const sessions = core.db.prepare("SELECT count(*) FROM training_sessions WHERE station_id = ? AND state = 'closed' AND starts_at LIKE ?").pluck().get(stationId, `${month}%`);
    expect(raw.length).toBeGreaterThan(1000);
    expect(r.totals.personTimes).toBe(raw.length);
    expect(r.totals.sessions).toBe(sessions);
    expect(r.totals.distinctWorkers).toBe(new Set(raw.map((x) => x.merged_into ?? x.worker_id)).size);
    expect(r.totals.creditedHours).toBeCloseTo(raw.reduce((s, x) => s + x.credited_hours, 0), 0);
    expect(r.byCategory.reduce((s, c) => s + c.personTimes, 0)).toBe(raw.length);
    expect(r.byTrade.reduce((s, c) => s + c.personTimes, 0)).toBe(raw.length);
    expect(r.byTeam.reduce((s, c) => s + c.personTimes, 0)).toBe(raw.length);
    expect(new Set(r.totals.sessionIndexes).size).toBe(sessions);
    // Every trade's and team's figures, from the raw rows grouped by the counting record's trade and team.
    for (const [rows, key] of [[r.byTrade, 'trade'], [r.byTeam, 'team']] as const) {
      const expected = new Map<string, { personTimes: number; workers: Set<string>; sessions: Set<string>; credited: number }>();
      for (const x of raw) {
        const e = expected.get(x[key]) ?? { personTimes: 0, workers: new Set(), sessions: new Set(), credited: 0 };
        e.personTimes++;
        e.workers.add(x.merged_into ?? x.worker_id);
        e.sessions.add(x.session_id);
        e.credited += x.credited_hours;
        expected.set(x[key], e);
      }
      expect(rows.map((g) => g.label).sort()).toEqual([...expected.keys()].sort());
      for (const g of rows) {
        const e = expected.get(g.label)!;
        expect([g.label, g.personTimes, g.distinctWorkers, g.sessions, g.creditedHours]).toEqual([g.label, e.personTimes, e.workers.size, e.sessions.size, Math.round(e.credited * 10) / 10]);
      }
    }
    // Each breakdown's figures trace back: its sessions' attendance adds up to its person-times.
    const safety = r.byCategory.find((c) => c.key === 'safety')!;
    const ids = new Set(safety.sessionIndexes.map((i) => r.sessions[i]!.id));
    expect(safety.sessionIndexes.every((i) => r.sessions[i]!.category === 'safety')).toBe(true);
    expect(raw.filter((x) => ids.has(x.session_id)).length).toBe(safety.personTimes);
    expect(r.sessions.reduce((s, x) => s + x.personTimes, 0)).toBe(raw.length);

    const sheets = readXlsxWithPython(bytes(await call(core, admin, 'exports.periodReport', { stationId, kind: 'month', period: month })));
    const summary = sheetNamed(sheets, '总体情况');
    expect(summary.rows[0]![0]).toBe('江门滨江新城项目提升站 2026年1月培训月报');
    const value = (label: string) => summary.rows.find((row) => row[0] === label)?.[1];
    expect(value('培训场次')).toBe(sessions);
    expect(value('培训人次')).toBe(raw.length);
    expect(value('培训人数（去重）')).toBe(r.totals.distinctWorkers);
    const detail = sheetNamed(sheets, '培训场次明细');
    expect(detail.rows.length - 3).toBe(sessions);
    expect(detail.printTitleRows).toBe('$3:$3');
    const byCat = sheetNamed(sheets, '按内容类别');
    expect(byCat.rows.at(-1)).toEqual(['合计', sessions, raw.length, r.totals.distinctWorkers, r.totals.classHours, r.totals.creditedHours]);
  });

  it('a month with no sessions: zeros, and the file still opens', async () => {
    const { core, admin, stationId } = await reportStation();
    const r = await call(core, admin, 'reports.period', { stationId, kind: 'month', period: '2025-07' });
    expect(r.totals).toMatchObject({ sessions: 0, personTimes: 0, distinctWorkers: 0, classHours: 0 });
    expect(r.byCategory).toEqual([]);
    expect(r.advanced.percent).toBeNull();
    const sheets = readXlsxWithPython(bytes(await call(core, admin, 'exports.periodReport', { stationId, kind: 'month', period: '2025-07' })));
    expect(sheetNamed(sheets, '总体情况').rows.find((row) => row[0] === '培训人次')?.[1]).toBe(0);
  });

  it('a session across midnight counts in the month it started, with its sign-in times on the sheet', async () => {
    const { core, admin, stationId, people, held } = await reportStation();
    const id = await held({ title: '夜间混凝土浇筑安全交底', startsAt: '2026-03-31T22:00', endsAt: '2026-04-01T01:00' }, [people[0]!, people[1]!]);
    const march = await call(core, admin, 'reports.period', { stationId, kind: 'month', period: '2026-03' });
    const april = await call(core, admin, 'reports.period', { stationId, kind: 'month', period: '2026-04' });
    expect(march.totals).toMatchObject({ sessions: 1, personTimes: 2, classHours: 4 });
    expect(april.totals.sessions).toBe(0);
    const q1 = await call(core, admin, 'reports.period', { stationId, kind: 'quarter', period: '2026-Q1' });
    expect(q1.totals.personTimes).toBe(2);
    const sheet = await call(core, admin, 'reports.signInSheet', { sessionId: id });
    expect(sheet.rows.map((r) => r.signedIn)).toEqual(['21:59', '21:59']);
    expect(sheet.rows.every((r) => r.creditedHours === 4)).toBe(true);
    expect(sheet.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const ws = readXlsxWithPython(bytes(await call(core, admin, 'exports.signInSheet', { sessionId: id })))[0]!;
    expect(ws.rows[2]![0]).toContain('2026-03-31 22:00 至 2026-04-01 01:00');
    expect(ws.rows.at(-2)![0]).toBe(`签到记录校验码：${sheet.fingerprint}`);
  });

  it('plan progress by trade and township; the annual report adds state, five haves, trainers and next year', async () => {
    const { core, admin, stationId, people, trade, held } = await reportStation();
    await call(core, admin, 'plans.set', { stationId, year: 2026, tradeId: trade('钢筋工'), target: 10 });
    await call(core, admin, 'plans.set', { stationId, year: 2026, target: 100 });
    await call(core, admin, 'plans.set', { stationId, year: 2026, scopeKind: 'township', scope: '团结镇', tradeId: trade('砌筑工'), target: 4 });
    await call(core, admin, 'plans.set', { stationId, year: 2027, target: 120 });
    await held({ startsAt: '2026-02-10T08:00', endsAt: '2026-02-10T09:30' }, people);
    await held({ startsAt: '2026-03-10T08:00', endsAt: '2026-03-10T09:30', category: 'skills', skillLevel: 'L3' }, [people[0]!, people[1]!]);
    const r = await call(core, admin, 'reports.period', { stationId, kind: 'month', period: '2026-03' });
    const p = (name: string, scope = '') => r.plan.find((x) => x.tradeName === name && x.scope === scope)!;
    // Only the skills training counts towards seed 000's craftsman-training targets, not February's safety talk.
    expect(p('钢筋工')).toMatchObject({ target: 10, donePeriod: 1, doneYearToDate: 1, percent: 10 });
    expect(p('')).toMatchObject({ target: 100, donePeriod: 2, doneYearToDate: 2, percent: 2 });
    expect(p('砌筑工', '团结镇')).toMatchObject({ donePeriod: 1, doneYearToDate: 1, percent: 25 });
    expect(r.advanced).toEqual({ advancedPersonTimes: 2, leveledPersonTimes: 2, skillsPersonTimes: 2, percent: 100, target: 30 });
    const file = bytes(await call(core, admin, 'exports.periodReport', { stationId, kind: 'year', period: '2026' }));
    const sheets = readXlsxWithPython(file);
    expect(sheetNamed(sheets, '站点情况').rows[2]).toEqual(['建设状况', '拟建']);
    expect(sheetNamed(sheets, '优秀教员').rows[2]).toEqual([1, '刘师傅', 2, 4, 6]);
    expect(sheetNamed(sheets, '下年度计划').rows[2]!.slice(0, 4)).toEqual(['本站', '', '合计（人次）', 120]);
    const dash = await call(core, admin, 'reports.dashboard', { stationId, year: 2026 });
    expect(dash.perMonth.slice(1, 3)).toEqual([
      { month: '2026-02', sessions: 1, personTimes: 4 },
      { month: '2026-03', sessions: 1, personTimes: 2 },
    ]);
  });
});

describe('plan import (seed 000 tables)', () => {
  async function planFile(build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('附件1'));
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  it('reads the by-year table under a merged title, refusing unknown trades, negative and fractional targets', async () => {
    const { core, admin, stationId } = await reportStation();
    const base64 = await planFile((ws) => {
      ws.addRow(['尉犁县建筑工匠培训任务分解一览表（2023—2025年）']);
      ws.mergeCells('A1:F1');
      ws.addRow(['（单位：人次）']);
      ws.addRow(['年度', '人次', '砌筑工', '钢筋工', '火箭装配工', '电工']);
      ws.addRow([2026, 1085, 109, -5, 3, 10.5]);
      ws.addRow(['2027', 907, 90, 91, 1, 90]);
    });
    const dry = await call(core, admin, 'plans.import', { stationId, year: 2026, fileName: '计划.xlsx', base64, dryRun: true });
    expect(dry.issues.map((i) => i.reason).sort()).toEqual(['reports.import.fractional_target', 'reports.import.negative_target', 'reports.import.unknown_trade']);
    expect(dry.entries).toBe(6);
    expect(await call(core, admin, 'plans.list', { stationId, year: 2026 })).toEqual([]);
    await call(core, admin, 'plans.import', { stationId, year: 2026, fileName: '计划.xlsx', base64 });
    const y26 = await call(core, admin, 'plans.list', { stationId, year: 2026 });
    expect(y26.map((e) => [e.tradeName, e.target])).toEqual([['', 1085], ['砌筑工', 109]]);
    expect((await call(core, admin, 'plans.list', { stationId, year: 2027 })).length).toBe(4);
  });

  it('reads the by-township table with a header split over two merged rows', async () => {
    const { core, admin, stationId } = await reportStation();
    const base64 = await planFile((ws) => {
      ws.addRow(['乡镇', '人次', '工种', '', '培育建筑劳务经纪人']);
      ws.addRow(['', '', '砌筑工', '钢筋工', '']);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:B2');
      ws.mergeCells('C1:D1');
      ws.mergeCells('E1:E2');
      ws.addRow(['尉犁镇', 364, 36, 36, 6]);
      ws.addRow(['团结镇', 364, 37, 37, 5]);
      ws.addRow(['合计', 728, 73, 73, 11]);
    });
    const r = await call(core, admin, 'plans.import', { stationId, year: 2026, fileName: 'p.xlsx', base64 });
    expect(r.layout).toBe('by_township');
    // 培育建筑劳务经纪人 is a target that is not a trade: kept, not refused.
    expect(r.entries).toBe(8);
    expect(r.issues).toEqual([]);
    const list = await call(core, admin, 'plans.list', { stationId, year: 2026 });
    expect(list.filter((e) => e.scope === '团结镇').map((e) => [e.tradeName, e.target])).toEqual([['', 364], ['砌筑工', 37], ['钢筋工', 37], ['培育建筑劳务经纪人', 5]]);
    expect(list.every((e) => e.scopeKind === 'township')).toBe(true);
  });
});

describe('subsidy list', () => {
  it('a worker with certificates in three trades and many hours: one vocational subsidy a year, never twice for one occupation and level', async () => {
    const { core, admin, stationId, people, trade, held } = await reportStation();
    const zhang = people[0]!;
    // 002 (十) asks a year of unemployment insurance in the city; (九)'s 400 a high-risk post and a pass.
    await call(core, admin, 'workers.update', { workerId: zhang.id, fields: { insuranceMonths: 12 } });
    await call(core, admin, 'workers.update', { workerId: people[1]!.id, fields: { highRiskPost: 'gas' } });
    await call(core, admin, 'certificates.add', { workerId: people[1]!.id, fields: { kind: 'safety', tradeId: null, level: null, issuedOn: '2026-05-20' } });
    for (const [t, level, on] of [['钢筋工', 'L5', '2026-01-10'], ['砌筑工', 'L4', '2026-02-10'], ['电工', 'L3', '2026-03-10'], ['电工', 'L3', '2026-04-10']] as const) {
      await call(core, admin, 'certificates.add', { workerId: zhang.id, fields: { kind: 'skill_level', tradeId: trade(t), level, number: `CERT-${on}`, issuedOn: on, issuer: '新疆维吾尔自治区职业技能鉴定中心' } });
    }
    expect((await call(core, admin, 'certificates.list', { workerId: zhang.id })).length).toBe(4);
    // 24 class hours of safety training (8 sessions of 3 hours).
    for (let d = 10; d < 18; d++) await held({ startsAt: `2026-05-${d}T08:00`, endsAt: `2026-05-${d}T10:15` }, [zhang, people[1]!]);

    const list = await call(
      core, admin, 'reports.subsidies', { stationId, year: 2026 },
    );
    const mine = list.items.filter((i) => i.workerId === zhang.id);
    // Candidates: 3000 (电工 高级) twice, 1500, 1000 (all vocational-training subsidies, 001 五(二)):
    // the duplicate is refused, one of the kind a year, the largest; the safety hours are not a
    // high-risk post's.
    expect(mine.map((i) => i.amountYuan)).toEqual([3000]);
    expect(list.excluded.map((e) => [e.excludedBecause, e.amountYuan]).sort()).toEqual([['already_granted', 3000], ['kind_used', 1000], ['kind_used', 1500], ['not_high_risk_post', 400]]);
    const li = list.items.find((i) => i.workerId === people[1]!.id)!;
    expect(li).toMatchObject({ rule: 'high_risk_safety', amountYuan: 400 });
    expect(li.reasonZh).toContain('24课时');
    expect(li.sessionIds).toHaveLength(8);

    // The bureau's reply: 电工 高级 paid in 2026 blocks it in 2027 as well.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('发放名单');
    ws.addRow(['姓名', '身份证号码', '补贴项目', '职业（工种）', '等级', '发放金额（元）', '发放日期']);
    ws.addRow(['张三', zhang.idNumber, '职业技能等级证书', '电工', '高级工', 3000, '2026-06-30']);
    ws.addRow(['查无此人', '110101199003077777', '职业技能等级证书', '电工', '高级工', 3000, '2026-06-30']);
    const reply = await call(core, admin, 'subsidies.importReply', {
      stationId, year: 2026, fileName: '回执.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    });
    expect(reply.imported).toBe(1);
    expect(reply.issues.map((i) => i.reason)).toEqual(['reports.import.unknown_worker']);
    const rec = await call(core, admin, 'reports.workerRecord', { workerId: zhang.id });
    expect(rec.payments).toMatchObject([{ amountYuan: 3000, kind: 'certificate', level: 'L3' }]);
    await call(core, admin, 'certificates.add', { workerId: zhang.id, fields: { kind: 'skill_level', tradeId: trade('电工'), level: 'L3', issuedOn: '2027-02-01' } });
    const next = await call(core, admin, 'reports.subsidies', { stationId, year: 2027 });
    expect(next.items).toHaveLength(0);
    expect(next.excluded.map((e) => e.excludedBecause)).toEqual(['already_granted']);

    // The file: masked IDs for a trainer-level export, read back by openpyxl.
    const sheets = readXlsxWithPython(bytes(await call(core, admin, 'exports.subsidies', { stationId, year: 2026 })));
    const main = sheetNamed(sheets, '补贴名单');
    expect(main.rows[1]).toEqual(['序号', '姓名', '证件号码', '职业（工种）', '等级', '补贴项目', '补贴标准（元）', '依据条款', '符合条件说明']);
    const zhangRows = main.rows.filter((r) => r[1] === '张三');
    expect(zhangRows.map((r) => r[6])).toEqual([3000]);
    expect(String(zhangRows[0]![2])).toMatch(/^\d{6}\*+\w{4}$/);
    expect(sheetNamed(sheets, '依据明细').rows.filter((r) => r[4] === '培训场次')).toHaveLength(8);
  });

  it('follows the station\'s own rules: a lower yearly cap', async () => {
    const { core, admin, stationId, people, trade } = await reportStation();
    const rules = (await call(core, admin, 'station.settings', { stationId })).subsidyRules;
    expect(rules.maxPerYear).toBe(3);
    await call(core, admin, 'station.updateSettings', { stationId, subsidyRules: { ...rules, maxPerYear: 1, onePerKind: false } });
    await call(core, admin, 'workers.update', { workerId: people[0]!.id, fields: { insuranceMonths: 12 } });
    for (const t of ['钢筋工', '砌筑工']) await call(core, admin, 'certificates.add', { workerId: people[0]!.id, fields: { kind: 'skill_level', tradeId: trade(t), level: 'L5', issuedOn: '2026-01-10' } });
    const list = await call(core, admin, 'reports.subsidies', { stationId, year: 2026 });
    expect(list.items).toHaveLength(1);
    expect(list.excluded.map((e) => e.excludedBecause)).toEqual(['cap']);
  });
});

describe('safety of exported files', () => {
  it('formula-looking text stays text; full IDs only for an admin; every export is in the audit log', async () => {
    const { core, admin, stationId, people, held } = await reportStation();
    core.db.prepare('UPDATE workers SET name = ?, team = ? WHERE id = ?').run('=HYPERLINK("http://x","点我")', '+1班', people[0]!.id);
    const sessionId = await held({ title: '@SUM(A1)', startsAt: '2026-03-03T08:00', endsAt: '2026-03-03T09:00' }, [people[0]!]);
    const ws = readXlsxWithPython(bytes(await call(core, admin, 'exports.signInSheet', { sessionId })))[0]!;
    const row = ws.rows.find((r) => r[1] === '=HYPERLINK("http://x","点我")')!;
    expect(row).toBeTruthy();
    expect(ws.types[ws.rows.indexOf(row)]![1]).toBe('s');
    expect(row[3]).toBe('+1班');
    expect(String(row[2])).toContain('*');
    const csv = bytes(await call(core, admin, 'exports.signInSheet', { sessionId, format: 'csv' })).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(",'+1班,");

    const trainer = { ...admin, role: 'trainer' as const };
    expect(await fail(core, trainer, 'exports.platform', { stationId, from: '2026-03-01', to: '2026-03-31', fullIdNumbers: true, defaultNationalType: '003001' })).toBe('forbidden');
    const full = readXlsxWithPython(bytes(await call(core, admin, 'exports.platform', { stationId, from: '2026-03-01', to: '2026-03-31', fullIdNumbers: true, defaultNationalType: '003001' })))[0]!;
    expect(full.rows[1]!.slice(0, 3)).toEqual(['培训名称', '培训类型代码', '培训类型']);
    expect(full.rows[2]![11]).toBe(people[0]!.idNumber);
    expect(full.rows[2]![0]).toBe('@SUM(A1)');
    await call(core, admin, 'exports.workerRecord', { workerId: people[0]!.id });
    const audit = core.db.prepare("SELECT entity, after_json FROM audit_log WHERE action = 'export_personal_data' ORDER BY rowid").all() as { entity: string; after_json: string }[];
    expect(audit.map((a) => a.entity)).toEqual(['sign_in_sheet', 'sign_in_sheet', 'platform', 'worker_record']);
    expect(JSON.parse(audit[2]!.after_json)).toMatchObject({ fullIdNumbers: true, rows: 1 });
    expect(audit.every((a) => !a.after_json.includes(people[0]!.idNumber))).toBe(true);
  });
});
