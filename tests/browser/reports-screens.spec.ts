import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn } from './pages/RecordsPages';
import { ReportsArea } from './pages/ReportsPages';
import { createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { readXlsx, sheet, valueBeside } from './support/xlsx';

const zh = resources['zh-CN'];
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** What the tests create, and what they expect the reports to say, counted here from those rows. */
interface Held {
  id: string;
  title: string;
  startsAt: string;
  category: string;
  classHours: number;
  skillLevel: string | null;
  attendees: TestWorker[];
}

let api: StationApi;
let stationId: string;
let trainerId: string;
let trades: Map<string, string>;
let workers: TestWorker[];
const held: Held[] = [];

async function xlsxOf(buffer: Promise<ExcelJS.Buffer>): Promise<Buffer> {
  return Buffer.from(await buffer);
}

/** A session on a past date: created, attendees added by a trainer's correction, opened and closed. */
async function hold(title: string, startsAt: string, endsAt: string, who: TestWorker[], extra: { category?: string; skillLevel?: string; nationalType?: string; close?: boolean } = {}): Promise<Held> {
  const [s] = await api.call<{ id: string; classHours: number }[]>('sessions.create', {
    stationId,
    fields: {
      title,
      category: extra.category ?? 'safety',
      startsAt,
      endsAt,
      trainerIds: [trainerId],
      skillLevel: extra.skillLevel ?? null,
      nationalType: extra.nationalType ?? null,
      location: '二楼培训室',
    },
  });
  for (const w of who) await api.call('attendance.correct', { sessionId: s!.id, workerId: w.id, action: 'add', reason: '纸质签到补录' });
  await api.call('sessions.setState', { sessionId: s!.id, state: 'open' });
  if (extra.close !== false) await api.call('sessions.setState', { sessionId: s!.id, state: 'closed' });
  const h = { id: s!.id, title, startsAt, category: extra.category ?? 'safety', classHours: s!.classHours, skillLevel: extra.skillLevel ?? null, attendees: who };
  if (extra.close !== false) held.push(h);
  return h;
}

/** The figures a period's report must show, counted from the sessions this file created. */
function expected(from: string, to: string) {
  const inRange = held.filter((h) => h.startsAt.slice(0, 10) >= from && h.startsAt.slice(0, 10) <= to);
  const personTimes = inRange.reduce((n, h) => n + h.attendees.length, 0);
  const distinct = new Set(inRange.flatMap((h) => h.attendees.map((w) => w.id))).size;
  const classHours = Math.round(inRange.reduce((n, h) => n + h.classHours, 0) * 10) / 10;
  // Seed 003's base: vocational-skills person-times (the 技能提升 category, or a session with a level).
  const leveled = inRange.filter((h) => h.category === 'skills' || h.skillLevel).reduce((n, h) => n + h.attendees.length, 0);
  const advanced = inRange.filter((h) => h.skillLevel && ['L3', 'L2', 'L1', 'special', 'chief'].includes(h.skillLevel)).reduce((n, h) => n + h.attendees.length, 0);
  return { sessions: inRange.length, personTimes, distinct, classHours, leveled, advanced, inRange };
}

test('a month of training: the report on screen equals the counts of what was held, and the .xlsx says the same', async ({ page, station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  trades = new Map((await api.call<{ id: string; name: string }[]>('trades.list', { stationId })).map((t) => [t.name, t.id]));
  trainerId = (await api.call<{ id: string }>('trainers.create', { stationId, fields: { name: '刘建华', kind: 'model_craftsman' } })).id;
  workers = [
    await createWorker(api, stationId, '张三', 11, { tradeId: trades.get('钢筋工'), team: '钢筋班' }),
    await createWorker(api, stationId, '李四', 12, { tradeId: trades.get('钢筋工'), team: '钢筋班' }),
    await createWorker(api, stationId, '王五', 13, { tradeId: trades.get('砌筑工'), team: '木工班' }),
    await createWorker(api, stationId, '阿依古丽·买买提', 14, { tradeId: null, team: '' }),
  ];
  const [zhang, li, wang, aygul] = workers as [TestWorker, TestWorker, TestWorker, TestWorker];
  await hold('高处作业安全教育', '2025-05-06T08:00', '2025-05-06T09:30', [zhang, li, wang], { skillLevel: 'L3', nationalType: '003001' });
  await hold('钢筋绑扎技能提升', '2025-05-20T14:00', '2025-05-20T16:15', [zhang, aygul], { category: 'skills', skillLevel: 'L5', nationalType: '003004' });
  // Across midnight: counts in May, the month it started.
  await hold('夜间施工安全交底', '2025-05-31T22:00', '2025-06-01T00:30', [wang], { nationalType: '003001' });
  await hold('四月安全教育', '2025-04-10T08:00', '2025-04-10T09:00', [li]);
  // Open, never closed: not training done, so in no report.
  await hold('未结束的培训', '2025-05-28T08:00', '2025-05-28T09:00', [zhang, li, wang, aygul], { close: false });
  await api.call('plans.set', { stationId, year: 2025, target: 100 });
  await api.call('plans.set', { stationId, year: 2025, tradeId: trades.get('钢筋工'), target: 20 });

  const may = expected('2025-05-01', '2025-05-31');
  expect(may.sessions).toBe(3);

  await openSignedIn(page, '/reports', ADMIN_PASSWORD);
  const reports = new ReportsArea(page);
  await expect(page.getByTestId('period-report-page')).toBeVisible();
  await reports.open('/reports/period?kind=month&period=2025-05', 'period-report-page');
  await expect(page.getByTestId('report-heading')).toHaveText(fill(zh['reportsui.heading.month']!, { period: '2025年5月' }));
  await expect(reports.total('sessions')).toHaveText(String(may.sessions));
  await expect(reports.total('personTimes')).toHaveText(String(may.personTimes));
  await expect(reports.total('distinctWorkers')).toHaveText(String(may.distinct));
  await expect(reports.total('classHours')).toHaveText(String(may.classHours));
  // 3 of 5 leveled person-times at 高级工: 60%, above seed 003's 30%.
  const share = Math.round((may.advanced / may.leveled) * 1000) / 10;
  await expect(reports.total('advancedShare')).toHaveText(`${share}%`);
  await expect(page.getByTestId('total-advancedShare')).toHaveAttribute('data-state', 'ok');
  await expect(reports.total('newWorkers')).toHaveText('0');

  // By trade: 钢筋工 has 张三 twice and 李四 once in May.
  await page.getByTestId('breakdown-tabs').getByRole('tab', { name: zh['reportsui.by.trade']! }).click();
  const rebar = reports.rows('figures-trade').filter({ hasText: '钢筋工' });
  const rebarTimes = may.inRange.reduce((n, h) => n + h.attendees.filter((w) => w.id === zhang.id || w.id === li.id).length, 0);
  await expect(rebar.locator('td').nth(3)).toHaveText(String(rebarTimes));
  await expect(reports.rows('figures-trade').filter({ hasText: zh['reportsui.noTrade']! })).toHaveCount(1);
  // Traceable: the row opens to its sessions, each a link to the session.
  await rebar.click();
  const rebarSessions = may.inRange.filter((h) => h.attendees.some((w) => w.id === zhang.id || w.id === li.id));
  await expect(page.getByTestId('figures-trade').getByTestId('figure-session-link')).toHaveCount(rebarSessions.length);
  await expect(page.getByTestId('figures-trade').getByTestId('figure-session-link').first()).toHaveAttribute('href', `/sessions/${rebarSessions[0]!.id}`);

  // Plan: year-to-date person-times of all trades (April and May) against 100, counting vocational-skills
  // training only (the 技能提升 category or a session with a level), seed 000's craftsman training.
  const skillsOnly = (hs: Held[]) => hs.filter((h) => h.category === 'skills' || h.skillLevel).reduce((n, h) => n + h.attendees.length, 0);
  const ytd = skillsOnly(expected('2025-01-01', '2025-05-31').inRange);
  const total = reports.rows('plan-progress').filter({ hasText: zh['reportsui.plan.allTrades']! });
  await expect(total.locator('td').nth(3)).toHaveText(String(skillsOnly(may.inRange)));
  await expect(total.locator('td').nth(4)).toHaveText(String(ytd));
  await expect(total).toContainText(`${Math.round((ytd / 100) * 1000) / 10}%`);
  await screenshot(page, 'reports-month-zh-CN');

  // The file, read back by openpyxl.
  const file = await reports.download(() => page.getByTestId('period-export').click());
  expect(file.name).toMatch(/^月报_.*_2025-05\.xlsx$/);
  const summary = sheet(readXlsx(file.path), '总体情况');
  expect(valueBeside(summary, '培训场次')).toBe(may.sessions);
  expect(valueBeside(summary, '培训人次')).toBe(may.personTimes);
  expect(valueBeside(summary, '培训人数（去重）')).toBe(may.distinct);
  expect(valueBeside(summary, '课时')).toBe(may.classHours);
  expect(valueBeside(summary, '高级工及以上占比（%）（注1）')).toBe(share);
  const byTrade = sheet(readXlsx(file.path), '按工种');
  expect(byTrade.rows.find((r) => r[0] === '钢筋工')?.slice(1, 4)).toEqual([rebarSessions.length, rebarTimes, 2]);
  const detail = sheet(readXlsx(file.path), '培训场次明细');
  for (const h of may.inRange) expect(detail.rows.some((r) => r.includes(h.title))).toBe(true);
  expect(detail.rows.some((r) => r.includes('未结束的培训'))).toBe(false);

  // Print goes to the print view in the same window.
  await expect(page.getByTestId('period-print')).toHaveAttribute('href', `/print/report?kind=month&period=2025-05&station=${stationId}`);
  await page.getByTestId('period-print').click();
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 15_000 });
  await expect(page).toHaveURL(/\/print\/report\?kind=month&period=2025-05/);
});

