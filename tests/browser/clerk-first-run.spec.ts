import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/i18n/languages';
import { createSessionNow, StationApi } from './support/api';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

// A new station's first hour as its clerk meets it: setup asks who they are, the guide's buttons do
// their steps, technical details wait on an About page, and the kiosk's trainer panel needs a PIN.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

const PASSWORD = 'Gangjin-2024';
const STATION = '滨江花园二期项目提升站';
// Four agents share two cores on the build machines: a page may take more than the default 5 s to load.
const wait = expect.configure({ timeout: 40_000 });
const zh = resources['zh-CN'];

/** Opens a page in a language, signing in first when this browser page has no session yet. */
async function inLanguage(page: Page, lang: Language, path: string) {
  if (!page.url().startsWith('http')) await page.goto('/signin');
  await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
  await page.goto(path);
  const form = page.getByTestId('signin-form');
  await wait(form.or(page.getByTestId('home-page')).or(page.getByTestId('kiosk-ready')).or(page.locator('.admin-content')).first()).toBeVisible();
  if (await form.isVisible()) {
    await form.locator('#password').fill(PASSWORD);
    await form.locator('#password').press('Enter');
    await wait(page.getByTestId('home-page')).toBeVisible();
    await page.goto(path);
  }
}

test('setup asks for the admin own name; the audit log and the header read it, not the station name', async ({ page, setupPage }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await setupPage.expectShown();
  await expect(setupPage.adminName).toBeVisible();
  await setupPage.fill({ stationName: STATION, adminName: '李建国', password: PASSWORD });
  await setupPage.confirm.press('Enter');
  await wait(page.getByTestId('home-page')).toBeVisible();
  await wait(page.getByTestId('signed-in-account')).toContainText('李建国');
  await page.goto('/audit');
  const who = page.getByTestId('audit-page').locator('.ant-table-row').first();
  await wait(who).toContainText('李建国');
  await expect(who).not.toContainText(STATION);
});

test('each step of the new-station guide opens the screen that does it; versions are on the About page', async ({ page }) => {
  test.setTimeout(240_000);
  await inLanguage(page, 'zh-CN', '/');
  await wait(page.getByTestId('empty-station')).toBeVisible();
  await expect(page.getByTestId('home-page')).not.toContainText(zh['home.schemaVersion']!);
  await expect(page.getByTestId('home-page')).not.toContainText(zh['home.appVersion']!);
  for (const [button, path, testid] of [
    ['guide-trainers-0', '/trainers', 'trainers-page'],
    ['guide-workers-0', '/workers/import', 'import-page'],
    ['guide-workers-1', '/workers/new', 'worker-form'],
    ['guide-sessions-0', '/sessions/new', 'session-form'],
    ['guide-kiosk-0', '/devices', 'devices-page'],
  ] as const) {
    await page.goto('/');
    await wait(page.getByTestId(button)).toBeVisible();
    await page.getByTestId(button).click();
    await wait(page).toHaveURL(new RegExp(`${path}$`));
    await wait(page.getByTestId(testid)).toBeVisible();
  }
  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await inLanguage(page, lang, '/');
    await wait(page.getByTestId('empty-station')).toContainText(resources[lang]['home.step.sessions.action']!);
    await screenshot(page, `clerk-home-guide-${lang}`);
    await page.goto('/settings');
    await page.getByTestId('about-link').click();
    await wait(page.getByTestId('about-page')).toContainText(resources[lang]['home.schemaVersion']!);
    await expect(page.getByTestId('schema-version')).toHaveText(/^\d+$/);
    await screenshot(page, `clerk-about-${lang}`);
  }
  await inLanguage(page, 'zh-CN', '/');
});

test('with no trainer PIN the kiosk panel stays closed and the admin is told; a PIN opens it', async ({ page, station }) => {
  test.setTimeout(300_000);
  const api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { username: 'admin', password: PASSWORD })).token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  const sessionId = await createSessionNow(api, s!.id, '班前安全讲话');

  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await inLanguage(page, lang, '/');
    await wait(page.getByTestId('no-kiosk-pin')).toContainText(resources[lang]['trustui.noKioskPin.title']!);
    await screenshot(page, `clerk-home-no-pin-${lang}`);
  }
  await page.goto('/accounts');
  await wait(page.getByTestId('no-kiosk-pin')).toBeVisible();

  await inLanguage(page, 'zh-CN', `/kiosk?session=${sessionId}`);
  await wait(page.getByTestId('kiosk-ready')).toBeVisible();
  await page.getByTestId('kiosk-trainer-button').click();
  await wait(page.getByTestId('kiosk-unlock-none')).toHaveText(zh['kioskui.unlock.noneSet']!);
  await expect(page.getByTestId('kiosk-mode-switch')).toHaveCount(0);
  await screenshot(page, 'clerk-kiosk-no-pin-zh-CN', false);

  await api.call('auth.setPin', { currentPassword: PASSWORD, pin: '2468' });
  await page.goto(`/kiosk?session=${sessionId}`);
  await wait(page.getByTestId('kiosk-ready')).toBeVisible();
  await page.getByTestId('kiosk-trainer-button').click();
  await expect(page.getByTestId('kiosk-mode-switch')).toHaveCount(0);
  await page.getByTestId('kiosk-unlock-pin').fill('2468');
  await page.getByTestId('kiosk-unlock-submit').click();
  await wait(page.getByTestId('kiosk-mode-switch')).toBeVisible();

  await page.goto('/');
  await wait(page.getByTestId('home-page')).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('no-kiosk-pin')).toHaveCount(0);
});
