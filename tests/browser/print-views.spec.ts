import Database from 'better-sqlite3';
import { join } from 'node:path';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn } from './pages/RecordsPages';
import { createSessionNow, StationApi, withCheckDigit, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { renderPdf, squeeze } from './support/pdf';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

test.describe.configure({ mode: 'serial' });

// The roster refuses digits in a name, so the script's argument is a word, not alert(1).
const SCRIPT_NAME = '<script>alert(document.cookie)</script>王';
const LONG_NAME = '阿卜杜热合曼·买买提明·艾合买提江·吐尔逊托合提';
const LONG_TEAM = '第三项目部钢筋加工及绑扎作业班组（东区地下室底板及外墙施工段）';
const LONG_ENTERPRISE = '江门市蓬江区滨江新城花园二期住宅及配套商业综合体工程施工总承包项目经理部（中建某局第三建设有限公司）';
const LONG_ADDRESS = '广东省江门市蓬江区白沙街道滨江大道与迎宾大道交叉口西北侧滨江新城花园二期项目生活区二号楼一层东侧活动室（原项目会议室改建）';
const BLANK_STATION = '鹤山新城三期提升站';
const TRAINER = '李建国';
/** Enough attendees that the sign-in sheet runs onto a second page. */
const CROWD = 44;

let api: StationApi;
let stationId: string;
let bigSession: string;
let emptySession: string;
let scriptWorker: TestWorker;
let longWorker: TestWorker;
let dataDir: string;
let blankStationId: string;
let certificate: { kind: string; level: string; number: string; issuedOn: string; issuer: string };

/** Names without digits, distinct, as a roster would have them. */
function names(n: number): string[] {
  const family = [...'赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华'];
  const given = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平'];
  const out: string[] = [];
  for (const f of family) for (const g of given) if (out.length < n) out.push(`${f}${g}${g}`);
  return out;
}

/** A worker with a valid resident ID number: born n days after 1980-01-01. */
async function createWorker(name: string, n: number, extra: Record<string, unknown> = {}): Promise<TestWorker> {
  const born = new Date(Date.UTC(1980, 0, 1 + n)).toISOString().slice(0, 10).replace(/-/g, '');
  const idNumber = withCheckDigit(`440703${born}${String(100 + n).slice(-3)}`);
  const w = await api.call<{ id: string; name: string; badgeCode: string }>('workers.create', {
    stationId,
    fields: { name, idNumber, team: '钢筋班', ...extra },
  });
  return { id: w.id, name: w.name, idNumber, badgeCode: w.badgeCode };
}

/** Read-only look at the station's database: the figures the papers must show, counted from the raw rows. */
function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'station.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

test('arrange: two stations (one without contact or address), a crowd signed in, a closed session', async ({ station }) => {
  test.setTimeout(90_000);
  dataDir = station.dataDir;
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  await api.call('station.update', {
    stationId,
    profile: {
      enterprise: LONG_ENTERPRISE,
      address: LONG_ADDRESS,
      contactName: '王建华',
      contactUnitTitle: '项目部安全总监',
      contactMobile: '13902221111',
      fixedPhone: '0750-3831969',
      city: '江门市',
      adminLevel: 'city',
      state: 'building',
    },
  });
  blankStationId = (await api.call<{ id: string }>('station.create', { name: BLANK_STATION })).id;

  certificate = { kind: 'skill_level', level: 'L3', number: 'GDRS-2026-000123', issuedOn: '2026-06-01', issuer: '江门市人力资源和社会保障局' };
  const trainer = await api.call<{ id: string }>('trainers.create', { stationId, fields: { name: TRAINER, kind: 'technical_worker' } });
  scriptWorker = await createWorker(SCRIPT_NAME, 1);
  longWorker = await createWorker(LONG_NAME, 2, { team: LONG_TEAM });
  await api.call('certificates.add', { workerId: longWorker.id, fields: certificate });
  const crowd: TestWorker[] = [];
  for (const [i, name] of names(CROWD).entries()) crowd.push(await createWorker(name, 10 + i));

  bigSession = await createSessionNow(api, stationId, '高处作业安全教育', {
    trainerIds: [trainer.id],
    location: '项目部二楼培训室',
    nationalType: '003001',
  });
  emptySession = await createSessionNow(api, stationId, '消防器材使用演示', { location: '东门空地' });

  // Two at the kiosk as a worker would (a signed-in trainer may drive the kiosk), the rest added by the trainer.
  for (const w of [scriptWorker, longWorker]) {
    const r = await api.call<{ outcome: string }>('kiosk.scan', {
      sessionId: bigSession,
      code: w.badgeCode,
      method: 'badge',
      idempotencyKey: `print-${w.id}`,
    });
    expect(r.outcome).toBe('signed_in');
  }
  for (const w of crowd.slice(0, -1)) {
    await api.call('attendance.correct', { sessionId: bigSession, workerId: w.id, action: 'add', reason: '补录：纸质签到' });
  }
  await api.call('attendance.correct', { sessionId: bigSession, workerId: crowd.at(-1)!.id, action: 'excuse', reason: '病假' });
  await api.call('sessions.setState', { sessionId: bigSession, state: 'closed' });
  const startsAt = withDb((d) => (d.prepare('SELECT starts_at AS s FROM training_sessions WHERE id = ?').get(bigSession) as { s: string }).s);
  await api.call('plans.set', { stationId, year: Number(startsAt.slice(0, 4)), target: 90 });
});

test('status table: the seed form in landscape, one row per station, blanks kept, long text wrapped', async ({ page }) => {
  await openSignedIn(page, '/station', ADMIN_PASSWORD);
  await page.getByTestId('station-status-table').click();
  await expect(page).toHaveURL(/\/print\/status-table$/);
  await expect(page.getByTestId('status-row')).toHaveCount(2);
  await screenshot(page, 'print-status-table-screen');

  // A long address wraps inside its cell instead of running out of it.
  const cell = page.getByTestId('status-row').first().locator('td').nth(2);
  await expect(cell).toHaveText(LONG_ADDRESS);
  const fits = await cell.evaluate((td) => td.scrollWidth <= td.clientWidth + 1 && td.getBoundingClientRect().height > 40);
  expect(fits).toBe(true);
  // The station with nothing filled in: its cells are there, bordered and empty.
  const blank = page.getByTestId('status-row').nth(1).locator('td');
  await expect(blank.nth(2)).toHaveText('');
  await expect(blank.nth(3)).toHaveText('');
  expect(await blank.nth(3).evaluate((td) => getComputedStyle(td).borderTopStyle)).toBe('solid');

  const pdf = await renderPdf(page, 'status-table', { landscape: true });
  expect(pdf.width).toBeGreaterThan(pdf.height);
  expect(Math.round(pdf.width)).toBe(842);
  const flat = squeeze(pdf.text);
  expect(flat).toContain('江门市（单位）开展“提升站”建设初步情况表');
  expect(flat).toContain('填报单位（盖章）：');
  for (const h of ['序号', '提升站所在企业（或在建项目）名称', '提升站地址', '联系人姓名', '单位及职务', '手机号码', '建设状况']) {
    expect(flat, h).toContain(h);
  }
  expect(flat).toContain('填报人：王建华');
  expect(flat).toContain('固定电话：0750-3831969');
  expect(flat).toContain('说明：1.如果一个企业有多个在建项目开展了“提升站”建设，请在表中一一列出。');
  expect(flat).toContain('2.建设状况包括已建、在建和拟建三种情形。');
  // Each row's cells in the order they were drawn, whatever font wrapped the long ones where: row 1
  // complete, and the blank station's row with nothing between its name and 拟建.
  const drawn = squeeze(pdf.raw);
  expect(drawn).toContain(`1${LONG_ENTERPRISE}${LONG_ADDRESS}王建华项目部安全总监13902221111在建`);
  expect(drawn).toContain(`2${BLANK_STATION}拟建填报人：`);
  expect(pdf.pngs.length).toBe(pdf.pages);

  // Only the stations named in the link; the title's blank stays a blank when the station has no level set.
  await page.goto(`/print/status-table?stations=${blankStationId}`);
  await expect(page.getByTestId('status-row')).toHaveCount(1);
  const one = await renderPdf(page, 'status-table-blank', { landscape: true });
  expect(squeeze(one.text)).toContain('____（单位）开展“提升站”建设初步情况表');
  expect(squeeze(one.raw)).toContain(`1${BLANK_STATION}拟建填报人：固定电话：手机号码：`);
});

test('sign-in sheet: every attendee, the script name as text, masked IDs, header on every page, the fingerprint', async ({ page }) => {
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await openSignedIn(page, `/sessions/${bigSession}`, ADMIN_PASSWORD);
  await page.getByTestId('session-sign-in-sheet').click();
  await expect(page).toHaveURL(new RegExp(`/print/sign-in-sheet/${bigSession}$`));
  await page.getByTestId('print-back').click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${bigSession}$`));
  await page.getByTestId('session-sign-in-sheet').click();
  await expect(page.getByTestId('sheet-row')).toHaveCount(CROWD + 2);
  await expect(page.getByTestId('sheet-blank-row')).toHaveCount(10);
  await expect(page.getByTestId('sheet-row').filter({ hasText: SCRIPT_NAME })).toHaveCount(1);
  await screenshot(page, 'print-sign-in-sheet-screen');

  const db = withDb((d) => ({
    fingerprint: (d.prepare('SELECT hash FROM attendance_events WHERE session_id = ? ORDER BY seq DESC LIMIT 1').get(bigSession) as { hash: string }).hash,
    present: (d.prepare("SELECT count(*) AS n FROM attendance WHERE session_id = ? AND status = 'present'").get(bigSession) as { n: number }).n,
  }));
  expect(db.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(db.present).toBe(CROWD + 1);
  const live = await api.call<{ fingerprint: string | null }>('attendance.live', { sessionId: bigSession });
  expect(live.fingerprint).toBe(db.fingerprint);

  const pdf = await renderPdf(page, 'sign-in-sheet');
  expect(pdf.height).toBeGreaterThan(pdf.width);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain('高处作业安全教育');
  expect(pdf.text).toContain(TRAINER);
  expect(pdf.text).toContain('003001');
  expect(squeeze(pdf.raw)).toContain(SCRIPT_NAME);
  expect(squeeze(pdf.raw)).toContain(squeeze(LONG_NAME));
  expect(squeeze(pdf.raw)).toContain(squeeze(LONG_TEAM));
  expect(squeeze(pdf.text)).toContain(`出席${CROWD + 1}人，请假1人，作废0条`);
  // Masked: region and the last four, never the whole number.
  expect(pdf.text).toContain(`${scriptWorker.idNumber.slice(0, 6)}********${scriptWorker.idNumber.slice(14)}`);
  expect(pdf.text).not.toContain(scriptWorker.idNumber);
  // The fingerprint in full (in the footer block and each page's margin).
  expect(squeeze(pdf.text)).toContain(db.fingerprint);
  expect(pdf.pageText(pdf.pages)).toContain(db.fingerprint);
  // The header row repeats: page 2 starts with the column names again, and pages are numbered.
  const second = pdf.pageText(2);
  for (const h of ['序号', '姓名', '证件号码', '签到', '签退', '认定课时', '本人签名']) expect(second, h).toContain(h);
  expect(squeeze(pdf.pageText(1))).toContain(`第1页，共${pdf.pages}页`);
  expect(squeeze(second)).toContain(`第2页，共${pdf.pages}页`);
  expect(alerted).toBe(false);
  expect(await page.locator('script', { hasText: 'alert' }).count()).toBe(0);
});

test('sign-in sheet of a session nobody signed: blank lines and "no sign-ins"', async ({ page }) => {
  await openSignedIn(page, `/print/sign-in-sheet/${emptySession}`, ADMIN_PASSWORD);
  await expect(page.getByTestId('sheet-fingerprint')).toHaveText(zh['print.sheet.noFingerprint']!);
  const pdf = await renderPdf(page, 'sign-in-sheet-empty');
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('消防器材使用演示');
  expect(pdf.text).toContain(zh['print.sheet.noFingerprint']!);
  expect(pdf.text).toMatch(/^\s*10\s*$/m);
});

test('sign-in sheet in Uyghur: right to left, the same rows', async ({ page }) => {
  await openSignedIn(page, `/print/sign-in-sheet/${bigSession}`, ADMIN_PASSWORD, 'ug');
  await expect(page.getByTestId('sheet-row')).toHaveCount(CROWD + 2);
  await page.getByTestId('paper-language').getByText('ئۇيغۇرچە').click();
  await expect(page).toHaveURL(/lang=ug/);
  await expect(page.locator('.paper')).toHaveAttribute('dir', 'rtl');
  // ID numbers and times stay left to right inside the right-to-left paper.
  await expect(page.getByTestId('sheet-row').first().locator('td.id')).toHaveCSS('direction', 'ltr');
  await screenshot(page, 'print-sign-in-sheet-ug', false);
  const pdf = await renderPdf(page, 'sign-in-sheet-ug');
  expect(squeeze(pdf.raw)).toContain(SCRIPT_NAME);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
});

test('worker record: identity masked, the session, hours as the database credits them', async ({ page }) => {
  await openSignedIn(page, `/workers/${longWorker.id}`, ADMIN_PASSWORD);
  await page.getByTestId('worker-record-print').click();
  await expect(page).toHaveURL(new RegExp(`/print/worker-record/${longWorker.id}$`));
  await expect(page.getByTestId('record-session')).toHaveCount(1);
  await expect(page.getByTestId('record-certificate')).toHaveCount(1);
  const hours = withDb(
    (d) => (d.prepare("SELECT total(credited_hours) AS h FROM attendance WHERE worker_id = ? AND status = 'present'").get(longWorker.id) as { h: number }).h,
  );
  expect(hours).toBeGreaterThan(0);
  const pdf = await renderPdf(page, 'worker-record');
  const flat = squeeze(pdf.text);
  expect(squeeze(pdf.raw)).toContain(squeeze(LONG_NAME));
  expect(flat).toContain(`${longWorker.idNumber.slice(0, 6)}********${longWorker.idNumber.slice(14)}`);
  expect(pdf.text).not.toContain(longWorker.idNumber);
  expect(pdf.text).toContain('高处作业安全教育');
  for (const v of ['职业技能等级证书', '高级工', 'GDRS-2026-000123', '2026-06-01', certificate.issuer]) expect(squeeze(pdf.raw), v).toContain(v);
  expect(flat).toContain(`累计学时：${Number.isInteger(hours) ? hours : hours.toFixed(1)}`);
  await screenshot(page, 'print-worker-record-screen');
});

test('month report and annual report: figures equal the raw rows; the annual adds five-haves, trainers, next year', async ({ page }) => {
  const startsAt = withDb((d) => (d.prepare('SELECT starts_at AS s FROM training_sessions WHERE id = ?').get(bigSession) as { s: string }).s);
  const month = startsAt.slice(0, 7);
  const year = startsAt.slice(0, 4);
  const expected = withDb(
    (d) =>
      d
        .prepare(
          `SELECT count(DISTINCT s.id) AS sessions, count(*) AS personTimes, count(DISTINCT a.worker_id) AS workers
           FROM attendance a JOIN training_sessions s ON s.id = a.session_id
           WHERE s.station_id = ? AND s.state = 'closed' AND a.status = 'present' AND substr(s.starts_at, 1, 7) = ?`,
        )
        .get(stationId, month) as { sessions: number; personTimes: number; workers: number },
  );
  expect(expected).toEqual({ sessions: 1, personTimes: CROWD + 1, workers: CROWD + 1 });

  await openSignedIn(page, `/print/report?kind=month&period=${month}&station=${stationId}`, ADMIN_PASSWORD);
  await expect(page.getByTestId('report-totals')).toBeVisible();
  const pdf = await renderPdf(page, 'report-month');
  expect(squeeze(pdf.text)).toContain(`${STATION_NAME}${month}培训月报`);
  const totals = new RegExp(`合计\\s+${expected.sessions}\\s+${expected.personTimes}\\s+${expected.workers}\\s`);
  expect(pdf.text).toMatch(totals);
  expect(pdf.text).toMatch(new RegExp(`${TRAINER}\\s+1\\s+${expected.personTimes}\\s`));
  expect(pdf.text).toMatch(/新登记工人（人）\s+\d+/);
  // The plan: 90 person-times for the year; this month's training was safety education, which is not
  // seed 000's craftsman (skills) training, so none of it counts towards the plan.
  expect(pdf.text).toMatch(/本站\s+合计\s+90\s+0\s+0\s+0\.0%/);
  await screenshot(page, 'print-report-month-screen');

  await page.goto(`/print/report?kind=annual&year=${year}&station=${stationId}`);
  await expect(page.getByTestId('report-five-haves')).toBeVisible();
  const annual = await renderPdf(page, 'report-annual');
  const flat = squeeze(annual.text);
  expect(annual.text).toMatch(totals);
  expect(flat).toContain('站点建设状况与“五有”标准');
  for (const k of ['有固定场所', '有培训设施', '有实用内容', '有师资队伍', '有经费保障']) expect(flat, k).toContain(k);
  expect(flat).toContain(`${Number(year) + 1}年度培训计划`);
  expect(annual.text).toMatch(new RegExp(`1\\s+${TRAINER}\\s+1\\s`));
  expect(annual.pages).toBeGreaterThanOrEqual(2);
});

test('a month with no sessions prints its empty tables; a bad link or a station that does not exist says so', async ({ page }) => {
  await openSignedIn(page, `/print/report?kind=month&period=2020-01&station=${stationId}`, ADMIN_PASSWORD);
  const empty = await renderPdf(page, 'report-empty-month');
  expect(empty.text).toMatch(/合计\s+0\s+0\s+0\s+0\s+0\s/);
  expect(empty.text.split(zh['print.report.noRows']!).length - 1).toBe(6); // category, trade, trainer, team, township, platform type

  await page.goto('/print/report?kind=month');
  await expect(page.getByTestId('print-error')).toHaveText(zh['print.badRequest']!);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready');
  await expect(page.getByTestId('print-go')).toBeDisabled();

  await page.goto('/print/report?kind=quarter&period=2026-Q1&station=01ARZ3NDEKTSV4RRFFQ69G5FAV');
  await expect(page.getByTestId('print-error')).toBeVisible();
  await expect(page.getByTestId('report-paper')).toHaveCount(0);
  await expect(page.getByTestId('print-go')).toBeDisabled();
});

test('sign-in sheet fits A4 in every language, late arrivals included; the worker record says 出席（迟到） as the sheet does', async ({ page }) => {
  const trainer = await api.call<{ id: string }>('trainers.create', { stationId, fields: { name: '王德胜', kind: 'technical_worker' } });
  const [late] = await api.call<{ id: string }[]>('sessions.create', {
    stationId,
    fields: { title: '钢筋工程质量通病防治与施工安全技术交底（含高处作业）', category: 'skills', startsAt: '2026-05-10T08:00', endsAt: '2026-05-10T10:00', trainerIds: [trainer.id], location: '二楼培训室' },
  });
  await api.call('sessions.setState', { sessionId: late!.id, state: 'open' });
  for (const w of [longWorker, scriptWorker]) await api.call('attendance.correct', { sessionId: late!.id, workerId: w.id, action: 'add', reason: '纸质签到补录', at: '2026-05-10T08:40' });
  await api.call('sessions.setState', { sessionId: late!.id, state: 'closed' });

  await openSignedIn(page, `/print/sign-in-sheet/${late!.id}`, ADMIN_PASSWORD);
  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: null });
    await page.goto(`/print/sign-in-sheet/${late!.id}?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 15_000 });
    await screenshot(page, `print-sign-in-sheet-late-${lang}`, false);
    // As printed: A4 portrait less the sheet's 10 mm side margins is 190 mm of printable width.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor((190 * 96) / 25.4), height: 1100 });
    const fit = await page.evaluate(() => {
      const table = document.querySelector('.sheet-grid')!.getBoundingClientRect();
      const cells = [...document.querySelectorAll('.sheet-grid th, .sheet-grid td')] as HTMLElement[];
      const keep = [...document.querySelectorAll('[data-testid="sheet-title"] .keep-together')].map((e) => e.getClientRects().length);
      return {
        left: table.left,
        right: table.right,
        width: document.documentElement.clientWidth,
        overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
        keep,
      };
    });
    expect([lang, fit.left >= 0, fit.right <= fit.width]).toEqual([lang, true, true]);
    expect([lang, fit.overflowing]).toEqual([lang, []]);
    // The title's own words stay on one line ("…培训签到表", not "…培训签" / "到表").
    expect([lang, fit.keep.every((n) => n === 1)]).toEqual([lang, true]);
    await expect(page.locator('.sheet-grid td.status').first()).toContainText(lang === 'zh-CN' ? '出席（迟到）' : lang === 'en' ? 'Present (late)' : resources.ug['print.sheet.late']!);
  }
  // Back to no emulation: page.pdf prints with the emulated media, and 'screen' would print the toolbar.
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  const pdf = await renderPdf(page, 'sign-in-sheet-late-en');
  // "Present (late)" wraps inside its cell on paper: two lines, nothing run over.
  expect(pdf.text).toMatch(/Present/);
  expect(pdf.text).toMatch(/\(late\)/);

  await page.goto(`/print/worker-record/${longWorker.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 15_000 });
  await expect(page.getByTestId('record-session').filter({ hasText: '钢筋工程质量通病防治' })).toContainText('出席（迟到）');
});
