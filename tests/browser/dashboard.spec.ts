import type { Locator, Page } from '@playwright/test';
import { stationNow } from '../../shared/domain/time';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn } from './pages/RecordsPages';
import { createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;

// Several page loads per test on a shared two-core machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let api: StationApi;
let stationId: string;
/** The figures are arranged in last year, so every month is in the past whatever today is. */
const YEAR = Number(stationNow(new Date()).slice(0, 4)) - 1;

interface Held {
  month: number;
  startsAt: string;
  endsAt: string;
  category: string;
  trainers: number[];
  attendees: number[];
  /** Signed in, then voided: not a person-time. */
  voided?: number[];
  override?: number;
  /** Left open: not counted until closed. */
  open?: boolean;
  year?: number;
}

/** Sessions over several months; one open, one in the year before, one with an override, a voided sign-in. */
const SESSIONS: Held[] = [
  { month: 2, startsAt: '09:00', endsAt: '10:30', category: 'safety', trainers: [0], attendees: [0, 1, 2] },
  { month: 2, startsAt: '14:00', endsAt: '16:15', category: 'skills', trainers: [1], attendees: [0, 3], voided: [4] },
  { month: 5, startsAt: '09:00', endsAt: '09:45', category: 'safety', trainers: [0, 1], attendees: [1, 2, 3, 4] },
  { month: 9, startsAt: '08:00', endsAt: '11:00', category: 'rights', trainers: [1], attendees: [0, 1, 2, 3, 4, 5], override: 2 },
  { month: 9, startsAt: '19:00', endsAt: '20:30', category: 'skills', trainers: [], attendees: [5] },
  { month: 11, startsAt: '09:00', endsAt: '10:00', category: 'safety', trainers: [0], attendees: [2, 3], open: true },
  { month: 12, startsAt: '09:00', endsAt: '10:00', category: 'safety', trainers: [0], attendees: [0, 1], year: YEAR - 1 },
];
const TRAINERS = ['刘师傅', '<b>买买提·艾力</b>'];
/** Workers: name, trade name, home township. */
const PEOPLE: [string, string, string][] = [
  ['张三', '钢筋工', '尉犁镇'],
  ['李四', '砌筑工', '团结镇'],
  ['王五', '钢筋工', '团结镇'],
  ['阿依古丽·买买提', '砌筑工', '尉犁镇'],
  ['赵六', '电工', '尉犁镇'],
  ['孙七', '钢筋工', '团结镇'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const round1 = (n: number) => Math.round(n * 10) / 10;

interface Expected {
  perMonth: { sessions: number; personTimes: number }[];
  classHours: Map<string, number>;
  creditedHours: Map<string, number>;
  trainers: Map<string, { sessions: number; hours: number; attendees: number }>;
  plan: { label: string; target: number; done: number }[];
}

let expected: Expected;
let workers: TestWorker[];

/** Reads a figure table: each body row as its header cell and its cells by column. */
async function readTable(table: Locator): Promise<{ head: string; cells: Record<string, string> }[]> {
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      head: tr.querySelector('th')?.textContent ?? '',
      cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-col') ?? '', td.textContent ?? ''])),
    })),
  );
}

async function showTable(page: Page, id: string): Promise<Locator> {
  await page.getByTestId(`dash-${id}-view`).getByText(zh['dashboard.view.table']!, { exact: true }).click();
  const table = page.getByTestId(`dash-${id}-table`);
  await expect(table).toBeVisible();
  return table;
}

async function pickYear(page: Page, year: number, label: string): Promise<void> {
  await page.getByTestId('dashboard-year').click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(page.getByTestId('dashboard-year')).toContainText(label);
  void year;
}

