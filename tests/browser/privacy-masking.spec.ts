// The masking rule (shared/domain/privacy.ts) on screen: the roster and the worker page show the masked ID number, the masked mobile
// and the year of birth only; an admin's recorded reveal shows the full number, mobile and date.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { WorkerFormPage, WorkersListPage } from './pages/RecordsPages';
import { signInAs } from './pages/TrustPages';
import { createWorker, StationApi } from './support/api';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const SHOTS = process.env.PRIVACY_SHOTS ?? '';

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
  }
}

test.use({ preSetUp: true });

test('a trainer sees masked ID numbers and phones and the year of birth only; an admin reveals, recorded', async ({ page, station }) => {
  test.setTimeout(90_000);
  const api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { password: ADMIN_PASSWORD })).token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  const w = await createWorker(api, s!.id, '王建国', 7, { mobile: '13912345678', team: '钢筋一班' });
  await createWorker(api, s!.id, '艾力·买买提', 8, { mobile: '15909981234', team: '架子班' });
  await api.call('accounts.create', { username: 'li', displayName: '李老师', role: 'trainer', password: 'trainer-pass-1' });
  const birth = `${w.idNumber.slice(6, 10)}-${w.idNumber.slice(10, 12)}-${w.idNumber.slice(12, 14)}`;
  const hidden = [w.idNumber, w.idNumber.slice(6, 14), birth, '13912345678', '1391234', '12345678'];

  await signInAs(page, 'li', 'trainer-pass-1');
  const list = new WorkersListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(2);
  await expect(list.row('王建国')).toContainText(`${w.idNumber.slice(0, 6)}********${w.idNumber.slice(14)}`);
  await expect(list.row('王建国')).toContainText('139****5678');
  await expect(list.search).toHaveAttribute('placeholder', zh['workerList.searchPlaceholder']!);
  for (const h of hidden) await expect(list.table).not.toContainText(h);
  await shot(page, 'workers-list-trainer-zh-CN');

  // A hidden digit more than the mask shows finds nobody.
  await list.searchFor(w.idNumber.slice(-5));
  await expect(list.rows).toHaveCount(0);
  await list.searchFor(w.idNumber.slice(-4));
  await expect(list.row('王建国')).toHaveCount(1, { timeout: 15_000 });
  await expect(list.rows).toHaveCount(1);

  await page.goto(`/workers/${w.id}`);
  const form = new WorkerFormPage(page);
  await expect(form.name).toHaveValue('王建国', { timeout: 30_000 });
  await expect(page.getByTestId('worker-id-shown')).toHaveText(`${w.idNumber.slice(0, 6)}********${w.idNumber.slice(14)}`);
  await expect(page.getByTestId('worker-birth')).toHaveText(w.idNumber.slice(6, 10));
  await expect(page.getByTestId('worker-mobile')).toHaveValue('139****5678');
  await expect(page.getByText(zh['workerForm.mobileMaskedHelp']!)).toBeVisible();
  await expect(page.getByTestId('worker-reveal')).toHaveCount(0);
  const text = await page.getByTestId('worker-page').innerText();
  for (const h of hidden) expect(text).not.toContain(h);
  await shot(page, 'worker-page-trainer-zh-CN');

  // Saving with the masked number as shown keeps the stored one.
  await page.getByTestId('worker-form').locator('#team').fill('钢筋二班');
  await page.getByTestId('worker-save').click();
  await expect(page.locator('.ant-message')).toContainText(zh['settings.saved']!);
  const stored = await api.call<{ mobile: string; team: string }>('workers.get', { workerId: w.id, revealId: true });
  expect(stored).toMatchObject({ mobile: '13912345678', team: '钢筋二班' });

  // The admin's reveal shows everything, and is recorded.
  await page.evaluate(() => sessionStorage.clear());
  await signInAs(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/workers/${w.id}`);
  // A full page load parses the whole app again: slow on a busy two-core machine.
  await expect(page.getByTestId('worker-mobile')).toHaveValue('139****5678', { timeout: 30_000 });
  await page.getByTestId('worker-reveal').click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(page.getByTestId('worker-id-shown')).toHaveText(w.idNumber);
  await expect(page.getByTestId('worker-birth')).toHaveText(birth);
  await expect(page.getByTestId('worker-mobile')).toHaveValue('13912345678');
  await shot(page, 'worker-page-revealed-zh-CN');
  const reveals = await api.call<{ rows: unknown[] }>('audit.list', { action: 'reveal_id' });
  expect(reveals.rows.length).toBe(2);
});
