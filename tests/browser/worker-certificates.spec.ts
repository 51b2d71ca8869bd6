import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn } from './pages/RecordsPages';
import { createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;

// Several page loads per test on a shared two-core machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let api: StationApi;
let stationId: string;
let worker: TestWorker;
let electrician: string;

/** Picks an option of an antd Select by its visible label, typing it first where the list is long. */
async function choose(page: Page, testId: string, label: string, search = false): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) }).click();
}

const issuedOnError = (page: Page) =>
  page.getByTestId('cert-form').locator('.ant-form-item').filter({ has: page.getByTestId('cert-issued-on') }).locator('.ant-form-item-explain-error');

test('add a certificate: a bad date is refused on its field, a good one is listed', async ({ page, station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  const trades = await api.call<{ id: string; name: string }[]>('trades.list', { stationId, planningOnly: false, includeInactive: false });
  electrician = trades.find((t) => t.name === '电工')!.id;
  worker = await createWorker(api, stationId, '张三', 1, { tradeId: electrician });

  await openSignedIn(page, `/workers/${worker.id}`, ADMIN_PASSWORD);
  const card = page.getByTestId('worker-certificates');
  await expect(card.getByTestId('cert-table')).toContainText(zh['certs.none']!);
  await expect(page.getByTestId('worker-payments')).toContainText(zh['certs.payments.none']!);

  await card.getByTestId('cert-add').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await choose(page, 'cert-trade', '电工', true);
  await choose(page, 'cert-level', zh['level.L3']!.replace(/[()（）]/g, '.'));
  await page.getByTestId('cert-number').fill('JN-2026-000123');
  await page.getByTestId('cert-issuer').fill('新疆维吾尔自治区职业技能鉴定中心');
  // 30 February: the shape of a date, not a date.
  await page.getByTestId('cert-issued-on').fill('2026-02-30');
  await dialog.getByRole('button', { name: zh['common.save']! }).click();
  await expect(issuedOnError(page)).toHaveText(zh['field.invalid']!);
  await expect(dialog).toBeVisible();
  expect(await api.call<unknown[]>('certificates.list', { workerId: worker.id })).toHaveLength(0);
  await screenshot(page, 'worker-certificate-error-zh-CN', false);

  // Typing again clears the message; a real date is saved.
  await page.getByTestId('cert-issued-on').fill('2026-03-15');
  // Leave the field first, as a person does: the date is read on blur, before the save is pressed.
  await page.getByTestId('cert-issued-on').press('Tab');
  await expect(issuedOnError(page)).toHaveCount(0);
  await dialog.getByRole('button', { name: zh['common.save']! }).click();
  await expect(dialog).toBeHidden({ timeout: 10_000 });
  await expect(page.locator('.ant-message')).toContainText(zh['certs.added']!);

  const row = card.getByTestId('cert-table').locator('tbody tr.ant-table-row');
  await expect(row).toHaveCount(1);
  for (const text of [zh['certs.kind.skill_level']!, '电工', zh['level.L3']!, 'JN-2026-000123', '2026-03-15', '新疆维吾尔自治区职业技能鉴定中心']) await expect(row).toContainText(text);
  const stored = await api.call<{ kind: string; tradeId: string; level: string; issuedOn: string }[]>('certificates.list', { workerId: worker.id });
  expect(stored).toMatchObject([{ kind: 'skill_level', tradeId: electrician, level: 'L3', issuedOn: '2026-03-15' }]);
});

test('a skill-level certificate without its level: the level field says so', async ({ page }) => {
  await openSignedIn(page, `/workers/${worker.id}`, ADMIN_PASSWORD);
  await page.getByTestId('cert-add').click();
  const dialog = page.getByRole('dialog');
  await page.getByTestId('cert-issued-on').fill('2025-12-01');
  await dialog.getByRole('button', { name: zh['common.save']! }).click();
  const levelItem = page.getByTestId('cert-form').locator('.ant-form-item').filter({ has: page.getByTestId('cert-level') });
  await expect(levelItem.locator('.ant-form-item-explain-error')).toHaveText(zh['field.required']!);
  await dialog.getByRole('button', { name: zh['rec.cancel']! }).click();
  await expect(page.getByTestId('cert-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
});

test('delete asks first: cancel keeps it, confirm removes it', async ({ page }) => {
  await openSignedIn(page, `/workers/${worker.id}`, ADMIN_PASSWORD);
  const rows = page.getByTestId('cert-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await rows.first().getByTestId('cert-delete').click();
  const confirm = page.locator('.ant-popconfirm');
  await expect(confirm).toContainText(zh['certs.deleteQuestion']!);
  await confirm.getByRole('button', { name: zh['rec.cancel']! }).click();
  await expect(rows).toHaveCount(1);
  expect(await api.call<unknown[]>('certificates.list', { workerId: worker.id })).toHaveLength(1);

  await rows.first().getByTestId('cert-delete').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: zh['certs.delete']! }).click();
  await expect(page.locator('.ant-message')).toContainText(zh['certs.deleted']!);
  await expect(page.getByTestId('cert-table')).toContainText(zh['certs.none']!);
  expect(await api.call<unknown[]>('certificates.list', { workerId: worker.id })).toHaveLength(0);
});

test('subsidy payments from the bureau\'s reply are listed on the worker, read only', async ({ page }) => {
  const reply = [
    '姓名,身份证号码,补贴项目,职业（工种）,等级,发放金额（元）,发放日期',
    `张三,${worker.idNumber},职业技能等级证书,电工,高级工,3000,2026-06-30`,
    `张三,${worker.idNumber},高危岗位安全培训,,,400,2026-07-15`,
  ].join('\r\n');
  const result = await api.call<{ imported: number; issues: unknown[] }>('subsidies.importReply', {
    stationId,
    year: 2026,
    fileName: '人社局回执.csv',
    base64: Buffer.from(reply, 'utf8').toString('base64'),
  });
  expect(result).toMatchObject({ imported: 2, issues: [] });

  await openSignedIn(page, `/workers/${worker.id}`, ADMIN_PASSWORD);
  const rows = page.getByTestId('payment-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(cells).toEqual([
    ['2026', zh['certs.payKind.certificate'], '电工', zh['level.L3'], '3000', '2026-06-30'],
    ['2026', zh['certs.payKind.high_risk_safety'], '', '', '400', '2026-07-15'],
  ]);
  // Nothing to edit or delete there.
  await expect(page.getByTestId('worker-payments').getByRole('button')).toHaveCount(0);
  await page.getByTestId('worker-payments').scrollIntoViewIfNeeded();
  await screenshot(page, 'worker-certificates-payments-zh-CN');

  // The same page in Uyghur (this device's language choice).
  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('worker-payments')).toContainText(ug['certs.payKind.certificate']!);
  await expect(page.getByTestId('worker-certificates')).toContainText(ug['certs.none']!);
  await screenshot(page, 'worker-certificates-payments-ug');
});