test('a quarter, a year (the annual report) and a month with nothing held', async ({ page }) => {
  await openSignedIn(page, '/reports/period?kind=month&period=2025-05', ADMIN_PASSWORD);
  const reports = new ReportsArea(page);
  await expect(reports.total('sessions')).toBeVisible();
  // Switch to the quarter with the segmented control: the picker keeps the period's quarter.
  await page.getByTestId('period-kind').getByText(zh['reportsui.kind.quarter']!, { exact: true }).click();
  await expect(page).toHaveURL(/kind=quarter&period=2025-Q2/);
  const q2 = expected('2025-04-01', '2025-06-30');
  await expect(reports.total('sessions')).toHaveText(String(q2.sessions));
  await expect(reports.total('personTimes')).toHaveText(String(q2.personTimes));
  await expect(reports.total('distinctWorkers')).toHaveText(String(q2.distinct));
  await screenshot(page, 'reports-quarter-zh-CN');

  await page.getByTestId('period-kind').getByText(zh['reportsui.kind.year']!, { exact: true }).click();
  await expect(page).toHaveURL(/kind=year&period=2025$/);
  const year = expected('2025-01-01', '2025-12-31');
  await expect(reports.total('sessions')).toHaveText(String(year.sessions));
  const trainer = reports.rows('annual-trainers').filter({ hasText: '刘建华' });
  await expect(trainer.locator('td').nth(3)).toHaveText(String(year.sessions));
  await expect(trainer.locator('td').nth(5)).toHaveText(String(year.personTimes));
  await expect(page.getByTestId('five-haves')).toBeVisible();
  await expect(page.getByTestId('annual-next-plan')).toContainText(zh['reportsui.plan.none']!);
  await screenshot(page, 'reports-annual-zh-CN');
  await expect(page.getByTestId('period-print')).toHaveAttribute('href', `/print/report?kind=annual&year=2025&station=${stationId}`);

  // July 2025, picked in the month picker: nothing held. A clear statement, not a row of zeros.
  await page.getByTestId('period-kind').getByText(zh['reportsui.kind.month']!, { exact: true }).click();
  await expect(page).toHaveURL(/kind=month&period=2025-01$/);
  await page.getByTestId('period-picker').click();
  await expect(page.locator('.ant-picker-dropdown td[title="2025-07"]')).toBeVisible();
  await screenshot(page, 'reports-month-picker-zh-CN', false);
  await page.locator('.ant-picker-dropdown td[title="2025-07"]').click();
  await expect(page).toHaveURL(/kind=month&period=2025-07$/);
  await expect(page.getByTestId('period-empty')).toContainText(fill(zh['reportsui.empty']!, { period: '2025年7月' }));
  await expect(page.getByTestId('report-totals')).toHaveCount(0);
  await screenshot(page, 'reports-month-empty-zh-CN');
});

