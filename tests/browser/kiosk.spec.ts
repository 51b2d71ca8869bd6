import type { BrowserContext, Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { DevicesPage, LiveView } from './pages/AttendancePages';
import { KioskPairScreen, KioskScreen } from './pages/KioskScreen';
import { createSessionNow, createWorker, StationApi, withCheckDigit, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

test.describe.configure({ mode: 'serial' });

/** Shared by the tests of this file, in order: one station, one tablet at its door. */
let api: StationApi;
let stationId: string;
let sessionId: string;
let zhang: TestWorker;
let aygul: TestWorker;
let tabletContext: BrowserContext;
let tablet: Page;
const problems: string[] = [];

test.afterAll(async () => {
  await tabletContext?.close();
});

function watch(page: Page) {
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (/Failed to load resource/.test(msg.text())) return;
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
}

async function signInAdmin(page: Page, signIn: { open(): Promise<void>; signIn(p: string): Promise<void> }) {
  await signIn.open();
  await signIn.signIn(ADMIN_PASSWORD);
  await expect(page.getByTestId('home-page')).toBeVisible();
}

test('a tablet pairs with the code shown on the PC and becomes the kiosk for the session now', async ({ page, browser, station, signInPage }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  // A quick re-scan is the same sign-in for this long; one second keeps the test short.
  await api.call('station.updateSettings', { stationId, repeatScanSeconds: 1 });
  zhang = await createWorker(api, stationId, '张三', 1);
  aygul = await createWorker(api, stationId, 'ئايگۈل', 2, { language: 'ug' });
  await createWorker(api, stationId, '李四', 3);
  sessionId = await createSessionNow(api, stationId, '高处作业安全教育');

  await signInAdmin(page, signInPage);
  const devices = new DevicesPage(page);
  await devices.open();
  const code = await devices.startPairing();
  // This station serves on loopback only: no QR code points a tablet at an address it cannot reach (the
  // LAN addresses are devices-pairing.spec's); the code is typed on the tablet.
  await expect(page.getByTestId('pairing-qr')).toHaveCount(0);
  await screenshot(page, 'devices-pairing-code', false);

  tabletContext = await browser.newContext({ baseURL: station.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  tablet = await tabletContext.newPage();
  watch(tablet);
  await tablet.goto('/kiosk');
  await expect(tablet).toHaveURL(/\/kiosk\/pair$/);
  const pair = new KioskPairScreen(tablet);
  await expect(pair.root).toBeVisible();
  await screenshot(tablet, 'kiosk-pairing', false);
  await pair.pair(code, '培训室门口');

  const kiosk = new KioskScreen(tablet);
  await expect(kiosk.ready).toBeVisible();
  await expect(tablet.getByTestId('kiosk-session-title')).toHaveText('高处作业安全教育');
  await expect(kiosk.presentCount).toHaveText('0');
  await screenshot(tablet, 'kiosk-ready-zh-CN', false);

  // The PC sees the new tablet and closes the code.
  await expect(page.getByTestId('pairing-panel')).toBeHidden();
  await expect(devices.table).toContainText('培训室门口');

  // Paired for good: a reload (or a restart) keeps it.
  await tablet.reload();
  await expect(kiosk.ready).toBeVisible();
});

test('a badge scan signs the worker in with name and time; again: already signed in; unknown: its message', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.scan(zhang.badgeCode);
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText('张三');
  await expect(kiosk.answerTitle).toHaveText(/^签到成功 \d{2}:\d{2}$/);
  await expect(kiosk.presentCount).toHaveText('1');
  await screenshot(tablet, 'kiosk-signed-in-zh-CN', false);
  const time = (await kiosk.answerTitle.textContent())!.slice(-5);

  await kiosk.waitReady();
  await kiosk.scan(zhang.badgeCode);
  await kiosk.expectAnswer('already_signed_in');
  await expect(kiosk.answerTitle).toHaveText(fill(zh['kioskui.answer.already_signed_in.title']!, { time }));
  await expect(kiosk.presentCount).toHaveText('1');

  // Answers do not wait for the timer: the next scan is taken at once.
  await kiosk.scan('NOT-A-BADGE-9');
  await kiosk.expectAnswer('unknown_code');
  await expect(kiosk.answerTitle).toHaveText(zh['kioskui.answer.unknown_code.title']!);
  await expect(kiosk.answer).toContainText(zh['kioskui.answer.unknown_code.next']!);

  // Scanner garbage: control characters around a code, a 500-character burst.
  await kiosk.scan('x'.repeat(500));
  await kiosk.expectAnswer('unknown_code');
});

test("a Uyghur worker's answer is in Uyghur, right to left; the kiosk then returns to its own language", async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.waitReady();
  await kiosk.scan(aygul.badgeCode);
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answer).toHaveAttribute('dir', 'rtl');
  await expect(kiosk.answer).toHaveAttribute('lang', 'ug');
  await expect(kiosk.answerTitle).toContainText(ug['kioskui.answer.signed_in.title']!.replace(' {{time}}', ''));
  await expect(kiosk.answerName).toHaveText('ئايگۈل');
  await screenshot(tablet, 'kiosk-signed-in-ug', false);
  await kiosk.waitReady();
  await expect(tablet.locator('.kiosk-ready-title')).toHaveText(zh['kioskui.ready.scanIn']!);

  // The language buttons switch the kiosk itself.
  await kiosk.chooseLanguage('ئۇيغۇرچە');
  await expect(tablet.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(tablet.locator('.kiosk-ready-title')).toHaveText(ug['kioskui.ready.scanIn']!);
  await screenshot(tablet, 'kiosk-ready-ug', false);
  await kiosk.chooseLanguage('中文');
  await expect(tablet.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the last digits of an ID number on the keypad sign a worker in', async () => {
  const kiosk = new KioskScreen(tablet);
  await kiosk.waitReady();
  const li = (await api.call<{ rows: { name: string; idMasked?: string; id: string }[] }>('workers.search', { stationId, q: '李四' })).rows[0]!;
  expect(li.name).toBe('李四');
  const worker = await api.call<{ idNumber: string }>('workers.get', { workerId: li.id, revealId: true });
  await kiosk.typeDigits(worker.idNumber.slice(-6));
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText('李四');
  await expect(kiosk.presentCount).toHaveText('3');
});

test('offline: a scan is kept as pending, sent when the network is back, and counted once', async ({ page, signInPage }) => {
  await signInAdmin(page, signInPage);
  const live = new LiveView(page);
  await live.open(sessionId);
  await expect(live.count('present')).toHaveText('3');

  // A worker the trainer undoes, then who scans again while the Wi-Fi is down.
  await live.correct('present', '张三', 'void', '测试：撤销后重新签到');
  await expect(live.count('present')).toHaveText('2');

  const kiosk = new KioskScreen(tablet);
  await kiosk.waitReady();
  await tabletContext.setOffline(true);
  await kiosk.scan(zhang.badgeCode);
  await kiosk.expectAnswer('pending');
  await expect(kiosk.pending).toBeVisible();
  await expect(kiosk.pending).toContainText('1');
  await screenshot(tablet, 'kiosk-pending', false);

  await tabletContext.setOffline(false);
  await expect(kiosk.pending).toBeHidden({ timeout: 15_000 });
  await expect(live.count('present')).toHaveText('3', { timeout: 10_000 });
  await expect(live.presentRows('张三')).toHaveCount(1);
  await screenshot(page, 'live-view');
  const events = await api.call<{ ok: boolean; events: number }>('attendance.verify', {});
  expect(events.ok).toBe(true);
});

test('the live view: add a worker who forgot the badge, with a reason; verify the records', async ({ page, signInPage }) => {
  await createWorker(api, stationId, '赵六', 4);
  await signInAdmin(page, signInPage);
  const live = new LiveView(page);
  await live.open(sessionId);
  await expect(live.missing).toContainText('赵六');
  await live.correct('missing', '赵六', 'add', '忘带工牌，教员核实本人');
  await expect(live.presentRows('赵六')).toHaveCount(1);
  await expect(live.count('present')).toHaveText('4');
  await page.getByTestId('live-verify').click();
  await expect(page.getByTestId('verify-result')).toContainText(/\d+/);
  await expect(page.getByTestId('live-fingerprint')).not.toContainText(zh['kioskui.live.noFingerprint']!);
});

test('a trainer unlocks the corner with a PIN (a wrong one keeps the tablet paired) and registers a newcomer', async () => {
  await api.call('auth.setPin', { currentPassword: ADMIN_PASSWORD, pin: '2468' });
  const kiosk = new KioskScreen(tablet);
  await kiosk.waitReady();
  // An ID-card reader types the number of someone not on the roster yet.
  const newcomer = withCheckDigit('44070319920315567');
  await kiosk.scan(newcomer);
  // A valid ID number of nobody on the roster: "ask the trainer", not "badge not found".
  await kiosk.expectAnswer('id_not_on_roster');

  await tablet.getByTestId('kiosk-trainer-button').click();
  const panel = tablet.getByTestId('kiosk-trainer-panel');
  await panel.getByTestId('kiosk-unlock-pin').fill('1357');
  await panel.getByTestId('kiosk-unlock-submit').click();
  await expect(panel).toContainText(zh['kioskui.unlock.wrong']!);
  await expect(tablet).toHaveURL(/\/kiosk$/);
  await panel.getByTestId('kiosk-unlock-pin').fill('2468');
  await panel.getByTestId('kiosk-unlock-submit').click();
  await panel.getByTestId('kiosk-register-open').click();
  await expect(panel.getByTestId('kiosk-register-id')).toHaveValue(newcomer);
  await panel.getByTestId('kiosk-register-name').fill('孙七');
  await screenshot(tablet, 'kiosk-register', false);
  await panel.getByTestId('kiosk-register-submit').click();
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText('孙七');
});

test('a revoked tablet shows the pairing screen with a message', async ({ page, signInPage }) => {
  await signInAdmin(page, signInPage);
  const devices = new DevicesPage(page);
  await devices.open();
  await devices.revoke('培训室门口');
  await expect(devices.table).toContainText(zh['kioskui.devices.stateRevoked']!.split(' ')[0]!);

  const kiosk = new KioskScreen(tablet);
  await kiosk.waitReady();
  await kiosk.scan(aygul.badgeCode);
  const pair = new KioskPairScreen(tablet);
  await expect(pair.root).toBeVisible();
  await expect(pair.revoked).toContainText(zh['kioskui.pair.revoked']!);
  expect(problems).toEqual([]);
});
