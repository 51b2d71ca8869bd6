import { resources } from '../../shared/i18n/resources';
import { DevicesPage, LiveView } from './pages/AttendancePages';
import { KioskScreen } from './pages/KioskScreen';
import { createSessionNow, StationApi, withCheckDigit } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const NOTICE = '进入现场必须佩戴安全帽，高处作业必须系好安全带。';

test.describe.configure({ mode: 'serial' });

let api: StationApi;
let stationId: string;
let noticeSession: string;
const badges: Record<string, string> = {};

/** Two resident ID numbers ending in the same four digits (and a digit, not X, as the check). */
function twins(): [string, string] {
  const seen = new Map<string, string>();
  for (let m = 1; m <= 12; m++)
    for (let d = 1; d <= 28; d++) {
      const id = withCheckDigit(`4407031990${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}321`);
      const tail = id.slice(-4);
      if (tail.endsWith('X')) continue;
      const other = seen.get(tail);
      if (other) return [other, id];
      seen.set(tail, id);
    }
  throw new Error('no twins');
}

async function signIn(page: import('@playwright/test').Page, signInPage: { open(): Promise<void>; signIn(p: string): Promise<void> }) {
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await expect(page.getByTestId('home-page')).toBeVisible();
}

test('attendance rules: the admin turns sign-out on, each rule explained', async ({ page, station, signInPage }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  const [a, b] = twins();
  for (const [name, idNumber] of [
    ['欧阳娜娜', a],
    ['欧阳建国', b],
  ] as const) {
    const w = await api.call<{ badgeCode: string }>('workers.create', { stationId, fields: { name, idNumber, team: '木工班' } });
    badges[name] = w.badgeCode;
  }
  noticeSession = await createSessionNow(api, stationId, '班前安全讲话', { ackText: NOTICE });
  await createSessionNow(api, stationId, '钢筋绑扎技能');

  await signIn(page, signInPage);
  const devices = new DevicesPage(page);
  await devices.open();
  const form = page.getByTestId('rules-form');
  await expect(form).toContainText(zh['kioskui.rules.repeatHelp']!);
  await form.getByRole('switch').click();
  await page.getByTestId('rules-save').click();
  await expect(page.locator('.ant-message')).toContainText(zh['kioskui.rules.saved']!);
  const saved = await api.call<{ signOutRequired: boolean }>('station.settings', { stationId });
  expect(saved.signOutRequired).toBe(true);
  await screenshot(page, 'devices-rules');
});

test('two sessions now: the trainer picks one at the kiosk; its notice must be acknowledged', async ({ page, signInPage }) => {
  await signIn(page, signInPage);
  const kiosk = new KioskScreen(page);
  await page.goto('/kiosk');
  const picker = page.getByTestId('kiosk-picker');
  await expect(picker.getByTestId('kiosk-picker-item')).toHaveCount(2);
  await screenshot(page, 'kiosk-picker', false);
  await picker.getByTestId('kiosk-picker-item').filter({ hasText: '班前安全讲话' }).click();
  await expect(kiosk.ready).toBeVisible();

  await kiosk.scan(badges['欧阳娜娜']!);
  await kiosk.expectAnswer('ack_required');
  await expect(page.getByTestId('kiosk-ack-text')).toHaveText(NOTICE);
  await screenshot(page, 'kiosk-ack', false);
  await page.getByTestId('kiosk-ack').click();
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText('欧阳娜娜');
});

test('ID digits that match two people: masked names to pick from, then the notice', async ({ page, signInPage }) => {
  await signIn(page, signInPage);
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${noticeSession}`);
  const tail = (await api.call<{ rows: { id: string; name: string }[] }>('workers.search', { stationId, q: '欧阳建国' })).rows[0]!;
  const id = (await api.call<{ idNumber: string }>('workers.get', { workerId: tail.id, revealId: true })).idNumber;
  await kiosk.typeDigits(id.slice(-4));
  await kiosk.expectAnswer('choose');
  const candidates = page.getByTestId('kiosk-candidate');
  await expect(candidates).toHaveCount(2);
  // Partly masked: enough to find oneself, not enough to read the roster.
  await expect(kiosk.answer).not.toContainText('欧阳建国');
  await screenshot(page, 'kiosk-choose', false);
  await candidates.filter({ hasText: '欧**国' }).click();
  await kiosk.expectAnswer('ack_required');
  await page.getByTestId('kiosk-ack').click();
  await kiosk.expectAnswer('signed_in');
  await expect(kiosk.answerName).toHaveText('欧阳建国');
  await expect(kiosk.presentCount).toHaveText('2');
});

test('sign-out mode from the corner control; closing the session signs out the rest automatically', async ({ page, signInPage }) => {
  await signIn(page, signInPage);
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${noticeSession}`);
  // The trainer's panel opens only with a PIN.
  await api.call('auth.setPin', { currentPassword: ADMIN_PASSWORD, pin: '1357' });
  await page.getByTestId('kiosk-trainer-button').click();
  await page.getByTestId('kiosk-unlock-pin').fill('1357');
  await page.getByTestId('kiosk-unlock-submit').click();
  await page.getByTestId('kiosk-mode-switch').getByText(zh['kioskui.mode.out']!, { exact: true }).click();
  await expect(page.getByTestId('kiosk-mode')).toHaveText(zh['kioskui.mode.out']!);
  await expect(page.locator('.kiosk-ready-title')).toHaveText(zh['kioskui.ready.scanOut']!);
  await kiosk.scan(badges['欧阳娜娜']!);
  await kiosk.expectAnswer('signed_out');
  await expect(kiosk.answerTitle).toHaveText(/^签退成功 \d{2}:\d{2}$/);

  const live = new LiveView(page);
  await live.open(noticeSession);
  await expect(live.count('signedOut')).toHaveText('1');
  await page.getByTestId('live-close-session').click();
  await expect(page.locator('.ant-modal')).toContainText(zh['kioskui.live.closeExplain']!);
  await page.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(page.getByTestId('live-state')).toHaveText(zh['sessionState.closed']!);
  await expect(live.count('signedOut')).toHaveText('2');
  await expect(live.present.locator('tr', { hasText: '欧阳建国' })).toContainText(zh['kioskui.live.autoOut']!);
  await screenshot(page, 'live-view-closed');

  // The kiosk lets the closed session go and offers the one left.
  await page.goto('/kiosk');
  await expect(page.getByTestId('kiosk-session-title')).toHaveText('钢筋绑扎技能');
});
