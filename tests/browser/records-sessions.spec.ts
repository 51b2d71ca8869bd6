import { resources } from '../../shared/i18n/resources';
import { openSignedIn, SessionFormPage } from './pages/RecordsPages';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });
// A series of five, a trainer made first: close to the default 30 s on a busy 2-core machine.
test.setTimeout(60_000);

test('a daily pre-shift talk is created as a series, skipping the weekend', async ({ page }) => {
  await openSignedIn(page, '/trainers', ADMIN_PASSWORD);
  await page.getByTestId('trainer-new').click();
  await page.getByTestId('trainer-name').fill('李国栋');
  await page.getByTestId('trainer-name').press('Enter');
  await expect(page.getByTestId('trainer-table')).toContainText('李国栋');

  const form = new SessionFormPage(page);
  await form.openNew();
  await page.getByTestId('session-title').fill('班前安全讲话');
  await form.fillTimes('2025-03-06', '07:30', '08:15');
  await expect(page.getByTestId('session-hours')).toHaveText(zh['sessionPage.hoursComputed']!.replace('{{hours}}', '1').replace('{{minutes}}', '45'));
  await page.getByTestId('session-trainers').click();
  await page.locator('.ant-select-dropdown').getByText('李国栋', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('session-repeat').getByText(zh['sessionPage.repeatDaily']!, { exact: true }).click();
  // Thursday to the next Wednesday, weekend skipped: 5 sessions.
  await page.getByTestId('session-until').fill('2025-03-12');
  await page.getByTestId('session-until').press('Tab');
  await screenshot(page, 'session-form-zh-CN');
  await page.getByTestId('session-save').click();
  await expect(page.locator('.ant-message')).toContainText(zh['sessionPage.savedMany']!.replace('{{n}}', '5'));
  await expect(page).toHaveURL(/\/sessions$/);
  const rows = page.getByTestId('session-table').locator('tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: '班前安全讲话' })).toHaveCount(5);
  await expect(rows.filter({ hasText: '2025-03-08' })).toHaveCount(0);
  await expect(rows.filter({ hasText: '2025-03-10' })).toHaveCount(1);
});

test('a night session crosses midnight, and the form says so', async ({ page }) => {
  await openSignedIn(page, '/sessions/new', ADMIN_PASSWORD);
  const form = new SessionFormPage(page);
  await expect(form.form).toBeVisible();
  await page.getByTestId('session-title').fill('夜间施工安全交底');
  await form.fillTimes('2025-03-04', '22:00', '01:00');
  await expect(page.getByTestId('session-overnight')).toContainText('2025-03-05');
  // 180 minutes at 45 per class hour.
  await expect(page.getByTestId('session-hours')).toContainText('4');
  await page.getByTestId('session-title').press('Enter');
  await expect(page).toHaveURL(/\/sessions$/);
  const row = page.getByTestId('session-table').locator('tbody tr.ant-table-row').filter({ hasText: '夜间施工安全交底' });
  await expect(row).toContainText(zh['sessionPage.nextDayShort']!);
  await expect(row).toContainText('22:00–01:00');

  // Open it, then cancel it with a reason: only the allowed actions are offered.
  await row.getByTestId('session-open').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(row).toContainText(zh['sessionState.open']!);
  await expect(row.getByTestId('session-cancelled')).toHaveCount(0);
  await row.getByTestId('session-planned').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(row).toContainText(zh['sessionState.planned']!);
  await row.getByTestId('session-cancelled').click();
  await page.getByTestId('cancel-reason').fill('暴雨停工');
  await page.getByTestId('cancel-reason').press('Enter');
  await expect(row).toContainText(zh['sessionState.cancelled']!);
});

test('editing one session of a series asks which ones to change', async ({ page }) => {
  await openSignedIn(page, '/sessions', ADMIN_PASSWORD);
  const rows = page.getByTestId('session-table').locator('tbody tr.ant-table-row');
  await rows.filter({ hasText: '2025-03-10' }).click();
  await expect(page.getByTestId('session-form')).toBeVisible();
  await page.getByTestId('session-title').fill('班前安全讲话（第二周）');
  await page.getByTestId('session-save').click();
  const following = page.getByTestId('series-scope').getByText(zh['sessionPage.scopeFollowing']!);
  // The confirmation opens with an animation; a click during it can miss the radio.
  await expect(async () => {
    await following.click();
    await expect(page.getByTestId('series-scope').locator('.ant-radio-wrapper-checked')).toContainText(zh['sessionPage.scopeFollowing']!, { timeout: 500 });
  }).toPass({ timeout: 5000 });
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText(zh['sessionPage.updatedMany']!.replace('{{n}}', '3'));
  await page.goto('/sessions');
  await expect(rows.filter({ hasText: '（第二周）' })).toHaveCount(3);
});

test('the session form in Uyghur', async ({ page }) => {
  await openSignedIn(page, '/sessions/new', ADMIN_PASSWORD, 'ug');
  const form = new SessionFormPage(page);
  await expect(form.form).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('session-title').fill('بىخەتەرلىك دەرسى');
  await form.fillTimes('2025-03-04', '22:00', '01:00');
  await expect(page.getByTestId('session-overnight')).toBeVisible();
  await form.fillNotice({ zh: '进入现场必须佩戴安全帽。', ug: 'مەيدانغا كىرگەندە بىخەتەرلىك قالپىقىنى چوقۇم كىيىڭ.' });
  await screenshot(page, 'session-form-ug');
});

test('the notice in Chinese, Uyghur (right to left) and English; Chinese required once another is written', async ({ page }) => {
  await openSignedIn(page, '/sessions/new', ADMIN_PASSWORD, 'zh-CN');
  const form = new SessionFormPage(page);
  await page.getByTestId('session-title').fill('高处作业安全告知');
  await form.fillTimes('2025-04-01', '08:00', '08:45');
  const ug = 'ئېگىزلىكتە ئىشلىگەندە بىخەتەرلىك بەلبېغىنى چوقۇم تاقاڭ.';
  await form.fillNotice({ ug });
  await expect(form.notice('ug')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('session-save').click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText(zh['sessionPage.ackZhRequired']!);

  await form.fillNotice({ zh: '高处作业必须系好安全带。', en: 'Wear a safety harness when working at height.' });
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await screenshot(page, 'session-notice-zh-CN');
  await page.getByTestId('session-save').click();
  await expect(page).toHaveURL(/\/sessions$/);
  await page.getByTestId('session-table').locator('tbody tr.ant-table-row').filter({ hasText: '高处作业安全告知' }).click();
  await expect(form.notice('zh')).toHaveValue('高处作业必须系好安全带。');
  await expect(form.notice('ug')).toHaveValue(ug);
  await expect(form.notice('en')).toHaveValue('Wear a safety harness when working at height.');
});
