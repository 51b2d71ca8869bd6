import { resources } from '../../shared/i18n/resources';
import { LockScreen, signInAs } from './pages/TrustPages';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

/** The lock's wait, shortened for the test (the override can only shorten the station's setting). */
const shortLock = (seconds: number) => (s: number) => localStorage.setItem('station.idleLockSeconds', String(s));

test('the admin screens lock when idle and unlock with the account’s password', async ({ page }) => {
  await page.goto('/signin');
  await page.evaluate(shortLock(2), 2);
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/workers');
  await expect(page.getByTestId('workers-page')).toBeVisible();
  const lock = new LockScreen(page);
  await expect(lock.root).toBeVisible({ timeout: 8000 });
  await expect(lock.root).toContainText(zh['trustui.lock.title']!);
  await expect(page.getByTestId('idle-lock-account')).toContainText('admin');
  // What was underneath is neither shown nor reachable with the keyboard.
  await expect(page.getByTestId('workers-page')).toBeHidden();
  await expect(page.locator('.idle-lock-content')).toHaveAttribute('inert', '');
  await screenshot(page, 'trust-idle-lock-zh-CN');

  // A reload does not get round it.
  await page.reload();
  await expect(lock.root).toBeVisible();

  await lock.unlock('not-my-password');
  await expect(lock.error).toHaveText(zh['trustui.lock.wrong']!);
  // The session survives a wrong password: still locked, not sent to sign-in.
  await expect(page).toHaveURL(/\/workers$/);
  await lock.unlock(ADMIN_PASSWORD);
  await expect(lock.root).toBeHidden();
  await expect(page.getByTestId('workers-page')).toBeVisible();

  // Input keeps it open; idleness locks it again.
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(100 + i * 10, 300);
    await page.waitForTimeout(700);
    await expect(lock.root).toBeHidden();
  }
  await expect(lock.root).toBeVisible({ timeout: 8000 });
  await lock.unlock(ADMIN_PASSWORD);
  await expect(lock.root).toBeHidden();
});

test('the kiosk page never locks', async ({ page }) => {
  await page.goto('/signin');
  await page.evaluate(shortLock(1), 1);
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/kiosk');
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('idle-lock')).toHaveCount(0);
});

test('settings: my kiosk PIN, and the admin’s tablets switch, idle-lock minutes and backups kept', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/settings');
  const pin = page.getByTestId('settings-pin');
  await pin.locator('#currentPassword').fill('wrong-password');
  await pin.locator('#pin').fill('2580');
  await pin.locator('#confirmPin').fill('2580');
  await pin.locator('button[type=submit]').click();
  await expect(pin.locator('#currentPassword_help')).toHaveText(zh['field.currentPasswordWrong']!);
  await pin.locator('#currentPassword').fill(ADMIN_PASSWORD);
  await pin.locator('button[type=submit]').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.settings.pinSaved']!);

  const security = page.getByTestId('settings-security');
  await expect(page.getByTestId('settings-idle-lock')).toHaveValue('10');
  await page.getByTestId('settings-allow-tablets').click();
  await page.getByTestId('settings-idle-lock').fill('15');
  await page.getByTestId('settings-backup-keep').fill('7');
  await security.locator('button[type=submit]').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.common.saved']!);
  await page.reload();
  await expect(page.getByTestId('settings-idle-lock')).toHaveValue('15');
  await expect(page.getByTestId('settings-backup-keep')).toHaveValue('7');
  await expect(page.getByTestId('settings-allow-tablets')).toHaveAttribute('aria-checked', 'true');
  await screenshot(page, 'trust-settings-zh-CN');
  // The lock screen says the station's wait.
  await page.evaluate(() => localStorage.setItem('station.idleLockSeconds', '1'));
  await page.reload();
  await expect(page.getByTestId('idle-lock')).toContainText(zh['trustui.lock.help']!.replace('{{minutes}}', '15'));
});

test('the lock screen in Uyghur', async ({ page }) => {
  await page.goto('/signin');
  await page.evaluate(shortLock(1), 1);
  await signInAs(page, 'admin', ADMIN_PASSWORD, 'ug');
  await expect(page.getByTestId('idle-lock')).toBeVisible({ timeout: 8000 });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'trust-idle-lock-ug');
});