test('the training plan: add, edit and delete a target; a bad file shows its problems and writes nothing', async ({ page }) => {
  await openSignedIn(page, '/reports/plans?year=2026', ADMIN_PASSWORD);
  const reports = new ReportsArea(page);
  await expect(page.getByTestId('plan-table')).toContainText(fill(zh['reportsui.plan.emptyYear']!, { year: 2026 }));

  await page.getByTestId('plan-add').click();
  await page.getByTestId('plan-scope-kind').getByText(zh['reportsui.scope.township']!, { exact: true }).click();
  await page.getByTestId('plan-scope').fill('团结镇');
  await page.getByTestId('plan-trade').click();
  await page.keyboard.type('砌筑工');
  await page.keyboard.press('Enter');
  await page.getByTestId('plan-target').fill('40');
  await screenshot(page, 'reports-plan-dialog-zh-CN', false);
  await page.getByTestId('plan-target').press('Enter');
  await expect(reports.rows('plan-table')).toHaveCount(1);
  await expect(reports.rows('plan-table').first()).toContainText('团结镇');
  await expect(reports.rows('plan-table').first()).toContainText('砌筑工');
  await expect(reports.rows('plan-table').first().locator('td').nth(3)).toHaveText('40');

  await reports.rows('plan-table').first().getByTestId('plan-edit').click();
  await page.getByTestId('plan-target').fill('45');
  await page.getByTestId('plan-target').press('Enter');
  await expect(reports.rows('plan-table').first().locator('td').nth(3)).toHaveText('45');
  const saved = await api.call<{ scope: string; tradeName: string; target: number }[]>('plans.list', { stationId, year: 2026 });
  expect(saved.map((p) => [p.scope, p.tradeName, p.target])).toEqual([['团结镇', '砌筑工', 45]]);

  // A file with no plan table in it: said plainly, nothing written.
  const other = new ExcelJS.Workbook();
  other.addWorksheet('花名册').addRow(['姓名', '身份证号']);
  await reports.upload('plan-import-choose', { name: '花名册.xlsx', buffer: await xlsxOf(other.xlsx.writeBuffer()) });
  await expect(page.getByTestId('plan-import-error')).toContainText(zh['reports.import.no_plan_header']!);
  await expect(page.getByTestId('plan-import-preview')).toHaveCount(0);

  // A plan file in seed 000's shape with an unknown trade, a negative and a fractional target.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('计划');
  ws.addRow(['尉犁县建筑工匠培训计划表']);
  ws.addRow(['年度', '人次', '钢筋工', '飞行员', '砌筑工']);
  ws.addRow(['2026年', 300, -5, 10, 12.5]);
  const bad = await xlsxOf(wb.xlsx.writeBuffer());
  await reports.upload('plan-import-choose', { name: '培训计划（有误）.xlsx', buffer: bad });
  const issues = page.getByTestId('plan-import-issues');
  await expect(issues).toContainText(fill(zh['reports.import.unknown_trade']!, { trade: '飞行员' }));
  await expect(issues).toContainText(fill(zh['reports.import.negative_target']!, { value: '-5' }));
  await expect(issues).toContainText(fill(zh['reports.import.fractional_target']!, { value: '12.5' }));
  await expect(page.getByTestId('plan-import-summary')).toContainText(fill(zh['reportsui.plan.importCount']!, { n: 1 }));
  await screenshot(page, 'reports-plan-import-problems-zh-CN');
  // Nothing written by the check; and declining the confirmation writes nothing either.
  await page.getByTestId('plan-import-commit').click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: zh['rec.cancel']! }).click();
  await page.getByTestId('plan-import-discard').click();
  expect(await api.call<unknown[]>('plans.list', { stationId, year: 2026 })).toHaveLength(1);
  await expect(reports.rows('plan-table')).toHaveCount(1);

  // A good file: checked, then written.
  const good = new ExcelJS.Workbook();
  const g = good.addWorksheet('计划');
  g.addRow(['年度', '人次', '钢筋工', '砌筑工']);
  g.addRow([2026, 300, 120, 80]);
  await reports.upload('plan-import-choose', { name: '培训计划.xlsx', buffer: await xlsxOf(good.xlsx.writeBuffer()) });
  await expect(page.getByTestId('plan-import-summary')).toContainText(fill(zh['reportsui.plan.importCount']!, { n: 3 }));
  await page.getByTestId('plan-import-commit').click();
  await expect(reports.rows('plan-table')).toHaveCount(4);
  await expect(page.getByTestId('plan-import-preview')).toHaveCount(0);
  await screenshot(page, 'reports-plans-zh-CN');

  // Delete asks first.
  const township = reports.rows('plan-table').filter({ hasText: '团结镇' });
  await township.getByTestId('plan-delete').click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: zh['reportsui.delete']! }).click();
  await expect(reports.rows('plan-table')).toHaveCount(3);
  expect(await api.call<unknown[]>('plans.list', { stationId, year: 2026 })).toHaveLength(3);
});

