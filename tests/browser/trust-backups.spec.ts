import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resources } from '../../shared/i18n/resources';
import { BackupsScreen, dialog, signInAs } from './pages/TrustPages';
import { createWorker, StationApi } from './support/api';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const PASSPHRASE = 'tiaoshi-beifen-2026';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('back up now, with and without a passphrase; the list shows time, size and encryption', async ({ page, station }) => {
  const api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { password: ADMIN_PASSWORD })).token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  await createWorker(api, s!.id, '周八', 1);

  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.locator('.admin-sider').getByText(zh['trustui.nav.backups']!, { exact: true }).click();
  const screen = new BackupsScreen(page);
  await expect(screen.root).toBeVisible();
  await expect(screen.table).toContainText(zh['trustui.backups.none']!);

  // The passphrase is typed twice; a mismatch is caught before anything is written.
  await screen.backUp(PASSPHRASE, PASSPHRASE + 'x');
  await expect(dialog(page)).toContainText(zh['trustui.backups.passphraseMismatch']!);
  await dialog(page).getByTestId('backup-passphrase-again').fill(PASSPHRASE);
  await dialog(page).locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.backups.created']!.split('：')[0]!);
  await expect(screen.rows).toHaveCount(1);
  await expect(screen.rows.first()).toContainText(zh['trustui.backups.encrypted']!);
  await expect(screen.rows.first()).toContainText(/\.sqlite\.enc/);
  await expect(screen.rows.first()).toContainText(/\d+(\.\d)? (KB|MB)/);

  await screen.backUp();
  await expect(screen.rows).toHaveCount(2);
  await expect(screen.rows.filter({ hasText: zh['trustui.backups.plain']! })).toHaveCount(1);
  const files = readdirSync(join(station.dataDir, 'backups')).filter((f) => f.startsWith('station-'));
  expect(files).toHaveLength(2);
  await screenshot(page, 'trust-backups-zh-CN');
});

test('restore from a listed backup: the warning names the time, the check reports and waits for the next start', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/backups');
  const screen = new BackupsScreen(page);
  const plain = screen.rows.filter({ hasText: zh['trustui.backups.plain']! });
  await plain.getByTestId('backup-restore').click();
  const d = dialog(page);
  const made = (await plain.locator('td').nth(1).innerText()).trim();
  await expect(d.getByTestId('restore-warning')).toContainText(zh['trustui.restore.replaceSince']!.replace('{{at}}', made));
  await expect(d.getByTestId('restore-warning')).toContainText('station-before-restore-');
  const ok = d.locator('.ant-modal-footer .ant-btn-dangerous');
  await expect(ok).toBeDisabled();
  await d.getByTestId('restore-understood').click();
  await screenshot(page, 'trust-restore-dialog-zh-CN');
  await ok.click();

  await expect(screen.staged).toBeVisible();
  await expect(screen.staged).toContainText(zh['trustui.restore.stagedTitle']!);
  await expect(screen.staged).toContainText(zh['trustui.restore.checksPassed']!);
  await expect(screen.staged).toContainText(zh['trustui.restore.restartNeeded']!);
  // What the check found: one worker in the backup, no attendance yet.
  await expect(screen.staged.locator('.ant-descriptions-row', { hasText: zh['trustui.restore.workers']! })).toContainText('1');
  await expect(screen.staged.locator('.ant-descriptions-row', { hasText: zh['trustui.restore.events']! })).toContainText('0');
  await screenshot(page, 'trust-restore-staged-zh-CN');
});

test('an encrypted backup needs its passphrase; a wrong one is said so', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/backups');
  const screen = new BackupsScreen(page);
  await screen.rows.filter({ hasText: zh['trustui.backups.encrypted']! }).getByTestId('backup-restore').click();
  const d = dialog(page);
  await d.getByTestId('restore-understood').click();
  const ok = d.locator('.ant-modal-footer .ant-btn-dangerous');
  await expect(ok).toBeDisabled();
  await d.getByTestId('restore-passphrase').fill('wrong-passphrase');
  await ok.click();
  await expect(d.getByTestId('restore-error')).toHaveText(zh['restore.wrong_passphrase']!);
  await d.getByTestId('restore-passphrase').fill(PASSPHRASE);
  await ok.click();
  await expect(screen.staged).toContainText(zh['trustui.restore.stagedTitle']!);
});

test('restore from an uploaded file: a station backup passes, anything else is refused', async ({ page, station }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/backups');
  const screen = new BackupsScreen(page);
  await page.getByTestId('restore-file').setInputFiles({ name: 'notes.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database at all') });
  let d = dialog(page);
  await expect(d.getByTestId('restore-warning')).toContainText(zh['trustui.restore.replaceUpload']!);
  await d.getByTestId('restore-understood').click();
  await d.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(d.getByTestId('restore-error')).toHaveText(zh['restore.not_station']!);
  await d.locator('.ant-modal-footer .ant-btn').first().click();
  await expect(d).toBeHidden();

  const plain = readdirSync(join(station.dataDir, 'backups')).find((f) => f.endsWith('.sqlite'))!;
  await page.getByTestId('restore-file').setInputFiles(join(station.dataDir, 'backups', plain));
  d = dialog(page);
  await d.getByTestId('restore-understood').click();
  await d.locator('.ant-modal-footer .ant-btn-dangerous').click();
  await expect(screen.staged).toContainText(plain);
  await expect(screen.staged).toContainText(zh['trustui.restore.checksPassed']!);
});

test('how many backups to keep is a setting; the page speaks Uyghur too', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/backups');
  const input = page.getByTestId('backup-keep-input');
  await expect(input).toHaveValue('14');
  await input.fill('5');
  await page.getByTestId('backup-keep').locator('.ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.common.saved']!);
  await page.reload();
  await expect(page.getByTestId('backup-keep-input')).toHaveValue('5');
  await expect(page.getByTestId('backups-page')).toContainText(zh['trustui.backups.intro']!.replace('{{keep}}', '5'));

  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('backups-page')).toContainText(resources.ug['trustui.backups.title']!);
  await screenshot(page, 'trust-backups-ug');
});
