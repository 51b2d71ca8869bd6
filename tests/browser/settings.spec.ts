import { resources } from '../../shared/i18n/resources';
import { SettingsPage } from './pages/SettingsPage';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const NEW_PASSWORD = 'Mobanggong-2025';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('the default screen language is saved for new devices', async ({ page, browser, signInPage, adminFrame }) => {
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await adminFrame.openSettings();
  const settings = new SettingsPage(page);
  await settings.expectShown();
  await settings.saveDefaultLanguage('ug');
  await expect(page.locator('.ant-message')).toContainText(zh['settings.saved']!);
  // This screen keeps the language its user picked; the setting is for screens that have none.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screenshot(page, 'settings-zh-CN');

  const other = await browser.newContext({ baseURL: page.url() });
  const fresh = await other.newPage();
  await fresh.goto('/signin');
  await expect(fresh.locator('html')).toHaveAttribute('dir', 'rtl');
  await other.close();
});

test('changing the password: the wrong current one is marked on its field, then sign in again', async ({
  page,
  signInPage,
  adminFrame,
}) => {
  await page.goto('/signin');
  await page.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
  await page.reload();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await adminFrame.openSettings();
  const settings = new SettingsPage(page);

  // Checked by the core, not the form: the contract's field path lands on the right field.
  await settings.changePassword('not-my-password', NEW_PASSWORD);
  await expect(settings.errorOf('currentPassword')).toHaveText(zh['field.currentPasswordWrong']!);

  await settings.changePassword(ADMIN_PASSWORD, NEW_PASSWORD);
  await signInPage.expectShown();
  await expect(signInPage.form).toContainText(zh['signin.passwordChanged']!);
  await signInPage.signIn(ADMIN_PASSWORD);
  await expect(signInPage.error).toHaveText(zh['signin.badCredentials']!);
  await signInPage.signIn(NEW_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
});

test('too many wrong passwords: the sign-in screen says how long to wait', async ({ page, signInPage }) => {
  await page.goto('/signin');
  await page.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
  await page.reload();
  for (let i = 0; i < 5; i++) {
    await signInPage.signIn(`wrong-${i}-password`);
    await expect(signInPage.error).toHaveText(zh['signin.badCredentials']!);
  }
  await signInPage.signIn(NEW_PASSWORD);
  await expect(signInPage.error).toHaveText(zh['signin.lockedFor']!.replace('{{minutes}}', '5'));
});
