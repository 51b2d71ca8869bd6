import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { tradeLabel } from '../../shared/i18n/trades';
import { createWorker, StationApi } from './support/api';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

// The language and formats a site clerk meets: errors that follow a language switch, dates as
// 2026-12-03 and a 24-hour clock in every language, antd's own words in Uyghur, trade names translated.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

const PASSWORD = 'Gangjin-2024';
// A station whose own data has no Chinese in it, so any Chinese on a Uyghur page is the app's.
const STATION = 'Kashgar 3';
// Four agents share two cores on the build machines: a page may take more than the default 5 s to load.
const wait = expect.configure({ timeout: 20_000 });
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** The page's visible text, leaving out what is marked as another language (the language switcher's 中文). */
async function ownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== 'ug') el.remove();
    // Hidden parts (closed menus, collapsed panels) are not read.
    document.body.appendChild(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    return text;
  });
}

/** Opens a page in a language, signing in first when this browser page has no session yet. */
async function open(page: Page, lang: 'zh-CN' | 'ug' | 'en', path: string) {
  if (!page.url().startsWith('http')) await page.goto('/signin');
  await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
  await page.goto(path);
  const form = page.getByTestId('signin-form');
  await wait(form.or(page.locator('.admin-content')).first()).toBeVisible();
  if (await form.isVisible()) {
    await form.locator('#password').fill(PASSWORD);
    await form.locator('#password').press('Enter');
    await wait(page.getByTestId('home-page')).toBeVisible();
    await page.goto(path);
  }
  await wait(page.locator('.admin-content')).toBeVisible();
}

test('setup errors follow a language switch', async ({ page, setupPage }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await setupPage.expectShown();
  await setupPage.stationName.press('Enter');
  await expect(setupPage.errorOf('stationName')).toHaveText(resources['zh-CN']['field.required']!);
  await setupPage.password.fill('short');
  await setupPage.password.press('Enter');
  await expect(setupPage.errorOf('adminPassword')).toHaveText(resources['zh-CN']['field.passwordTooShort']!);

  await page.getByTestId('language-switcher').getByText('English', { exact: true }).click();
  await expect(setupPage.errorOf('stationName')).toHaveText(resources.en['field.required']!);
  await expect(setupPage.errorOf('adminPassword')).toHaveText(resources.en['field.passwordTooShort']!);
  await screenshot(page, 'clerk-setup-errors-en');
  await page.getByTestId('language-switcher').getByText('ئۇيغۇرچە', { exact: true }).click();
  await expect(setupPage.errorOf('stationName')).toHaveText(resources.ug['field.required']!);
  await expect(setupPage.errorOf('adminPassword')).toHaveText(resources.ug['field.passwordTooShort']!);
  // The page re-renders in the new language over a frame or two: wait for the last Chinese to go.
  await expect.poll(async () => CJK.test(await ownText(page))).toBe(false);
  await screenshot(page, 'clerk-setup-errors-ug');
});