test('the subsidy list: on screen, as .xlsx with full ID numbers for an admin, and the bureau\'s reply', async ({ page }) => {
  const zhang = workers[0]!;
  await api.call('certificates.add', { workerId: zhang.id, fields: { kind: 'skill_level', tradeId: trades.get('钢筋工'), level: 'L3', number: 'GZ-2025-001', issuedOn: '2025-06-01', issuer: '职业技能鉴定中心' } });
  // 002 (十): and a year of unemployment insurance paid in the city.
  await api.call('workers.update', { workerId: zhang.id, fields: { insuranceMonths: 12 } });
  const list = await api.call<{ items: { workerId: string; amountYuan: number }[]; totalYuan: number }>('reports.subsidies', { stationId, year: 2025 });
  expect(list.items.length).toBeGreaterThan(0);

  await openSignedIn(page, '/reports/subsidies?year=2025', ADMIN_PASSWORD);
  const reports = new ReportsArea(page);
  await expect(page.getByTestId('subsidy-count').locator('.ant-statistic-content')).toHaveText(String(list.items.length));
  await expect(page.getByTestId('subsidy-total').locator('.ant-statistic-content')).toHaveText(list.totalYuan.toLocaleString('en-US'));
  const row = reports.rows('subsidy-table').filter({ hasText: '张三' });
  await expect(row).toContainText('钢筋工');
  await expect(row).toContainText(zh['level.L3']!);
  await expect(row).toContainText('3000');
  // The ID number is masked on screen.
  await expect(row).not.toContainText(zhang.idNumber);
  await row.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId('subsidy-reason')).toContainText('GZ-2025-001');

  await page.getByTestId('subsidy-export-full-ids').click();
  await expect(page.getByTestId('subsidy-export-full-ids-warning')).toBeVisible();
  await screenshot(page, 'reports-subsidies-zh-CN');
  const file = await reports.download(() => page.getByTestId('subsidy-export').click());
  expect(file.name).toMatch(/^补贴名单_.*_2025\.xlsx$/);
  const rows = sheet(readXlsx(file.path), '补贴名单').rows;
  const zhangRow = rows.find((r) => r[1] === '张三')!;
  expect(zhangRow[2]).toBe(zhang.idNumber);
  expect(zhangRow[6]).toBe(3000);
  expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(list.items.length);

  // CSV too, masked by default.
  await page.getByTestId('subsidy-export-full-ids').click();
  await page.getByTestId('subsidy-export-format').getByText(zh['exportUi.csv']!, { exact: true }).click();
  const csv = await reports.download(() => page.getByTestId('subsidy-export').click());
  expect(csv.name).toMatch(/\.csv$/);
  const text = readFileSync(csv.path, 'utf8');
  expect(text).toContain('张三');
  expect(text).not.toContain(zhang.idNumber);

  // The reply: one payment for 张三, one ID not on the roster.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发放名单');
  ws.addRow(['姓名', '身份证号码', '补贴项目', '职业（工种）', '等级', '发放金额（元）', '发放日期']);
  ws.addRow(['张三', zhang.idNumber, '职业技能等级证书', '钢筋工', '高级工', 3000, '2025-09-30']);
  ws.addRow(['查无此人', '110101199003077777', '职业技能等级证书', '电工', '高级工', 3000, '2025-09-30']);
  await reports.upload('reply-import-choose', { name: '人社局回执.xlsx', buffer: await xlsxOf(wb.xlsx.writeBuffer()) });
  await expect(page.getByTestId('reply-import-issues')).toContainText(zh['reports.import.unknown_worker']!);
  expect(await api.call<unknown[]>('subsidies.payments', { workerId: zhang.id })).toHaveLength(0);
  await page.getByTestId('reply-import-commit').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText(fill(zh['reportsui.subsidy.replyDone']!, { n: 1 }));
  expect(await api.call<{ amountYuan: number }[]>('subsidies.payments', { workerId: zhang.id })).toMatchObject([{ amountYuan: 3000 }]);
});

