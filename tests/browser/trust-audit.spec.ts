import { addDays, stationNow } from '../../shared/domain/time';
import { resources } from '../../shared/i18n/resources';
import { AuditScreen, signInAs } from './pages/TrustPages';
import { createWorker, StationApi } from './support/api';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;
const XSS = '<img src=x onerror=alert(document.title)>';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('a worker edited on screen shows in the audit log with before → after; filters narrow it', async ({ page, station }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { password: ADMIN_PASSWORD })).token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  const worker = await createWorker(api, s!.id, '孙建华', 1);
  await createWorker(api, s!.id, XSS, 2);

  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/workers/${worker.id}`);
  // The record has loaded (its team is shown) before it is edited; the save is awaited at the host,
  // not through the toast, which a busy machine may show and hide before it is looked for.
  await expect(page.getByTestId('worker-team')).toHaveValue('钢筋班');
  await page.getByTestId('worker-team').fill('木工班');
  const saved = page.waitForResponse((r) => r.url().endsWith('/workers.update'), { timeout: 10_000 });
  await page.getByTestId('worker-save').click();
  const res = await saved;
  expect(res.status(), await res.text()).toBe(200);

  await page.locator('.admin-sider').getByText(zh['trustui.nav.audit']!, { exact: true }).click();
  const audit = new AuditScreen(page);
  await expect(audit.root).toBeVisible();
  // The first set-up left its own rows (the station and its admin); this test's are the workers'.
  await expect(audit.table).toContainText(zh['trustui.audit.action.setup']!);
  await audit.choose('audit-entity', zh['trustui.audit.entity.worker']!);
  await expect(audit.rows).toHaveCount(3);
  const edit = audit.rows.first();
  await expect(edit.getByTestId('audit-action-cell')).toHaveText(zh['trustui.audit.action.update']!);
  await expect(edit).toContainText(zh['trustui.audit.entity.worker']!);
  await expect(edit).toContainText('孙建华');
  await expect(edit.getByTestId('audit-who')).toHaveText('admin');
  await expect(edit).toContainText(zh['trustui.audit.via.http']!);

  await edit.click();
  const diff = page.getByTestId('audit-diff');
  await expect(diff).toBeVisible();
  const team = diff.getByTestId('audit-diff-line').filter({ hasText: zh['trustui.field.team']! });
  await expect(team.locator('.audit-before')).toHaveText('钢筋班');
  await expect(team.locator('.audit-after')).toHaveText('木工班');
  // Only what changed: the name did not.
  await expect(diff.getByTestId('audit-diff-line')).toHaveCount(1);
  // A name with markup is text here too.
  await expect(audit.table).toContainText(XSS);
  await screenshot(page, 'trust-audit-zh-CN');

  await audit.choose('audit-action', zh['trustui.audit.action.create']!);
  await expect(audit.rows).toHaveCount(2);
  await expect(audit.actions()).toHaveText([zh['trustui.audit.action.create']!, zh['trustui.audit.action.create']!]);
  await page.getByPlaceholder(zh['trustui.audit.search']!).fill('孙建华');
  await expect(audit.rows).toHaveCount(1);
  await expect(audit.rows.first()).toContainText('孙建华');
  await audit.clearFilter('audit-action');
  await expect(audit.rows).toHaveCount(2);
  await expect(audit.actions()).toHaveText([zh['trustui.audit.action.update']!, zh['trustui.audit.action.create']!]);

  const yesterday = addDays(stationNow(new Date()).slice(0, 10), -1);
  await page.getByTestId('audit-to').fill(yesterday);
  await page.getByTestId('audit-to').press('Enter');
  await expect(audit.table).toContainText(zh['trustui.audit.none']!);
  // Emptied with the picker's own clear button.
  await page.getByTestId('audit-to').hover();
  await page.locator('.ant-picker:has([data-testid="audit-to"]) .ant-picker-clear').click();
  await page.getByTestId('audit-from').fill(yesterday);
  await page.getByTestId('audit-from').press('Enter');
  await expect(audit.rows).toHaveCount(2);
});

test('exporting the log downloads an .xlsx and the export is itself in the log', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto('/audit');
  const audit = new AuditScreen(page);
  await expect(audit.rows.first()).toBeVisible();
  const before = await audit.rows.count();
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^审计日志_.+_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(audit.rows).toHaveCount(before + 1);
  await expect(audit.rows.first().getByTestId('audit-action-cell')).toHaveText(zh['trustui.audit.action.export_personal_data']!);
  await expect(audit.rows.first()).toContainText(zh['trustui.audit.entity.audit_log']!);
  await audit.choose('audit-entity', zh['trustui.audit.entity.audit_log']!);
  await expect(audit.rows).toHaveCount(1);
});

test('the audit log in Uyghur, right to left', async ({ page }) => {
  await signInAs(page, 'admin', ADMIN_PASSWORD, 'ug');
  await page.goto('/audit');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const audit = new AuditScreen(page);
  await expect(audit.root).toContainText(ug['trustui.audit.title']!);
  const edit = audit.rows.filter({ hasText: ug['trustui.audit.action.update']! });
  await edit.click();
  await expect(page.getByTestId('audit-diff')).toContainText(ug['trustui.field.team']!);
  await screenshot(page, 'trust-audit-ug');
});
