// 三级安全教育 on screen and on paper: the station's rules, the roster and live view marks, the worker's
// card as a PDF (read back with poppler), the team's batch, the report, the kiosk naming the level due
// in the worker's language, and the pre-shift talk in two taps.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { KioskScreen } from './pages/KioskScreen';
import { createSessionNow, createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect as baseExpect, STATION_NAME, test } from './support/fixtures';
import { renderPdf, squeeze } from './support/pdf';

// Four engineers share two cores while these run: screens answer slowly, never wrongly.
const expect = baseExpect.configure({ timeout: 20_000 });
const zh = resources['zh-CN'];
const ug = resources.ug;
const SHOTS = '/tmp/shots-safety-ed/';

// A shared build machine: PDFs and full-page screenshots take their time.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let api: StationApi;
let stationId: string;
let zhang: TestWorker;
let aziz: TestWorker;
let wang: TestWorker;
let companySession: string;

/** antd's number field puts the test id on the input or on its wrapper, by version. */
const hoursInput = (card: import('@playwright/test').Locator, level: string) => card.getByTestId(`edu-hours-${level}`).locator('xpath=descendant-or-self::input');

/** Signs in as the admin (screens in `lang`) and opens `path`; waits as long as this machine needs. */
async function openSignedIn(page: Page, path: string, password: string, lang: 'zh-CN' | 'ug' = 'zh-CN') {
  await page.goto('/signin');
  await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
  await page.reload();
  await page.getByTestId('signin-form').locator('#username').fill('admin');
  await page.getByTestId('signin-form').locator('#password').fill(password);
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
  await page.goto(path);
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}

