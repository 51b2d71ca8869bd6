import { resources } from '../../shared/i18n/resources';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('home in Chinese, screenshot', async ({ page, signInPage, adminFrame }) => {
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(adminFrame.menu).toContainText(resources['zh-CN']['nav.home']!);
  await screenshot(page, 'home-zh-CN');
});

test('switching to Uyghur turns the page right to left and is remembered', async ({ page, signInPage, adminFrame }) => {
  const ug = resources.ug;
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);

  await adminFrame.switchLanguage('ug');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ug');
  await expect(adminFrame.menu).toContainText(ug['nav.home']!);
  await expect(page.getByTestId('empty-station')).toContainText(ug['home.empty.title']!);
  await expect(page.locator('.ant-layout').first()).toHaveClass(/ant-layout-rtl/);
  await screenshot(page, 'home-ug');

  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ug');
  await expect(adminFrame.menu).toContainText(ug['nav.home']!);
  expect(await page.evaluate(() => localStorage.getItem('station.language'))).toBe('ug');

  // The sign-in screen, too, is in Uyghur after signing out.
  await adminFrame.signOut();
  await signInPage.expectShown();
  await expect(signInPage.form).toContainText(ug['signin.username']!);
  await screenshot(page, 'signin-ug');
});

test('an admin switching to English keeps it to their own browser: new browsers and the kiosk stay in the station default', async ({ page, signInPage, adminFrame, browser }) => {
  // Two browsers and a reload.
  test.setTimeout(60_000);
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await adminFrame.switchLanguage('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(adminFrame.menu).toContainText('Home');
  await expect(page.getByTestId('empty-station')).toContainText(resources.en['home.empty.title']!);
  // Remembered in this browser across a reload.
  await page.reload();
  await expect(adminFrame.menu).toContainText('Home');

  // A new device with nothing remembered starts in the station's default, still Chinese.
  const other = await browser.newContext({ baseURL: page.url() });
  const fresh = await other.newPage();
  await fresh.goto('/signin');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(fresh.getByTestId('signin-form')).toContainText(resources['zh-CN']['signin.password']!);
  // So does a kiosk opened there.
  await fresh.goto('/kiosk');
  await expect(fresh).toHaveURL(/\/kiosk\/pair$/);
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(fresh.getByTestId('kiosk-pair')).toContainText(resources['zh-CN']['kioskui.pair.title']!);
  await other.close();

  // The admin's own screen still reads English; the Settings page shows the station default unchanged.
  await page.goto('/settings');
  await expect(page.getByTestId('settings-language').locator('.ant-select')).toContainText('中文');
});

test('an unpaired kiosk asks to be paired: large type, three languages, no way into admin', async ({ page }) => {
  await page.goto('/kiosk');
  await expect(page).toHaveURL(/\/kiosk\/pair$/);
  const kiosk = page.getByTestId('kiosk-pair');
  await expect(kiosk).toBeVisible();
  await expect(kiosk.locator('a')).toHaveCount(0);
  // Three languages and the pairing button, nothing else.
  await expect(kiosk.getByRole('button')).toHaveCount(4);
  await kiosk.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(kiosk).toContainText(resources.ug['kioskui.pair.title']!);
  await screenshot(page, 'kiosk-ug', false);
  await kiosk.getByRole('button', { name: '中文' }).click();
  await expect(kiosk).toContainText(resources['zh-CN']['kioskui.pair.title']!);
  await screenshot(page, 'kiosk-zh-CN', false);
});
