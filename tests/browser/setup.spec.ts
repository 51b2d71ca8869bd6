import { resources } from '../../shared/i18n/resources';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

// One fresh station for this file; the tests follow one another like a first day on site.
test.describe.configure({ mode: 'serial' });

test('first-run setup checks its fields, creates the station and lands on home', async ({ page, setupPage, adminFrame }) => {
  await page.goto('/');
  await setupPage.expectShown();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(setupPage.stationName).toBeFocused();

  // Enter on an empty form: every field says what it needs, in Chinese.
  await setupPage.stationName.press('Enter');
  await expect(setupPage.errorOf('stationName')).toHaveText(zh['field.required']!);
  await expect(setupPage.errorOf('adminName')).toHaveText(zh['field.required']!);
  await expect(setupPage.errorOf('adminPassword')).toHaveText(zh['field.required']!);

  await setupPage.fill({ stationName: STATION_NAME, password: 'short', confirm: 'different' });
  await setupPage.confirm.press('Enter');
  await expect(setupPage.errorOf('adminPassword')).toHaveText(zh['field.passwordTooShort']!);
  await expect(setupPage.errorOf('confirmPassword')).toHaveText(zh['field.passwordMismatch']!);
  await screenshot(page, 'setup-zh-CN-errors');

  await setupPage.fill({ stationName: STATION_NAME, password: ADMIN_PASSWORD });
  await setupPage.confirm.press('Enter');
  await adminFrame.expectHome(STATION_NAME);
  await expect(adminFrame.account).toContainText('admin');
  await expect(page.getByTestId('empty-station')).toContainText(zh['home.empty.title']!);
  // The account is the admin's own name, not the station's.
  await expect(adminFrame.account).toContainText('李建国');
  // Technical details are on the About page (from settings), not on the clerk's home page.
  await expect(page.getByTestId('home-page')).not.toContainText(zh['home.schemaVersion']!);
  await adminFrame.openSettings();
  await page.getByTestId('about-link').click();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('schema-version')).toHaveText(/^\d+$/);

  // Setup is one-time: its route now leads home.
  await page.goto('/setup');
  await adminFrame.expectHome(STATION_NAME);
});

test('sign out, a wrong password is refused in Chinese, the right one signs in', async ({ page, signInPage, adminFrame }) => {
  await page.goto('/');
  await signInPage.expectShown();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);

  await adminFrame.signOut();
  await signInPage.expectShown();
  await expect(signInPage.username).toHaveValue('admin');
  await expect(signInPage.password).toBeFocused();

  await signInPage.signIn('not-the-password');
  await expect(signInPage.error).toHaveText(zh['signin.badCredentials']!);
  await expect(signInPage.password).toHaveValue('');

  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);

  // The session survives a reload (sessionStorage), and is not a cookie.
  await page.reload();
  await adminFrame.expectHome(STATION_NAME);
  expect(await page.context().cookies()).toEqual([]);
});

test('the token never appears in a URL and travels in the session header', async ({ page, signInPage, adminFrame }) => {
  const urls: string[] = [];
  const headers: (string | undefined)[] = [];
  page.on('request', (req) => {
    urls.push(req.url());
    if (req.url().includes('/api/rpc/settings.get')) headers.push(req.headers()['x-station-session']);
  });
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await adminFrame.openSettings();
  await expect(page.getByTestId('settings-page')).toBeVisible();
  await expect(page.getByTestId('settings-language').locator('.ant-select')).toContainText(/中文|English|ئۇيغۇرچە/);
  const token = await page.evaluate(() => sessionStorage.getItem('station.session'));
  expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  expect(headers).toContain(token);
  expect(urls.filter((u) => u.includes(token!))).toEqual([]);
});
