import { resources } from '../../shared/i18n/resources';
import { AccountsScreen, dialog, signInAs } from './pages/TrustPages';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const TRAINER = { username: 'chen.shifu', displayName: '陈师傅', password: 'Chen-shifu-88', pin: '4321' };
const NEW_PASSWORD = 'Chen-shifu-99';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('the admin creates a trainer account with a PIN', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.locator('.admin-sider').getByText(zh['trustui.nav.accounts']!, { exact: true }).click();
  const accounts = new AccountsScreen(page);
  await expect(accounts.root).toBeVisible();
  await expect(accounts.row('admin')).toContainText(zh['trustui.accounts.you']!);

  // The form checks what it can before asking the station.
  await page.getByTestId('account-create').click();
  const d = dialog(page);
  await d.getByTestId('account-username').fill('陈 师傅');
  await d.getByTestId('account-password').fill('short');
  await d.getByTestId('account-pin').fill('12ab');
  await d.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(d).toContainText(zh['trustui.accounts.usernameFormat']!);
  await expect(d).toContainText(zh['field.passwordTooShort']!);
  await expect(d).toContainText(zh['trustui.accounts.pinFormat']!);
  await screenshot(page, 'trust-accounts-create-zh-CN');
  await d.locator('.ant-modal-footer .ant-btn').first().click();
  await expect(d).toBeHidden();

  await accounts.create(TRAINER);
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.accounts.created']!.replace('{{name}}', TRAINER.username));
  const row = accounts.row(TRAINER.username);
  await expect(row).toContainText(TRAINER.displayName);
  await expect(row).toContainText(zh['trustui.value.role.trainer']!);
  await expect(row).toContainText(zh['trustui.accounts.pinSet']!);
  await expect(row).toContainText(zh['trustui.accounts.active']!);

  // A user name already taken is marked on its field.
  await accounts.create({ ...TRAINER, pin: undefined });
  await expect(dialog(page).locator('#username_help')).toContainText(zh['field.taken']!);
  await dialog(page).locator('.ant-modal-footer .ant-btn').first().click();
  await screenshot(page, 'trust-accounts-zh-CN');
});

test('the new trainer signs in and sees no admin pages', async ({ page }) => {
  await signInAs(page, TRAINER.username, TRAINER.password);
  await expect(page.getByTestId('signed-in-account')).toContainText(TRAINER.username);
  const menu = page.locator('.admin-sider .ant-menu');
  await expect(menu).toContainText(zh['nav.workers']!);
  for (const key of ['trustui.nav.accounts', 'trustui.nav.backups', 'trustui.nav.audit']) await expect(menu).not.toContainText(zh[key]!);
  await page.goto('/audit');
  await expect(page.getByTestId('admin-only')).toContainText(zh['trustui.adminOnly.title']!);
});

test('the admin resets the trainer’s password, then disables and enables the account', async ({ page, browser }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/accounts');
  const accounts = new AccountsScreen(page);
  await accounts.row(TRAINER.username).getByTestId('account-reset-password').click();
  const d = dialog(page);
  await d.getByTestId('account-reset-value').fill(NEW_PASSWORD);
  await d.getByTestId('account-reset-again').fill(NEW_PASSWORD);
  await d.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.accounts.passwordReset']!.replace('{{name}}', TRAINER.username));

  await accounts.row(TRAINER.username).getByTestId('account-disable').click();
  await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
  await expect(accounts.row(TRAINER.username)).toContainText(zh['trustui.accounts.disabled']!);

  const other = await browser.newContext({ baseURL: page.url() });
  const trainerPage = await other.newPage();
  await trainerPage.goto('/signin');
  await trainerPage.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
  await trainerPage.reload();
  const form = trainerPage.getByTestId('signin-form');
  await form.locator('#username').fill(TRAINER.username);
  await form.locator('#password').fill(NEW_PASSWORD);
  await form.locator('#password').press('Enter');
  await expect(trainerPage.getByTestId('signin-error')).toHaveText(zh['signin.badCredentials']!);

  await accounts.row(TRAINER.username).getByTestId('account-enable').click();
  await expect(accounts.row(TRAINER.username)).toContainText(zh['trustui.accounts.active']!);
  await form.locator('#password').fill(NEW_PASSWORD);
  await form.locator('#password').press('Enter');
  await expect(trainerPage.getByTestId('home-page')).toBeVisible();
  await other.close();
});