test('an empty station: a friendly empty state under the home page, the guide still there', async ({ page, station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  await openSignedIn(page, '/', ADMIN_PASSWORD);
  const empty = page.getByTestId('dashboard-empty');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText(zh['dashboard.empty.hint']!);
  await expect(page.getByTestId('dashboard').locator('svg.echart, .echart')).toHaveCount(0);
  // The home page's own content stays.
  await expect(page.getByTestId('header-station-name')).toHaveText(STATION_NAME);
  await expect(page.getByText(zh['home.empty.title']!)).toBeVisible();
  await screenshot(page, 'dashboard-empty-zh-CN');
});

test('arrange: workers, trainers, plan and sessions with sign-ins through the API', async () => {
  const trades = await api.call<{ id: string; name: string }[]>('trades.list', { stationId, planningOnly: false, includeInactive: false });
  const tradeId = (name: string) => trades.find((t) => t.name === name)!.id;
  workers = [];
  for (const [i, [name, trade, township]] of PEOPLE.entries())
    workers.push(await createWorker(api, stationId, name, 1 + i, { tradeId: tradeId(trade), homeTownship: township }));
  const trainerIds: string[] = [];
  for (const name of TRAINERS) trainerIds.push((await api.call<{ id: string }>('trainers.create', { stationId, fields: { name, kind: 'model_craftsman' } })).id);
  const minutesPerHour = (await api.call<{ minutesPerClassHour: number }>('station.settings', { stationId })).minutesPerClassHour;

  const plans = [
    { scopeKind: 'station', scope: '', trade: null, target: 30 },
    { scopeKind: 'station', scope: '', trade: '钢筋工', target: 8 },
    { scopeKind: 'township', scope: '团结镇', trade: null, target: 10 },
  ] as const;
  for (const p of plans)
    await api.call('plans.set', { stationId, year: YEAR, scopeKind: p.scopeKind, scope: p.scope, tradeId: p.trade ? tradeId(p.trade) : null, target: p.target });

  expected = {
    perMonth: Array.from({ length: 12 }, () => ({ sessions: 0, personTimes: 0 })),
    classHours: new Map(),
    creditedHours: new Map(),
    trainers: new Map(),
    plan: [],
  };
  const planDone = plans.map(() => 0);
  for (const [n, s] of SESSIONS.entries()) {
    const date = `${s.year ?? YEAR}-${pad(s.month)}-${pad(3 + n)}`;
    const [created] = await api.call<{ id: string }[]>('sessions.create', {
      stationId,
      fields: {
        title: `培训 ${n + 1}`,
        category: s.category,
        startsAt: `${date}T${s.startsAt}`,
        endsAt: `${date}T${s.endsAt}`,
        trainerIds: s.trainers.map((i) => trainerIds[i]),
        classHoursOverride: s.override ?? null,
      },
    });
    const sessionId = created!.id;
    await api.call('sessions.setState', { sessionId, state: 'open' });
    for (const i of [...s.attendees, ...(s.voided ?? [])])
      await api.call('attendance.correct', { sessionId, workerId: workers[i]!.id, action: 'add', reason: '补登' });
    for (const i of s.voided ?? []) await api.call('attendance.correct', { sessionId, workerId: workers[i]!.id, action: 'void', reason: '误签' });
    if (s.open) continue;
    await api.call('sessions.setState', { sessionId, state: 'closed' });
    if (s.year !== undefined) continue;

    // What the dashboard should say, from the arrangement itself.
    const hours = s.override ?? round1((minutes(s.endsAt) - minutes(s.startsAt)) / minutesPerHour);
    const m = expected.perMonth[s.month - 1]!;
    m.sessions++;
    m.personTimes += s.attendees.length;
    expected.classHours.set(s.category, round1((expected.classHours.get(s.category) ?? 0) + hours));
    // Person-hours credited: the sum over the attendance rows the station keeps for the session.
    const live = await api.call<{ rows: { status: string; creditedHours: number | null }[] }>('attendance.live', { sessionId });
    const credited = live.rows.filter((r) => r.status === 'present').reduce((a, r) => a + (r.creditedHours ?? 0), 0);
    expected.creditedHours.set(s.category, round1((expected.creditedHours.get(s.category) ?? 0) + credited));
    for (const i of s.trainers) {
      const tr = expected.trainers.get(TRAINERS[i]!) ?? { sessions: 0, hours: 0, attendees: 0 };
      tr.sessions++;
      tr.hours = round1(tr.hours + hours);
      tr.attendees += s.attendees.length;
      expected.trainers.set(TRAINERS[i]!, tr);
    }
    // Seed 000's targets are craftsman (skills) training: only skills sessions count towards the plan.
    if (s.category === 'skills')
      for (const [k, p] of plans.entries())
        planDone[k]! += s.attendees.filter((i) => {
        const [, trade, township] = PEOPLE[i]!;
        return (p.trade === null || p.trade === trade) && (p.scopeKind !== 'township' || township === p.scope);
      }).length;
  }
  expected.plan = plans.map((p, k) => ({
    label: `${p.scopeKind === 'station' ? zh['dashboard.plan.scope.station'] : zh['dashboard.plan.scope.township']!.replace('{{name}}', p.scope)}|${p.trade ?? zh['dashboard.plan.allTrades']}`,
    target: p.target,
    done: planDone[k]!,
  }));
  // The arrangement is what it claims: several months, nothing in the others.
  expect(expected.perMonth.filter((m) => m.sessions > 0)).toHaveLength(3);
});

test('each chart draws, and its table shows the counts computed from the sessions', async ({ page }) => {
  await openSignedIn(page, '/', ADMIN_PASSWORD);
  // This year is empty; last year holds the sessions.
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  // The getting-started guide is for a station with neither workers nor sessions.
  await expect(page.getByText(zh['home.empty.title']!)).toHaveCount(0);
  await pickYear(page, YEAR, zh['dashboard.yearOption']!.replace('{{year}}', String(YEAR)));
  await expect(page.getByTestId('dashboard-empty')).toHaveCount(0);

  for (const id of ['per-month', 'hours', 'plan', 'trainers']) {
    const chart = page.getByTestId(`dash-${id}-chart`);
    await expect(chart.locator('svg')).toHaveCount(1);
    const box = await chart.locator('svg').boundingBox();
    expect(box!.width, id).toBeGreaterThan(200);
    expect(box!.height, id).toBeGreaterThan(100);
    // Bars drawn: at least one filled path per chart.
    expect(await chart.locator('svg path').count(), id).toBeGreaterThan(3);
  }
  // A name with markup is text on the chart, never markup.
  await expect(page.getByTestId('dash-trainers-chart').locator('b')).toHaveCount(0);
  await expect(page.getByTestId('dash-trainers-chart')).toContainText(TRAINERS[1]!);
  await screenshot(page, 'dashboard-charts-zh-CN');

  const perMonth = await readTable(await showTable(page, 'per-month'));
  expect(perMonth.map((r) => r.head)).toEqual(Array.from({ length: 12 }, (_, i) => zh[`dashboard.month.${i + 1}`]));
  expect(perMonth.map((r) => ({ sessions: Number(r.cells.sessions), personTimes: Number(r.cells.personTimes) }))).toEqual(expected.perMonth);
  const totals = page.getByTestId('dash-per-month-table').locator('tfoot');
  await expect(totals.locator('[data-col=sessions]')).toHaveText(String(expected.perMonth.reduce((a, m) => a + m.sessions, 0)));
  await expect(totals.locator('[data-col=personTimes]')).toHaveText(String(expected.perMonth.reduce((a, m) => a + m.personTimes, 0)));

  const hours = await readTable(await showTable(page, 'hours'));
  const hoursSeen = Object.fromEntries(hours.map((r) => [r.head, [Number(r.cells.classHours), Number(r.cells.creditedHours)]]));
  expect(hoursSeen).toEqual(Object.fromEntries([...expected.classHours].map(([c, h]) => [zh[`category.${c}`], [h, expected.creditedHours.get(c)]])));

  const plan = await readTable(await showTable(page, 'plan'));
  const planSeen = await page.getByTestId('dash-plan-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
  );
  expect(plan).toHaveLength(expected.plan.length);
  expect(new Set(planSeen.map((c) => `${c[0]}|${c[1]}|${c[2]}|${c[3]}`))).toEqual(
    new Set(expected.plan.map((p) => `${p.label}|${p.target}|${p.done}`)),
  );
  for (const c of planSeen) expect(c[4]).toBe(`${round1((Number(c[3]) / Number(c[2])) * 100)}%`);

  const trainers = await readTable(await showTable(page, 'trainers'));
  expect(Object.fromEntries(trainers.map((r) => [r.head, { sessions: Number(r.cells.sessions), hours: Number(r.cells.hoursTaught), attendees: Number(r.cells.attendees) }]))).toEqual(
    Object.fromEntries(expected.trainers),
  );
  // The table is a table: caption and column headers.
  await expect(page.getByTestId('dash-trainers-table').locator('caption')).toHaveText(zh['dashboard.trainers.title']!);
  await expect(page.getByTestId('dash-trainers-table').locator('thead th[scope=col]')).toHaveCount(4);
  await screenshot(page, 'dashboard-tables-zh-CN');

  // Back to a chart: drawn again at full size.
  await page.getByTestId('dash-per-month-view').getByText(zh['dashboard.view.chart']!, { exact: true }).click();
  expect((await page.getByTestId('dash-per-month-chart').locator('svg').boundingBox())!.width).toBeGreaterThan(200);
});

test('in Uyghur: labels translated, the page right to left, charts mirrored', async ({ page }) => {
  await openSignedIn(page, '/', ADMIN_PASSWORD, 'ug');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await pickYear(page, YEAR, ug['dashboard.yearOption']!.replace('{{year}}', String(YEAR)));
  await expect(page.getByTestId('dash-per-month')).toContainText(ug['dashboard.perMonth.title']!);
  const chart = page.getByTestId('dash-per-month-chart');
  await expect(chart.locator('svg')).toContainText(ug['dashboard.month.2']!);
  await expect(chart.locator('svg')).toContainText(ug['reports.figure.personTimes']!);
  // Mirrored: January sits to the right of December.
  // Each label is a right-to-left isolate (U+2067 … U+2069), so its digits and letters read in Uyghur order.
  const monthText = (n: number) => chart.locator('svg text', { hasText: new RegExp(`^\u2067${ug[`dashboard.month.${n}`]}\u2069$`) });
  const jan = await monthText(1).boundingBox();
  const dec = await monthText(12).boundingBox();
  expect(jan!.x).toBeGreaterThan(dec!.x);
  await screenshot(page, 'dashboard-charts-ug');
  await page.getByTestId('dash-hours-view').getByText(ug['dashboard.view.table']!, { exact: true }).click();
  await expect(page.getByTestId('dash-hours-table')).toContainText(ug['category.safety']!);
  await screenshot(page, 'dashboard-table-ug');
});

test('a dashboard that fails to load is said inline; the rest of the home page works', async ({ page }) => {
  await page.route('**/api/rpc/reports.dashboard', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'boom' } }) }),
  );
  await openSignedIn(page, '/', ADMIN_PASSWORD);
  await expect(page.getByTestId('dashboard-error')).toBeVisible();
  await expect(page.getByTestId('dashboard-error')).toContainText(zh['dashboard.loadFailed']!);
  await expect(page.getByTestId('header-station-name')).toHaveText(STATION_NAME);
  // Retry reaches the station once it answers again.
  await page.unroute('**/api/rpc/reports.dashboard');
  await page.getByTestId('dashboard-error').getByRole('button').click();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
});