test('a Uyghur admin page has no Chinese of the app in it: pager, pickers, empty tables, trade names', async ({ page, station }) => {
  test.setTimeout(300_000);
  const api = new StationApi(station.url);
  const stationId = await api.setUp(STATION, PASSWORD);
  const trades = await api.call<{ id: string; name: string }[]>('trades.list', { stationId });
  const rebar = trades.find((tr) => tr.name === '钢筋工')!;
  const given = ['ئەخمەت', 'تۇرسۇن', 'مەمەت', 'ئابدۇللا', 'نۇرمەمەت'];
  const family = ['ئىمىن', 'قادىر', 'ياسىن', 'ھوشۇر', 'سايىت'];
  for (let n = 0; n < 25; n++) await createWorker(api, stationId, `${given[n % 5]}·${family[Math.floor(n / 5)]}`, n, { team: 'A', tradeId: rebar.id });
  await api.call('trainers.create', { stationId, fields: { name: 'تۇرسۇن·ئىمىن', kind: 'model_craftsman' } });

  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.getByTestId('signin-form').locator('#password').fill(PASSWORD);
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await wait(page.getByTestId('home-page')).toBeVisible();

  const paths = ['/', '/station', '/workers', '/workers/new', '/workers/import', '/trainers', '/sessions', '/sessions/new', '/attendance', '/devices',
    '/accounts', '/backups', '/audit', '/settings'];
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await wait(page.locator('.admin-content')).toBeVisible();
    // The events stream keeps the network busy: wait for the page's own loading to end instead.
    await wait(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
    await page.waitForTimeout(300);
    const text = await ownText(page);
    const lines = text.split('\n').filter((l) => CJK.test(l));
    if (lines.length) found.push(`${path}: ${lines.slice(0, 5).join(' | ')}`);
  }
  // The pager says "/ page" in Uyghur, and the rebar workers' trade is in Uyghur.
  await page.goto('/workers');

  await wait(page.locator('.ant-table-row').first()).toBeVisible();
  await wait(page.locator('.ant-pagination')).toContainText('/ بەت');
  await wait(page.locator('.ant-table')).toContainText(tradeLabel('钢筋工', 'ug'));
  await screenshot(page, 'clerk-workers-ug');
  // A date picker's calendar: months and buttons in Uyghur.
  await page.goto('/sessions/new');
  await page.getByTestId('session-date').click();
  await wait(page.locator('.ant-picker-dropdown')).toBeVisible();
  const calendar = await page.locator('.ant-picker-dropdown').innerText();
  expect(CJK.test(calendar), calendar).toBe(false);
  await screenshot(page, 'clerk-session-date-ug', false);
  expect(found).toEqual([]);
});

test('dates and times read 2026-12-03 and 24-hour in every language; no native date or time inputs', async ({ page }) => {
  test.setTimeout(300_000);
  for (const lang of ['zh-CN', 'en', 'ug'] as const) {
    await open(page, lang, '/');
    // The native inputs are gone from every page with a date (once: they do not depend on the language).
    for (const path of lang === 'zh-CN' ? ['/sessions', '/sessions/new', '/workers/new', '/station', '/audit'] : []) {
      await page.goto(path);
      await wait(page.locator('.admin-content')).toBeVisible();
      await wait(page.locator('input[type=date], input[type=time], input[type=datetime-local], input[type=month]')).toHaveCount(0);
    }
    // The session form takes a date typed as the bureau writes it and keeps it so.
    await page.goto('/sessions/new');
    const date = page.getByTestId('session-date');
    await date.click();
    await date.fill('2026-12-03');
    await date.press('Enter');
    await expect(date).toHaveValue('2026-12-03');
    await screenshot(page, `clerk-session-form-${lang}`);
    // The audit log's times: YYYY-MM-DD HH:MM:SS, never AM/PM or 12/3/2026.
    await page.goto('/audit');
    const times = page.getByTestId('audit-page').locator('td').filter({ hasText: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/ });
    await wait(times.first()).toBeVisible();
    expect(await page.getByTestId('audit-page').innerText()).not.toMatch(/\b(AM|PM)\b|\d{1,2}\/\d{1,2}\/\d{4}/);
    await screenshot(page, `clerk-audit-${lang}`);
  }
});

test('the audit log names exports and their fields in words, not codes', async ({ page, station }) => {
  test.setTimeout(120_000);
  const api = new StationApi(station.url);
  const signed = await api.call<{ token: string }>('auth.signIn', { username: 'admin', password: PASSWORD });
  api.token = signed.token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  await api.call('exports.subsidies', { stationId: s!.id, year: 2026, fullIdNumbers: true });
  await api.call('exports.periodReport', { stationId: s!.id, kind: 'month', period: '2026-03' });
  for (const lang of ['en', 'ug', 'zh-CN'] as const) {
    await open(page, lang, '/audit');
    const r = resources[lang];
    const table = page.getByTestId('audit-page').locator('.ant-table');
    await expect(table).toContainText(r['trustui.audit.entity.subsidy_list']!);
    await expect(table).toContainText(r['trustui.audit.entity.month_report']!);
    await table.locator('tr', { hasText: r['trustui.audit.entity.subsidy_list']! }).first().locator('.ant-table-row-expand-icon').click();
    await wait(page.getByTestId('audit-diff').first()).toContainText(r['trustui.field.fullIdNumbers']!);
    expect(await page.getByTestId('audit-page').innerText()).not.toMatch(/subsidy_list|month_report|fullIdNumbers|\byear\b/);
    await screenshot(page, `clerk-audit-export-${lang}`);
  }
});
