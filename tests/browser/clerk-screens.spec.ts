import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addMinutes, stationNow } from '../../shared/domain/time';
import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/i18n/languages';
import { createWorker, StationApi, withCheckDigit } from './support/api';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { readXlsx } from './support/xlsx';

// What a clerk needs on screen: a worker's training history, a closed session's attendees, and a
// roster import that shows what it changes and keeps the refused rows to fix.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 }, preSetUp: true });

const PASSWORD = 'Gangjin-2024';
// Four agents share two cores on the build machines: a page may take more than the default 5 s to load.
const wait = expect.configure({ timeout: 20_000 });
let api: StationApi;
let stationId: string;
let sessionId: string;
let workerId: string;

async function open(page: Page, lang: Language, path: string) {
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
}

test('set up: a closed session with one worker on time, one late and one excused', async ({ station }) => {
  api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { username: 'admin', password: PASSWORD })).token;
  stationId = (await api.call<{ id: string }[]>('station.list', {}))[0]!.id;
  const a = await createWorker(api, stationId, '张建国', 1);
  const b = await createWorker(api, stationId, '李明', 2);
  const c = await createWorker(api, stationId, '王强', 3);
  workerId = b.id;
  // Started an hour ago: arrivals may not be in the future.
  const start = addMinutes(stationNow(new Date()), -60);
  [{ id: sessionId }] = await api.call<{ id: string }[]>('sessions.create', {
    stationId,
    fields: { title: '脚手架安全', category: 'safety', startsAt: start, endsAt: addMinutes(start, 90) },
  }) as [{ id: string }];
  const s = await api.call<{ startsAt: string }>('sessions.get', { sessionId });
  await api.call('sessions.setState', { sessionId, state: 'open' });
  await api.call('attendance.correct', { sessionId, workerId: a.id, action: 'add', reason: '补登记' });
  await api.call('attendance.correct', { sessionId, workerId: b.id, action: 'add', reason: '补登记', at: addMinutes(s.startsAt, 30) });
  await api.call('attendance.correct', { sessionId, workerId: c.id, action: 'excuse', reason: '病假' });
  await api.call('sessions.setState', { sessionId, state: 'closed', endedAt: 'scheduled' });
});

test("a worker's page shows their training history, each session a link, hours per year and category", async ({ page }) => {
  test.setTimeout(180_000);
  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await open(page, lang, `/workers/${workerId}`);
    const history = page.getByTestId('worker-history');
    await wait(history.getByTestId('history-sessions')).toContainText('脚手架安全');
    await expect(history.getByTestId('history-sessions')).toContainText(resources[lang]['history.late']!);
    await expect(history.getByTestId('history-totals')).toContainText(resources[lang]['category.safety']!);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, `clerk-worker-history-${lang}`);
  }
  await page.getByTestId('worker-history').getByRole('link', { name: '脚手架安全' }).click();
  await wait(page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
});

test("a closed session's page lists its attendees (present, late, excused, hours) and leads to its live view and sign-in sheet", async ({ page }) => {
  test.setTimeout(180_000);
  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await open(page, lang, `/sessions/${sessionId}`);
    const card = page.getByTestId('session-attendees');
    await wait(card.getByTestId('attendees-table')).toContainText('张建国');
    await expect(card.getByTestId('attendees-table')).toContainText('王强');
    await expect(card.getByTestId('attendees-table')).toContainText(resources[lang]['history.status.excused']!);
    await expect(card.getByTestId('attendees-counts')).toContainText(resources[lang]['attendees.late']!);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `clerk-session-attendees-${lang}`);
  }
  await page.getByTestId('attendees-live').click();
  await wait(page).toHaveURL(new RegExp(`/sessions/${sessionId}/live$`));
  await page.goBack();
  await wait(page.getByTestId('attendees-sheet')).toBeVisible();
  await page.getByTestId('attendees-sheet').click();
  await wait(page).toHaveURL(new RegExp(`/print/sign-in-sheet/${sessionId}$`));
});

test('the import preview shows each change old → new; refused rows stay after the commit and download as .xlsx', async ({ page }) => {
  test.setTimeout(240_000);
  // 张建国 is already on the roster (createWorker gave him a number): change his team by that number.
  const existing = await api.call<{ idNumber: string }>('workers.get', { workerId: (await api.call<{ rows: { id: string }[] }>('workers.search', { stationId, q: '张建国' })).rows[0]!.id, revealId: true });
  const newId = withCheckDigit('65010119900101123');
  const lines = ['姓名,身份证号码,班组', `张建国,${existing.idNumber},木工班`, `阿不都,${newId},钢筋班`, `阿不都热,${newId},钢筋班`, '无证号,,钢筋班'];
  for (const lang of ['en', 'ug', 'zh-CN'] as const) {
    await open(page, lang, '/workers/import');
    await page.getByTestId('import-page').locator('input[type=file]').setInputFiles({
      name: `roster-${lang}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n'),
    });
    const changes = page.getByTestId('import-changes');
    await wait(changes).toBeVisible();
    await expect(changes.getByTestId('import-change')).toContainText(/钢筋班.*木工班/);
    await expect(page.getByTestId('import-refused')).toContainText(resources[lang]['import.duplicate_in_file']!.replace(/\{\{other\}\}/g, '3').slice(0, 8));
    await screenshot(page, `clerk-import-preview-${lang}`);
    if (lang !== 'zh-CN') continue;
    await page.getByTestId('import-commit').click();
    await wait(page.getByTestId('import-done')).toBeVisible();
    const refused = page.getByTestId('import-done-refused');
    await wait(refused.getByTestId('import-refused')).toContainText('5');
    await screenshot(page, `clerk-import-done-${lang}`);
    const downloading = page.waitForEvent('download');
    await refused.getByTestId('import-refused-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'refused-')), download.suggestedFilename());
    await download.saveAs(file);
    const [sheet] = readXlsx(file);
    expect(sheet!.rows[0]).toEqual(['姓名', '身份证号码', '班组', resources['zh-CN']['importUi.reason']]);
    expect(sheet!.rows.slice(1).map((r) => r[0])).toEqual(['阿不都热', '无证号']);
    expect(sheet!.rows[1]![1]).toBe(newId);
  }
});
