// The kiosk at the door for each worker: the language a worker taps goes with the scan and
// the answer and notice come back in it; the kiosk's own language is the tablet's, not the admin's;
// 850X on the keypad; a sign-in after a sign-out; an unknown ID card versus a misread one; a newcomer
// registered by a trainer reads and acknowledges the notice.
import type { BrowserContext, Page, Request } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { KioskScreen } from './pages/KioskScreen';
import { createSessionNow, createWorker, StationApi, withCheckDigit, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

const zh = resources['zh-CN'];
const ug = resources.ug;
const en = resources.en;
const NOTICE_ZH = '进入现场必须佩戴安全帽，高处作业必须系好安全带。';
const NOTICE_EN = 'Wear a hard hat on site. Clip on your harness when working at height.';

let api: StationApi;
let stationId: string;
let noticeSession: string;
let plainSession: string;
let token: string;
let zhang: TestWorker;
let aygul: TestWorker;
let li: TestWorker;
let wang: TestWorker;
let xWorker = { name: '赵八', idNumber: '' };
let context: BrowserContext;
let tablet: Page;
const scans: Record<string, unknown>[] = [];
const registers: Record<string, unknown>[] = [];

/** A valid resident ID number whose last four characters are 850X. */
function endingIn850X(): string {
  for (let d = 1; d <= 28 * 12; d++) {
    const m = String(1 + Math.floor((d - 1) / 28)).padStart(2, '0');
    const day = String(1 + ((d - 1) % 28)).padStart(2, '0');
    const id = withCheckDigit(`4407031988${m}${day}850`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no ID ending in 850X');
}

function watch(request: Request) {
  if (request.url().endsWith('/api/rpc/kiosk.scan')) scans.push(request.postDataJSON() as Record<string, unknown>);
  if (request.url().endsWith('/api/rpc/kiosk.register')) registers.push(request.postDataJSON() as Record<string, unknown>);
}

async function openTablet(browser: import('@playwright/test').Browser, url: string) {
  context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript((t) => {
    if (!localStorage.getItem('station.kioskDevice')) localStorage.setItem('station.kioskDevice', t);
  }, token);
  tablet = await context.newPage();
  tablet.on('request', watch);
}

test.afterAll(async () => {
  await context?.close();
});

/** Opens the kiosk's trainer panel with the admin's PIN. */
async function openCorner() {
  await tablet.getByTestId('kiosk-trainer-button').click();
  const panel = tablet.getByTestId('kiosk-trainer-panel');
  await panel.getByTestId('kiosk-unlock-pin').fill('2468');
  await panel.getByTestId('kiosk-unlock-submit').click();
}

test('set up: workers in three languages, a session with a notice in Chinese and English, a paired tablet', async ({ station, browser }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  await api.call('station.updateSettings', { stationId, repeatScanSeconds: 1 });
  // The trainer's panel at the kiosk opens only with a PIN.
  await api.call('auth.setPin', { currentPassword: ADMIN_PASSWORD, pin: '2468' });
  zhang = await createWorker(api, stationId, '张三', 1);
  aygul = await createWorker(api, stationId, 'ئايگۈل', 2, { language: 'ug' });
  li = await createWorker(api, stationId, '李四', 3);
  wang = await createWorker(api, stationId, '王五', 4);
  xWorker = { name: '赵八', idNumber: endingIn850X() };
  await api.call('workers.create', { stationId, fields: { name: xWorker.name, idNumber: xWorker.idNumber } });
  noticeSession = await createSessionNow(api, stationId, '班前安全讲话', { ackText: NOTICE_ZH, ackTextEn: NOTICE_EN });
  plainSession = await createSessionNow(api, stationId, '钢筋绑扎技能');
  const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId });
  token = (await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: '门口平板' })).token;
  await openTablet(browser, station.url);
});

