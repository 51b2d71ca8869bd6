// A worker takes the session's exam on a paired tablet after the session: scans the badge again, answers
// one question a screen in Uyghur (right to left) at 1024x600 and in portrait, and sees the score; a worker
// who leaves half-way resumes the same paper. Every screen fits without scrolling; pictures go to
// /tmp/shots-exams/ for a person to look at.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resources } from '../../shared/i18n/resources';
import { createSessionNow, createWorker, StationApi, type TestWorker } from './support/api';
import { misfits, TABLETS } from './support/fit';
import { LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

const SHOTS = '/tmp/shots-exams/';
const ug = resources.ug;
let api: StationApi;
let token: string;
let sessionId: string;
const people: TestWorker[] = [];

async function fits(page: Page, screen: string) {
  const r = await misfits(page);
  expect(r.checked, `${screen}: something to check`).toBeGreaterThan(0);
  expect(r.misfits, `${screen} at ${JSON.stringify(page.viewportSize())}`).toEqual([]);
  expect(r.scrolls, `${screen} scrolls`).toBe(false);
  mkdirSync(SHOTS, { recursive: true });
  const v = page.viewportSize()!;
  await page.screenshot({ path: `${SHOTS}kiosk-${screen}-${v.width}x${v.height}.png`, animations: 'disabled' });
}

async function tablet(browser: import('@playwright/test').Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: url, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript((t) => {
    if (!localStorage.getItem('station.kioskDevice')) localStorage.setItem('station.kioskDevice', t);
  }, token);
  const page = await context.newPage();
  return { context, page };
}

async function scan(page: Page, code: string) {
  await expect(page.getByTestId('kiosk-scanner')).toBeFocused();
  await page.keyboard.type(code, { delay: 0 });
  await page.keyboard.press('Enter');
}

/** Answers the question on screen with its first option (confirming a multiple-choice one). */
async function answerOne(page: Page) {
  const q = page.getByTestId('exam-question');
  const before = await q.getAttribute('data-question');
  await page.getByTestId('exam-option').first().click();
  const next = page.getByTestId('exam-next');
  // A single answer moves on by itself (painted in the tap's own task); a multiple one waits for OK.
  const after = await page.evaluate(() => document.querySelector('[data-testid=exam-question]')?.getAttribute('data-question') ?? null);
  if (after === before && (await next.count())) await next.click();
}

test('set up: a session with workers signed in, the starter bank and an exam of 6 questions', async ({ station }) => {
  api = new StationApi(station.url);
  const stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  people.push(await createWorker(api, stationId, '艾力', 1, { language: 'ug' }), await createWorker(api, stationId, '张三', 2), await createWorker(api, stationId, '王五', 3));
  sessionId = await createSessionNow(api, stationId, '入场三级安全教育（项目级）');
  const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId });
  token = (await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: '考试平板' })).token;
  const device = new StationApi(station.url, token);
  for (const [i, p] of people.slice(0, 2).entries()) await device.call('kiosk.scan', { sessionId, code: p.badgeCode, method: 'badge', idempotencyKey: `exam-spec-scan-${i}-0001` });
  await api.call('exams.loadStarter', { stationId });
  // The paper is the bank's six longest questions in Uyghur: the screens must fit the worst case, not a lucky draw.
  const bank = await api.call<{ rows: { id: string; kind: string; texts: { ug?: { stem: string; options: string[] } } }[] }>('exams.questions', { stationId, limit: 500 });
  const size = (q: (typeof bank.rows)[number]) => (q.texts.ug ? q.texts.ug.stem.length + q.texts.ug.options.join('').length : 0);
  const longest = [...bank.rows].sort((a, b) => size(b) - size(a)).slice(0, 6);
  expect(longest.some((q) => q.kind === 'single'), 'a single-choice question moves on by itself').toBe(true);
  await api.call('exams.save', { sessionId, fields: { mode: 'fixed', questionIds: longest.map((q) => q.id), passPercent: 60, timeLimitMinutes: 30, attemptsAllowed: 2 } });
});