test('the subsidy rules: each with its clause word for word; an admin edits them, a negative amount is refused; zh-CN, ug, en', async ({ page }) => {
  await openSignedIn(page, '/reports/subsidy-rules', ADMIN_PASSWORD);
  await expect(page.getByTestId('rule-high_risk_safety-clause')).toContainText('考试合格后按每人400元标准给予补贴');
  await expect(page.getByTestId('rule-certificate-clause')).toContainText('且在本市缴纳失业保险1年以上的企业职工');
  await expect(page.getByTestId('rules-cap')).toContainText('同一职业同一等级不可重复享受');
  // 001 gives 岗前培训 no amount: none until the station enters one.
  await expect(page.getByTestId('rule-pre_job-yuan')).toHaveValue('');
  await page.getByTestId('rule-pre_job-yuan').fill('600');
  await page.getByTestId('rules-save').click();
  await expect(page.locator('.ant-message')).toContainText(zh['reportsui.rules.saved']!);
  const saved = await api.call<{ subsidyRules: { rules: { code: string; yuan: number | null }[] } }>('station.settings', { stationId });
  expect(saved.subsidyRules.rules.find((r) => r.code === 'pre_job')!.yuan).toBe(600);
  await page.getByTestId('rule-city_operation-yuan').fill('-500');
  await page.getByTestId('rules-save').click();
  await expect(page.getByTestId('rules-error')).toBeVisible();
  const after = await api.call<{ subsidyRules: { rules: { code: string; yuan: number | null }[] } }>('station.settings', { stationId });
  expect(after.subsidyRules.rules.find((r) => r.code === 'city_operation')!.yuan).toBe(500);
  await screenshot(page, 'reports-subsidy-rules-zh-CN');

  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
    await page.goto('/reports/subsidies?year=2025');
    const applied = page.getByTestId('subsidy-rules-applied');
    await expect(applied).toBeVisible();
    await expect(applied).toContainText('002 五（十）');
    await applied.locator('.ant-table-row').filter({ hasText: '002 五（十一）' }).locator('.ant-table-row-expand-icon').click();
    // The sentence is the notice's Chinese, left to right, whatever the screen's language.
    const clause = page.getByTestId('clause-city_operation').locator('.subsidy-clause-text');
    await expect(clause).toHaveAttribute('dir', 'ltr');
    await expect(clause).toHaveText(/^城市供水、排水、供热/);
    await screenshot(page, `reports-subsidies-rules-applied-${lang}`);
    if (lang !== 'zh-CN') {
      await page.goto('/reports/subsidy-rules');
      await expect(page.getByTestId('rule-apprenticeship-clause')).toContainText('高级技师水平每人每年8000元');
      await screenshot(page, `reports-subsidy-rules-${lang}`);
    }
  }
  await page.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
});