test('arrange: small minimums, a company-level session held and closed, a skills session open', async ({ station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  const trainer = await api.call<{ id: string }>('trainers.create', { stationId, fields: { name: '李建国', kind: 'technical_worker' } });
  zhang = await createWorker(api, stationId, '张伟伟', 1, { team: '钢筋班', entryDate: '2026-03-01' });
  aziz = await createWorker(api, stationId, 'ئەزىز تۇرسۇن', 2, { team: '钢筋班', language: 'ug' });
  wang = await createWorker(api, stationId, '王芳芳', 3, { team: '木工班' });
  await api.call('safetyEducation.updateSettings', {
    stationId,
    settings: { minHours: { company: 2, project: 2, team: 2 }, passRequired: { company: false, project: false, team: true }, allowOtherSessions: true },
  });
  companySession = await createSessionNow(api, stationId, '公司级安全教育：安全生产法规与公司制度', {
    trainerIds: [trainer.id],
    description: '安全生产法律法规、公司安全管理制度、事故案例',
  });
  await api.call('safetyEducation.setSessionLevel', { sessionId: companySession, level: 'company' });
  for (const w of [zhang, aziz]) await api.call('kiosk.scan', { sessionId: companySession, code: w.badgeCode, method: 'badge', idempotencyKey: `edu-${w.id}` });
  await api.call('sessions.setState', { sessionId: companySession, state: 'closed', endedAt: 'scheduled' });
  await createSessionNow(api, stationId, '钢筋绑扎技能', { category: 'skills' });
});

test('the station page says where the minimum hours come from and changes them', async ({ page }) => {
  await openSignedIn(page, '/station', ADMIN_PASSWORD);
  const card = page.getByTestId('edu-settings');
  await expect(card.getByTestId('edu-settings-source')).toContainText('15/15/20');
  await expect(card.getByTestId('edu-settings-source')).toContainText('16/12/8');
  await card.getByTestId('edu-hours-alternative').click();
  await expect(hoursInput(card, 'team')).toHaveValue('8');
  await shot(page, 'station-edu-settings-zh-1280');
  // Back to what the other tests expect, through the screen.
  for (const l of ['company', 'project', 'team']) await hoursInput(card, l).fill('2');
  await card.getByTestId('edu-settings-save').click();
  // What the station stored (the toast may come and go before a loaded machine looks).
  await expect.poll(async () => (await api.call<{ minHours: Record<string, number> }>('safetyEducation.settings', { stationId })).minHours, { timeout: 30_000 }).toEqual({ company: 2, project: 2, team: 2 });
});

test('the roster marks who is not cleared and the worker page shows each level', async ({ page }) => {
  await openSignedIn(page, '/workers', ADMIN_PASSWORD);
  const row = page.locator('tr', { hasText: '张伟伟' });
  await expect(row.getByTestId('edu-tag')).toHaveAttribute('data-state', 'in_progress');
  await expect(row.getByTestId('edu-tag')).toContainText(zh['edu.state.notCleared']!);
  await expect(row.getByTestId('edu-missing')).toHaveText('项目级、班组级');
  await shot(page, 'roster-edu-zh-1280');
  // Cards in bulk from the roster's selection.
  for (const name of ['张伟伟', '王芳芳']) await page.locator('tr', { hasText: name }).locator('input[type=checkbox]').check();
  await page.getByTestId('print-edu-cards').click();
  await expect(page.getByTestId('edu-card-name')).toHaveText(['张伟伟', '王芳芳']);
  await page.goto(`/workers/${zhang.id}`);
  await expect(page.getByTestId('worker-edu-company')).toHaveAttribute('data-complete', 'true');
  await expect(page.getByTestId('worker-edu-team')).toHaveAttribute('data-complete', 'false');
  await page.getByTestId('worker-edu').scrollIntoViewIfNeeded();
  await shot(page, 'worker-edu-zh-1280');
});

test('the 三级安全教育卡 prints on A4 with the ID masked, each level, and both signature lines', async ({ page }) => {
  await openSignedIn(page, `/workers/${zhang.id}`, ADMIN_PASSWORD);
  await page.getByTestId('worker-edu-card-print').click();
  await expect(page).toHaveURL(new RegExp(`/print/edu-card/${zhang.id}$`));
  await expect(page.getByTestId('edu-card-level')).toHaveCount(3);
  const pdf = await renderPdf(page, 'edu-card');
  expect(pdf.pages).toBe(1);
  expect(pdf.height).toBeGreaterThan(pdf.width);
  const flat = squeeze(pdf.text);
  expect(flat).toContain('三级安全教育卡');
  expect(flat).toContain(squeeze(zhang.idNumber.slice(0, 6) + '********' + zhang.idNumber.slice(-4)));
  expect(flat).not.toContain(zhang.idNumber);
  for (const w of ['公司级安全教育', '项目级安全教育', '班组级安全教育', '受教育人签名', '教育人签名', '李建国', '安全生产法律法规']) expect(flat).toContain(w);
  expect(pdf.pngs).toHaveLength(1);
});

test('a team’s cards print in one batch, a page each', async ({ page }) => {
  await openSignedIn(page, '/safety-education', ADMIN_PASSWORD);
  await expect(page.getByTestId('edu-total-total')).toContainText('3');
  await shot(page, 'edu-report-zh-1280');
  await page.getByTestId('edu-by-team').locator('tr', { hasText: '钢筋班' }).getByTestId('edu-team-cards').click();
  await expect(page.getByTestId('edu-card')).toHaveCount(2);
  const pdf = await renderPdf(page, 'edu-cards-team');
  expect(pdf.pages).toBe(2);
  expect(pdf.pageText(2)).toContain('三级安全教育卡');
});

test('the live view lists those present who are not cleared, and sets the session’s level', async ({ page }) => {
  await openSignedIn(page, `/sessions/${companySession}/live`, ADMIN_PASSWORD);
  const panel = page.getByTestId('edu-live');
  await expect(panel.getByTestId('edu-live-uncleared').locator('tbody tr')).toHaveCount(2);
  await expect(panel.getByTestId('edu-session-level')).toContainText(zh['edu.level.company']!);
  await shot(page, 'live-edu-zh-1280');
});

test('the kiosk tells a Uyghur reader, in Uyghur, which level is due', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await openSignedIn(page, '/', ADMIN_PASSWORD);
  const skills = (await api.call<{ rows: { id: string; title: string }[] }>('sessions.list', { stationId, q: '钢筋绑扎' })).rows[0]!.id;
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${skills}`);
  await kiosk.scan(aziz.badgeCode);
  await kiosk.expectAnswer('signed_in');
  const due = page.getByTestId('kiosk-edu-due');
  await expect(due).toHaveAttribute('data-levels', 'project,team');
  await expect(due).toContainText(ug['edu.level.project']!);
  await expect(page.getByTestId('kiosk-answer')).toHaveAttribute('lang', 'ug');
  const box = await due.boundingBox();
  expect(box && box.y + box.height <= 600).toBe(true);
  await shot(page, 'kiosk-edu-due-ug-1024x600');

  // With other sessions closed to them, the sign-in is refused and the level named.
  await api.call('safetyEducation.updateSettings', {
    stationId,
    settings: { minHours: { company: 2, project: 2, team: 2 }, passRequired: { company: false, project: false, team: true }, allowOtherSessions: false },
  });
  await kiosk.waitReady();
  await kiosk.scan(wang.badgeCode);
  await kiosk.expectAnswer('education_due');
  await expect(page.getByTestId('kiosk-answer-title')).toHaveText(zh['kioskui.answer.education_due.title']!);
  await shot(page, 'kiosk-edu-refused-zh-1024x600');
});

test('a pre-shift talk in two taps opens its live view', async ({ page }) => {
  await openSignedIn(page, '/talks', ADMIN_PASSWORD, 'ug');
  await page.getByTestId('talks-team').click();
  await page.locator('.ant-select-item-option', { hasText: '钢筋班' }).click();
  await page.getByTestId('talks-new-topic').fill('高处作业系好安全带');
  await shot(page, 'talks-ug-1280');
  await page.getByTestId('talks-start').click();
  await expect(page.getByTestId('live-page')).toBeVisible();
  await expect(page.getByTestId('live-title')).toHaveText('高处作业系好安全带');
  await page.goto('/talks');
  await expect(page.getByTestId('talks-topic')).toHaveCount(1);
});

test('screens in Uyghur and Chinese at tablet and PC sizes (screenshots to look at)', async ({ page }) => {
  test.setTimeout(300_000);
  await openSignedIn(page, '/', ADMIN_PASSWORD, 'ug');
  for (const lang of ['ug', 'zh-CN'] as const) {
    await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
    for (const [w, h] of [
      [1024, 600],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      for (const [path, testId, name] of [
        ['/safety-education', 'edu-report-page', 'report'],
        [`/workers/${zhang.id}`, 'worker-edu', 'worker'],
        ['/talks', 'talks-page', 'talks'],
        [`/sessions/${companySession}/live`, 'edu-live', 'live'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByTestId(testId)).toBeVisible();
        await page.getByTestId(testId).scrollIntoViewIfNeeded();
        await shot(page, `${name}-${lang}-${w}x${h}`);
      }
    }
  }
  await page.goto('/station');
  await page.getByTestId('edu-settings').scrollIntoViewIfNeeded();
  await shot(page, 'station-edu-settings-zh-1280');
});