test('a worker takes the exam in Uyghur at 1024x600: one question a screen, right to left, score and pass or fail', async ({ browser, station }) => {
  const { context, page } = await tablet(browser, station.url, { width: 1024, height: 600 });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`/kiosk/exam?session=${sessionId}`);
  await page.locator('.kiosk-languages').getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.getByTestId('exam-ready')).toContainText(ug['examkiosk.scan']!);
  await fits(page, 'ready-ug');

  // Someone not signed in to the session is told so, in their language.
  await scan(page, people[2]!.badgeCode);
  await expect(page.getByTestId('exam-message')).toHaveAttribute('data-outcome', 'not_attended');
  await fits(page, 'not-attended-ug');
  await page.getByTestId('exam-message-ok').click();

  await scan(page, people[0]!.badgeCode);
  const q = page.getByTestId('exam-question');
  await expect(q).toBeVisible();
  await expect(page.getByTestId('exam-progress')).toHaveText(ug['examkiosk.progress']!.replace('{{n}}', '1').replace('{{total}}', '6'));
  await expect(page.locator('.exam-body')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('exam-stem')).toHaveText(/[\u0600-\u06ff]/);
  for (const opt of await page.getByTestId('exam-option').all()) {
    const box = (await opt.boundingBox())!;
    expect(box.height, 'a touch target a gloved finger can hit').toBeGreaterThanOrEqual(48);
  }
  for (let i = 0; i < 6; i++) {
    await fits(page, `question-ug-${i + 1}`);
    await answerOne(page);
  }
  await expect(page.getByTestId('exam-review')).toBeVisible();
  await fits(page, 'review-ug');
  await page.getByTestId('exam-submit').click();
  await expect(page.getByTestId('exam-result')).toBeVisible();
  await expect(page.getByTestId('exam-score')).toContainText('/ ');
  const passed = await page.getByTestId('exam-result').getAttribute('data-passed');
  await expect(page.getByTestId('exam-verdict')).toHaveText(ug[passed === 'true' ? 'examkiosk.passed' : 'examkiosk.failed']!);
  await fits(page, 'result-ug');

  // The station has it, once, as a kiosk attempt by this device.
  const view = await api.call<{ rows: { workerId: string; best: { method: string; deviceId: string | null } | null }[] }>('exams.session', { sessionId });
  expect(view.rows.find((r) => r.workerId === people[0]!.id)!.best).toMatchObject({ method: 'kiosk' });
  expect(problems).toEqual([]);
  await context.close();
});

test('a worker who leaves half-way resumes the same paper on a portrait tablet', async ({ browser, station }) => {
  const first = await tablet(browser, station.url, { width: 1024, height: 600 });
  await first.page.goto(`/kiosk/exam?session=${sessionId}`);
  await scan(first.page, people[1]!.badgeCode);
  await expect(first.page.getByTestId('exam-question')).toBeVisible();
  const firstQuestion = await first.page.getByTestId('exam-stem').textContent();
  await answerOne(first.page);
  await answerOne(first.page);
  await expect(first.page.getByTestId('exam-progress')).toHaveText('第 3 题 / 共 6 题');
  // The answers are saved behind the paint; then the tablet is closed.
  await first.page.waitForTimeout(600);
  await first.context.close();

  const second = await tablet(browser, station.url, { width: 800, height: 1280 });
  await second.page.goto(`/kiosk/exam?session=${sessionId}`);
  await scan(second.page, people[1]!.badgeCode);
  await expect(second.page.getByTestId('exam-progress')).toHaveText('第 3 题 / 共 6 题');
  await fits(second.page, 'question-portrait-zh');
  await second.page.getByTestId('exam-prev').click();
  await second.page.getByTestId('exam-prev').click();
  await expect(second.page.getByTestId('exam-stem')).toHaveText(firstQuestion!);
  await second.context.close();
});

for (const size of TABLETS) {
  for (const lang of ['zh-CN', 'ug', 'en'] as Language[]) {
    test(`the exam screens fit ${size.width}x${size.height} in ${lang}`, async ({ browser, station }) => {
      const { context, page } = await tablet(browser, station.url, size);
      await page.goto(`/kiosk/exam?session=${sessionId}`);
      await page.locator('.kiosk-languages').getByRole('button', { name: LANGUAGE_NAMES[lang] }).click();
      await expect(page.getByTestId('exam-ready')).toContainText(resources[lang]['examkiosk.scan']!);
      await fits(page, `ready-${lang}`);
      await page.getByTestId('exam-open-keypad').click();
      await fits(page, `keypad-${lang}`);
      await page.getByTestId('kiosk-digits-cancel').click();
      // The worker who left half-way: their open paper, in the language tapped.
      await scan(page, people[1]!.badgeCode);
      await expect(page.getByTestId('exam-question')).toBeVisible();
      await fits(page, `question-${lang}`);
      await context.close();
    });
  }
}