test('the status table with blanks visible, its .xlsx, and the platform export of a month', async ({ page }) => {
  await api.call('station.update', { stationId, profile: { enterprise: '中建三局滨江花园二期项目部', contactName: '陈志强', contactMobile: '13912345678', state: 'built' } });
  await openSignedIn(page, '/reports/status-table', ADMIN_PASSWORD);
  const reports = new ReportsArea(page);
  const row = reports.rows('status-rows').first();
  await expect(row).toContainText('中建三局滨江花园二期项目部');
  await expect(row).toContainText('陈志强');
  await expect(row).toContainText(zh['stationState.built']!);
  // No address, no unit and post: the blanks show.
  await expect(row.locator('.status-blank')).toHaveCount(2);
  await screenshot(page, 'reports-status-table-zh-CN');
  const file = await reports.download(() => page.getByTestId('status-export').click());
  const rows = readXlsx(file.path)[0]!.rows;
  expect(rows.some((r) => r.includes('提升站所在企业（或在建项目）名称'))).toBe(true);
  const line = rows.find((r) => r.includes('中建三局滨江花园二期项目部'))!;
  expect(line).toContain('陈志强');
  expect(line).toContain('已建');
  await expect(page.getByTestId('status-print')).toHaveAttribute('href', `/print/status-table?stations=${stationId}`);

  await page.goto('/reports/platform?from=2025-05-01&to=2025-05-31');
  const may = expected('2025-05-01', '2025-05-31');
  await expect(reports.rows('platform-sessions')).toHaveCount(may.sessions);
  await screenshot(page, 'reports-platform-zh-CN');
  const exported = await reports.download(() => page.getByTestId('platform-export').click());
  const sheetRows = readXlsx(exported.path)[0]!.rows;
  const header = sheetRows.findIndex((r) => r[0] === '培训名称');
  expect(header).toBeGreaterThanOrEqual(0);
  const lines = sheetRows.slice(header + 1).filter((r) => r[0]);
  expect(lines).toHaveLength(may.personTimes);
  for (const h of may.inRange) expect(lines.filter((r) => r[0] === h.title)).toHaveLength(h.attendees.length);
});

