import type { Page } from '@playwright/test';
import { addMinutes, stationNow } from '../../shared/domain/time';
import { resources } from '../../shared/i18n/resources';
import { LiveView } from './pages/AttendancePages';
import { createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;

test.describe.configure({ mode: 'serial' });
// Each test signs in and walks several dialogs on a 2-core machine.
test.setTimeout(60_000);

let api: StationApi;
let stationId: string;
const w: TestWorker[] = [];
/** An open session that started an hour ago and ends in half an hour. */
let running: { id: string; startsAt: string; endsAt: string };

const hhmm = (at: string) => at.slice(11, 16);

/** A session from `from` to `to` minutes around now on the station's wall clock, opened. */
async function openSession(title: string, from: number, to: number) {
  const now = stationNow(new Date());
  const startsAt = addMinutes(now, from);
  const endsAt = addMinutes(now, to);
  const [s] = await api.call<{ id: string }[]>('sessions.create', { stationId, fields: { title, category: 'safety', startsAt, endsAt } });
  await api.call('sessions.setState', { sessionId: s!.id, state: 'open' });
  return { id: s!.id, startsAt, endsAt };
}

async function signIn(page: Page) {
  await page.goto('/signin');
  await page.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
  await page.reload();
  await page.getByTestId('signin-form').locator('#username').fill('admin');
  await page.getByTestId('signin-form').locator('#password').fill(ADMIN_PASSWORD);
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
}

test('补签 takes the arrival time (default the start) and a leaving time, on the 24-hour clock', async ({ page, station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  for (const [i, name] of ['王建国', '李秀英', '阿不都热合曼', '古丽米拉'].entries()) w.push(await createWorker(api, stationId, name, i + 1));
  running = await openSession('钢筋绑扎安全交底', -60, 30);

  await signIn(page);
  const live = new LiveView(page);
  await live.open(running.id);

  // Forgot the badge, was there from the start: the form starts at the session's start.
  const dialog = await live.openCorrection('missing', '王建国', 'add');
  await expect(dialog.getByTestId('correction-at')).toHaveValue(hhmm(running.startsAt));
  await expect(dialog.getByTestId('correction-left-at')).toHaveValue('');
  // 24-hour HH:MM only.
  await dialog.getByTestId('correction-at').fill('8:5');
  await dialog.getByTestId('correction-reason').fill('忘带工牌，开始时就在');
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(dialog).toContainText(zh['liveAdmin.correct.clockFormat']!);
  await dialog.getByTestId('correction-at').fill(hhmm(running.startsAt));
  await screenshot(page, 'live-correction-add-zh-CN', false);
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(dialog).toBeHidden();
  const first = live.presentRow('王建国');
  await expect(first).toContainText(hhmm(running.startsAt));
  await expect(first).not.toContainText(zh['kioskui.live.late']!);

  // Came 20 minutes late and left after 40: both times as typed.
  const arrived = hhmm(addMinutes(running.startsAt, 20));
  const left = hhmm(addMinutes(running.startsAt, 40));
  await live.correctWithTimes('missing', '李秀英', 'add', { reason: '手机没电，没扫上', at: arrived, leftAt: left });
  const second = live.presentRow('李秀英');
  await expect(second).toContainText(arrived);
  await expect(second).toContainText(left);
  await expect(second).toContainText(zh['kioskui.live.late']!);
});

test('a sign-out takes when they left (default now); times the station cannot take are refused on their field', async ({ page }) => {
  await signIn(page);
  const live = new LiveView(page);
  await live.open(running.id);
  const arrived = hhmm(addMinutes(running.startsAt, 20));

  // Signed out for someone who left early: the leaving time defaults to now and can be set.
  const out = await live.openCorrection('present', '王建国', 'sign_out');
  const now = stationNow(new Date());
  await expect(out.getByTestId('correction-at')).toHaveValue(new RegExp(`^(${hhmm(now)}|${hhmm(addMinutes(now, -1))})$`));
  await out.locator('.ant-modal-close').click();
  const leftEarly = hhmm(addMinutes(running.startsAt, 50));
  await live.correctWithTimes('present', '王建国', 'sign_out', { reason: '身体不适提前离开', at: leftEarly });
  await expect(live.presentRow('王建国')).toContainText(leftEarly);

  // A leaving time before the arrival is refused on its field.
  const bad = await live.openCorrection('missing', '古丽米拉', 'add');
  await bad.getByTestId('correction-at').fill(arrived);
  await bad.getByTestId('correction-left-at').fill(hhmm(running.startsAt));
  await bad.getByTestId('correction-reason').fill('测试');
  await bad.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(bad).toContainText(zh['liveAdmin.correct.leftBeforeArrival']!);
  // An arrival still to come is refused by the station, on the arrival's field.
  await bad.getByTestId('correction-left-at').fill('');
  await bad.getByTestId('correction-at').fill(hhmm(addMinutes(stationNow(new Date()), 15)));
  await bad.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(bad).toContainText(zh['liveAdmin.correct.badArrival']!);
  await bad.locator('.ant-modal-close').click();
});

test('a tablet’s scan with an impossible clock is listed as flagged, with why', async ({ page }) => {
  await api.call('kiosk.scan', {
    sessionId: running.id, code: w[2]!.badgeCode, method: 'badge', idempotencyKey: 'queued-clock-0001',
    queued: { clientAt: '2019-05-01T00:00:00.000Z', clientNow: new Date().toISOString() },
  });
  await signIn(page);
  const live = new LiveView(page);
  await live.open(running.id);
  await expect(live.flagged).toBeVisible();
  const row = live.flagged.getByTestId('live-flagged-row').filter({ hasText: '阿不都热合曼' });
  await expect(row).toContainText(zh['liveAdmin.flag.clock_implausible.why']!);
  await expect(live.flagged).toContainText(zh['liveAdmin.flagged.title']!.replace('{{count}}', '1'));
  await screenshot(page, 'live-flagged-zh-CN');
});

test('closing before the scheduled end asks when it ended; "now" moves the end; a queue arriving after is flagged', async ({ page }) => {
  await signIn(page);
  const live = new LiveView(page);
  await live.open(running.id);
  const dialog = await live.openClose();
  await expect(dialog.getByTestId('close-early')).toContainText(zh['liveAdmin.close.question']!.replace('{{end}}', hhmm(running.endsAt)));
  // Nothing is chosen for the trainer.
  await expect(dialog.locator('.ant-modal-footer .ant-btn-dangerous')).toBeDisabled();
  await screenshot(page, 'live-close-early-zh-CN', false);
  await dialog.getByTestId('close-ended-now').click();
  await dialog.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(page.getByTestId('live-state')).toHaveText(zh['sessionState.closed']!);
  const after = await api.call<{ endsAt: string; state: string }>('sessions.get', { sessionId: running.id });
  expect(after.state).toBe('closed');
  expect(after.endsAt < running.endsAt).toBe(true);
  expect(after.endsAt >= addMinutes(stationNow(new Date()), -2)).toBe(true);

  // A tablet that was offline sends a scan it took before the close.
  await api.call('kiosk.scan', {
    sessionId: running.id, code: w[3]!.badgeCode, method: 'badge', idempotencyKey: 'queued-late-0001',
    queued: { clientAt: new Date(Date.now() - 10 * 60_000).toISOString(), clientNow: new Date().toISOString() },
  });
  const row = live.flagged.getByTestId('live-flagged-row').filter({ hasText: '古丽米拉' });
  await expect(row).toContainText(zh['liveAdmin.flag.queued_after_close.why']!);
});

test('closing after the scheduled end asks nothing', async ({ page }) => {
  const past = await openSession('已过结束时间的培训', -120, -60);
  await signIn(page);
  const live = new LiveView(page);
  await live.open(past.id);
  const dialog = await live.openClose();
  await expect(dialog.getByTestId('close-early')).toHaveCount(0);
  await dialog.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(page.getByTestId('live-state')).toHaveText(zh['sessionState.closed']!);
  const after = await api.call<{ endsAt: string }>('sessions.get', { sessionId: past.id });
  expect(after.endsAt).toBe(past.endsAt);
});

test('the same screens in Uyghur', async ({ page }) => {
  const open = await openSession('ئىگىزلىكتە ئىشلەش بىخەتەرلىكى', -30, 60);
  await signIn(page);
  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  const live = new LiveView(page);
  await live.open(running.id);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(live.flagged).toContainText(ug['liveAdmin.flag.queued_after_close.why']!);
  await screenshot(page, 'live-flagged-ug');

  await live.open(open.id);
  const add = await live.openCorrection('missing', '李秀英', 'add');
  await expect(add).toContainText(ug['liveAdmin.correct.arrival']!);
  await screenshot(page, 'live-correction-add-ug', false);
  await add.locator('.ant-modal-close').click();
  await expect(add).toBeHidden();
  const close = await live.openClose();
  await expect(close.getByTestId('close-early')).toBeVisible();
  await close.getByTestId('close-ended-scheduled').click();
  await screenshot(page, 'live-close-early-ug', false);
  await close.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(page.getByTestId('live-state')).toHaveText(ug['sessionState.closed']!);
  const after = await api.call<{ endsAt: string }>('sessions.get', { sessionId: open.id });
  expect(after.endsAt).toBe(open.endsAt);
});