test("the language a worker taps goes with the scan; the answer and the notice come back in it, in its direction", async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${noticeSession}`);

  // Nobody picked: no language sent, the worker's own (Uyghur) answers; the notice has no Uyghur
  // version, so it is the Chinese one, left to right, and the kiosk says so in Uyghur.
  await kiosk.scan(aygul.badgeCode);
  await kiosk.expectAnswer('ack_required');
  expect(scans.at(-1)!.language).toBeUndefined();
  await expect(kiosk.answer).toHaveAttribute('dir', 'rtl');
  await expect(tablet.getByTestId('kiosk-ack-text')).toHaveText(NOTICE_ZH);
  await expect(tablet.getByTestId('kiosk-ack-text')).toHaveAttribute('dir', 'ltr');
  await expect(tablet.getByTestId('kiosk-ack-fallback')).toHaveText(ug['kioskui.ack.fallback']!);
  await expect(tablet.getByTestId('kiosk-ack-fallback')).toHaveAttribute('dir', 'rtl');
  await tablet.getByTestId('kiosk-answer-cancel').click();

  // 张三 (Chinese on his record) taps English: the scan says so, and everything answers in English.
  await kiosk.chooseLanguage('English');
  await kiosk.scan(zhang.badgeCode);
  await kiosk.expectAnswer('ack_required');
  expect(scans.at(-1)).toMatchObject({ language: 'en', ack: false });
  await expect(kiosk.answer).toHaveAttribute('lang', 'en');
  await expect(kiosk.answerTitle).toHaveText(en['kioskui.answer.ack_required.title']!);
  await expect(tablet.getByTestId('kiosk-ack-text')).toHaveText(NOTICE_EN);
  await expect(tablet.getByTestId('kiosk-ack-text')).toHaveAttribute('lang', 'en');
  await expect(tablet.getByTestId('kiosk-ack-fallback')).toHaveCount(0);
  await tablet.getByTestId('kiosk-ack').click();
  await kiosk.expectAnswer('signed_in');
  expect(scans.at(-1)).toMatchObject({ language: 'en', ack: true });
  await expect(kiosk.answerTitle).toHaveText(/^Signed in \d{2}:\d{2}$/);

  // The next worker taps ئۇيغۇرچە: a Chinese-speaking worker's answer is in Uyghur, right to left.
  await kiosk.chooseLanguage('ئۇيغۇرچە');
  await kiosk.scan(li.badgeCode);
  await kiosk.expectAnswer('ack_required');
  expect(scans.at(-1)).toMatchObject({ language: 'ug' });
  await expect(kiosk.answer).toHaveAttribute('dir', 'rtl');
  await expect(kiosk.answerTitle).toHaveText(ug['kioskui.answer.ack_required.title']!);
  await expect(tablet.getByTestId('kiosk-ack-fallback')).toBeVisible();
  await tablet.getByTestId('kiosk-answer-cancel').click();
  await kiosk.chooseLanguage('中文');
});

test('850X on the keypad signs in the worker whose ID number ends in 850X', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  await tablet.getByTestId('kiosk-open-keypad').click();
  const ok = tablet.getByTestId('kiosk-digits-ok');
  for (const key of ['8', '5', '0']) await tablet.locator(`.kiosk-key[data-key="${key}"]`).click();
  await expect(ok).toBeDisabled();
  await tablet.locator('.kiosk-key[data-key="X"]').click();
  await expect(tablet.getByTestId('kiosk-digits')).toHaveText('850X');
  await expect(ok).toBeEnabled();
  await ok.click();
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText(xWorker.name);
  expect(scans.at(-1)).toMatchObject({ code: '850X', method: 'id_digits' });
});

test('a valid ID card of nobody on the roster, and a misread number, each say what happened', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  const stranger = withCheckDigit('44070319920315567');
  await kiosk.scan(stranger);
  await kiosk.expectAnswer('id_not_on_roster');
  await expect(kiosk.answerTitle).toHaveText(zh['kioskui.answer.id_not_on_roster.title']!);
  await expect(kiosk.answer).toContainText(zh['kioskui.answer.id_not_on_roster.next']!);

  const wrong = stranger.slice(0, 17) + (stranger.endsWith('1') ? '2' : '1');
  await kiosk.scan(wrong);
  await kiosk.expectAnswer('misread');
  await expect(kiosk.answerTitle).toHaveText(zh['kioskui.answer.misread.title']!);

  // In the worker's language too.
  // (Another misread number: the same one again within 300 ms would be the scanner's own echo.)
  await kiosk.chooseLanguage('English');
  await kiosk.scan(stranger.slice(0, 16) + (stranger[16] === '9' ? '8' : '9') + stranger[17]);
  await kiosk.expectAnswer('misread');
  await expect(kiosk.answerTitle).toHaveText(en['kioskui.answer.misread.title']!);
  await kiosk.chooseLanguage('中文');
});

test('a sign-in after a sign-out re-opens the stay and says which sign-out it cancelled', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  await kiosk.scan(wang.badgeCode);
  await kiosk.expectAnswer('signed_in');
  // The tablet left in sign-out mode by mistake.
  await openCorner();
  await tablet.getByTestId('kiosk-mode-switch').getByText(zh['kioskui.mode.out']!, { exact: true }).click();
  await expect(tablet.getByTestId('kiosk-mode')).toHaveText(zh['kioskui.mode.out']!);
  await tablet.waitForTimeout(1100); // past the quick re-scan window
  await kiosk.scan(wang.badgeCode);
  await kiosk.expectAnswer('signed_out');
  const out = (await kiosk.answerTitle.textContent())!.slice(-5);
  await openCorner();
  await tablet.getByTestId('kiosk-mode-switch').getByText(zh['kioskui.mode.in']!, { exact: true }).click();
  await tablet.waitForTimeout(1100);
  await kiosk.scan(wang.badgeCode);
  await kiosk.expectAnswer('reopened');
  await expect(kiosk.answerTitle).toHaveText(new RegExp(`^签到成功 \\d{2}:\\d{2}，已取消 ${out} 的签退$`));
  await expect(kiosk.answerName).toHaveText('王五');
});

test("the kiosk's own language is the tablet's setting, not the admin's", async ({ page, station }) => {
  // An admin reads English on the PC (and in this very browser profile's admin tab).
  await api.call('settings.update', { uiLanguage: 'en' });
  await tablet.evaluate(() => localStorage.setItem('station.language', 'en'));
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  await expect(tablet.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(tablet.locator('.kiosk-ready-title')).toHaveText(zh['kioskui.ready.scanIn']!);

  // A trainer makes this tablet a Uyghur one: it stays so after a reload, for this tablet only.
  await openCorner();
  await tablet.getByTestId('kiosk-home-language').getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await tablet.getByTestId('kiosk-dialog-close').click();
  await expect(tablet.locator('html')).toHaveAttribute('dir', 'rtl');
  await tablet.reload();
  await expect(kiosk.ready).toBeVisible();
  await expect(tablet.locator('html')).toHaveAttribute('lang', 'ug');
  await expect(tablet.locator('.kiosk-ready-title')).toHaveText(ug['kioskui.ready.scanIn']!);
  expect(await tablet.evaluate(() => localStorage.getItem('station.kioskLanguage'))).toBe('ug');

  // Another tablet (nothing set) starts in Chinese, whatever the admin reads.
  const other = await page.context().browser()!.newContext({ baseURL: station.url });
  await other.addInitScript((t) => localStorage.setItem('station.kioskDevice', t), token);
  const fresh = await other.newPage();
  await fresh.goto(`/kiosk?session=${plainSession}`);
  await expect(fresh.getByTestId('kiosk-ready')).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await other.close();

  // Back to Chinese for the rest.
  await openCorner();
  await tablet.getByTestId('kiosk-home-language').getByRole('button', { name: '中文' }).click();
  await tablet.getByTestId('kiosk-dialog-close').click();
  await api.call('settings.update', { uiLanguage: 'zh-CN' });
});

test('a newcomer registered by a trainer reads the notice in their language and acknowledges it', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${noticeSession}`);
  const newcomer = withCheckDigit('65010219950101123');
  await kiosk.scan(newcomer);
  await kiosk.expectAnswer('id_not_on_roster');

  await tablet.getByTestId('kiosk-trainer-button').click();
  const panel = tablet.getByTestId('kiosk-trainer-panel');
  await panel.getByTestId('kiosk-unlock-pin').fill('2468');
  await panel.getByTestId('kiosk-unlock-submit').click();
  await panel.getByTestId('kiosk-register-open').click();
  await expect(panel.getByTestId('kiosk-register-id')).toHaveValue(newcomer);
  await panel.getByTestId('kiosk-register-name').fill('买买提');
  await panel.getByTestId('kiosk-register-language').getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await panel.getByTestId('kiosk-register-submit').click();

  // Not signed in yet: the notice first (Chinese, no Uyghur version, said in Uyghur).
  await expect(panel.getByTestId('kiosk-register-ack')).toBeVisible();
  expect(registers.at(-1)).toMatchObject({ ack: false, language: 'ug', idNumber: newcomer });
  await expect(panel.getByTestId('kiosk-register-ack-text')).toHaveText(NOTICE_ZH);
  await expect(panel.getByTestId('kiosk-ack-fallback')).toHaveText(ug['kioskui.ack.fallback']!);
  const live = await api.call<{ rows: { name: string }[] }>('attendance.live', { sessionId: noticeSession });
  expect(live.rows.map((r) => r.name)).not.toContain('买买提');

  await panel.getByTestId('kiosk-register-ack-confirm').click();
  await kiosk.expectAnswer('signed_in');
  expect(registers.at(-1)).toMatchObject({ ack: true, language: 'ug' });
  await expect(kiosk.answerName).toHaveText('买买提');
  await expect(kiosk.answer).toHaveAttribute('lang', 'ug');
  const after = await api.call<{ rows: { name: string }[] }>('attendance.live', { sessionId: noticeSession });
  expect(after.rows.map((r) => r.name)).toContain('买买提');
});