test('the reports in Uyghur', async ({ page }) => {
  await openSignedIn(page, '/reports/period?kind=month&period=2025-05', ADMIN_PASSWORD, 'ug');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const reports = new ReportsArea(page);
  await expect(reports.total('sessions')).toHaveText(String(expected('2025-05-01', '2025-05-31').sessions));
  await expect(page.getByTestId('report-heading')).toHaveText(fill(resources.ug['reportsui.heading.month']!, { period: fill(resources.ug['reportsui.periodName.month']!, { year: 2025, month: 5 }) }));
  await screenshot(page, 'reports-month-ug');
  await page.goto('/reports/plans?year=2026');
  await expect(reports.rows('plan-table')).toHaveCount(3);
  await screenshot(page, 'reports-plans-ug');
});

test('a trainer sees the reports but cannot change the plan or export full ID numbers', async ({ page }) => {
  await api.call('accounts.create', { username: 'liu', displayName: '刘建华', role: 'trainer', password: 'Peixun-2025' });
  await page.goto('/signin');
  await page.getByTestId('signin-form').locator('#username').fill('liu');
  await page.getByTestId('signin-form').locator('#password').fill('Peixun-2025');
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
  const reports = new ReportsArea(page);

  await reports.open('/reports/plans?year=2026', 'plans-page');
  await expect(reports.rows('plan-table')).toHaveCount(3);
  await expect(page.getByTestId('plan-add')).toHaveCount(0);
  await expect(page.getByTestId('plan-edit')).toHaveCount(0);
  await expect(page.getByTestId('plan-import-choose')).toHaveCount(0);

  await reports.open('/reports/subsidies?year=2025', 'subsidies-page');
  await expect(reports.rows('subsidy-table')).toHaveCount(1);
  await expect(page.getByTestId('subsidy-export-full-ids')).toHaveCount(0);
  await expect(page.getByTestId('reply-import-choose')).toHaveCount(0);
  const file = await reports.download(() => page.getByTestId('subsidy-export').click());
  const row = sheet(readXlsx(file.path), '补贴名单').rows.find((r) => r[1] === '张三')!;
  expect(String(row[2])).toContain('*');
  expect(row[2]).not.toBe(workers[0]!.idNumber);
});