test('a tablet whose station does not answer at start shows the session it had and keeps scans until it does', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  await expect(tablet.getByTestId('kiosk-session-title')).toHaveText('钢筋绑扎技能');
  // The Wi-Fi drops after the page itself loaded: no answer from the station.
  await tablet.route('**/api/rpc/kiosk.*', (route) => route.abort('internetdisconnected'));
  await tablet.reload();
  await expect(kiosk.ready).toBeVisible();
  await expect(tablet.getByTestId('kiosk-session-title')).toHaveText('钢筋绑扎技能');
  await kiosk.scan(li.badgeCode);
  await kiosk.expectAnswer('pending');
  await expect(kiosk.pending).toContainText('1');
  await tablet.unroute('**/api/rpc/kiosk.*');
  await expect(kiosk.pending).toBeHidden({ timeout: 15_000 });
  const live = await api.call<{ rows: { name: string }[] }>('attendance.live', { sessionId: plainSession });
  expect(live.rows.map((r) => r.name)).toContain('李四');
});

test("a worker's language goes back to the tablet's own after a minute without a scan or a tap", async ({ browser, station }) => {
  // The tablet's own language is English (a trainer's setting); the page's clock is Playwright's, so a
  // minute passes in a moment, timers and all.
  const idle = await browser.newContext({ baseURL: station.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await idle.addInitScript((t) => {
    localStorage.setItem('station.kioskDevice', t);
    localStorage.setItem('station.kioskLanguage', 'en');
  }, token);
  const page = await idle.newPage();
  await page.clock.install();
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${plainSession}`);
  const html = page.locator('html');
  const title = page.locator('.kiosk-ready-title');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(title).toHaveText(en['kioskui.ready.scanIn']!);

  // A worker taps ئۇيغۇرچە: the screen turns Uyghur, right to left.
  await kiosk.chooseLanguage('ئۇيغۇرچە');
  await expect(html).toHaveAttribute('lang', 'ug');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(title).toHaveText(ug['kioskui.ready.scanIn']!);

  // Most of a minute later they scan: still Uyghur, and the scan starts the minute again.
  await page.clock.runFor(50_000);
  await expect(html).toHaveAttribute('lang', 'ug');
  const zhao = await createWorker(api, stationId, '赵六', 9);
  await kiosk.scan(zhao.badgeCode);
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answer).toHaveAttribute('lang', 'ug');
  await page.clock.runFor(50_000);
  await expect(kiosk.ready).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'ug');
  await expect(title).toHaveText(ug['kioskui.ready.scanIn']!);

  // A minute after that scan, with nobody there: the tablet's own English is back, left to right.
  await page.clock.runFor(11_000);
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(title).toHaveText(en['kioskui.ready.scanIn']!);
  await expect(page.locator('.kiosk-language-on')).toHaveText('English');
  await idle.close();
});
