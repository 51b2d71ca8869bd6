// The exam screens an admin uses: the question bank (starter bank, filter, delete with confirmation, a
// 题库 file checked by row and column), a session's exam (settings, paper scores for the session in one
// table, a correction with its reason), pass rates and the worker page's scores. Pictures in zh-CN and
// ug at 1280x800 go to /tmp/shots-exams/.
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn } from './pages/RecordsPages';
import { createSessionNow, createWorker, StationApi, type TestWorker } from './support/api';
import { renderPdf } from './support/pdf';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';

test.use({ preSetUp: true, viewport: { width: 1280, height: 800 } });
test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

const zh = resources['zh-CN'];
const SHOTS = '/tmp/shots-exams/';
let api: StationApi;
let sessionId: string;
const people: TestWorker[] = [];

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}admin-${name}.png`, animations: 'disabled' });
}

test('set up: workers signed in to a session now, through a paired tablet', async ({ station }) => {
  api = new StationApi(station.url);
  await api.call('auth.signIn', { username: 'admin', password: ADMIN_PASSWORD }).then((v) => (api.token = (v as { token: string }).token));
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  people.push(await createWorker(api, s!.id, '张三', 1), await createWorker(api, s!.id, '艾力', 2, { language: 'ug' }));
  sessionId = await createSessionNow(api, s!.id, '入场安全教育');
  const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId: s!.id });
  const device = new StationApi(station.url, (await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: '平板' })).token);
  for (const [i, p] of people.entries()) await device.call('kiosk.scan', { sessionId, code: p.badgeCode, method: 'badge', idempotencyKey: `exam-admin-${i}-00001` });
  expect(STATION_NAME).toBeTruthy();
});

test('the question bank: starter bank, filter, delete with confirmation, a bad 题库 file named by row and column', async ({ page }) => {
  await openSignedIn(page, '/exams/bank', ADMIN_PASSWORD);
  await page.getByTestId('exam-bank-starter').click();
  await page.locator('.ant-popconfirm').getByRole('button').last().click();
  await expect(page.getByTestId('exam-bank-page')).toContainText(zh['exams.bank.total']!.replace('{{count}}', '66'));
  await shot(page, 'bank-zh-CN');
  await page.locator('.ant-table-row').first().getByTestId('exam-question-delete').click();
  await page.locator('.ant-popconfirm').getByRole('button').last().click();
  await expect(page.getByTestId('exam-bank-page')).toContainText(zh['exams.bank.total']!.replace('{{count}}', '65'));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['题型', '题目', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '类别']);
  ws.addRow(['单选题', '脚手架验收后才能使用吗？', '能', '不能', '', '', '', '', 'D', 1, '', '脚手架']);
  ws.addRow(['判断题', '配电箱要上锁。', '', '', '', '', '', '', '对', 1, '', '临时用电']);
  const file = join(tmpdir(), `bank-${Date.now()}.xlsx`);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  await page.getByTestId('exam-bank-import').click();
  await page.locator('.ant-modal input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('exam-import-summary')).toBeVisible();
  await expect(page.locator('.ant-modal .ant-table-row').first()).toContainText('I（答案）');
  await expect(page.locator('.ant-modal .ant-table-row').first()).toContainText(zh['exams.problem.answer_without_option']!.replace(/\{\{letter\}\}/g, 'D'));
  await shot(page, 'bank-import-zh-CN');
  await page.getByTestId('exam-import-commit').click();
  await expect(page.getByTestId('exam-import-summary')).toContainText(zh['exams.import.done']!.slice(0, 3));
});

test('a session exam: settings, paper scores for the session in one table, a correction with its reason', async ({ page }) => {
  await openSignedIn(page, `/sessions/${sessionId}/exam`, ADMIN_PASSWORD);
  await page.locator('input[data-testid=exam-draw-count-0], [data-testid=exam-draw-count-0] input').fill('5');
  await page.getByTestId('exam-settings-save').click();
  await expect(page.getByTestId('exam-available')).toBeVisible();
  await page.getByTestId('exam-paper-open').click();
  const scores = page.locator('input[data-testid=exam-paper-score], [data-testid=exam-paper-score] input');
  await scores.nth(0).fill('85');
  await scores.nth(1).fill('40');
  await page.getByTestId('exam-paper-save').click();
  const table = page.getByTestId('session-exam-page').locator('.ant-table-row');
  await expect(table.filter({ hasText: '张三' })).toContainText(zh['exams.passed']!);
  await expect(table.filter({ hasText: '艾力' })).toContainText(zh['exams.failed']!);
  await shot(page, 'session-exam-zh-CN');
  await table.filter({ hasText: '艾力' }).getByRole('button', { name: zh['exams.correct.open']! }).click();
  await page.locator('.ant-modal input.ant-input-number-input').fill('65');
  await page.locator('.ant-modal textarea').fill('第二页漏计分');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(table.filter({ hasText: '艾力' })).toContainText(zh['exams.session.corrected']!);
});

test('the results print as an A4 table with the pass rate and the examiner’s line, read back from the PDF', async ({ page }) => {
  await openSignedIn(page, `/sessions/${sessionId}/exam`, ADMIN_PASSWORD);
  await page.getByTestId('exam-results-print-open').click();
  await expect(page.getByTestId('exam-results-row')).toHaveCount(2);
  const pdf = await renderPdf(page, 'exam-results');
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain(zh['exams.print.title']!);
  // 张三 passed on paper with 85; 艾力's 40 was corrected to 65: the best current result counts.
  expect(pdf.raw).toMatch(/张三[\s\S]*85 \/ 100[\s\S]*合格/);
  expect(pdf.raw).toMatch(/艾力[\s\S]*65 \/ 100/);
  expect(pdf.text).toContain('参考 2 人，合格 2 人，合格率 100.0%');
  expect(pdf.text).toContain(zh['exams.print.examinerSign']!);
});

test('pass rates, the worker page, and the screens in Uyghur', async ({ page }) => {
  await openSignedIn(page, '/exams/rates', ADMIN_PASSWORD);
  await expect(page.getByTestId('exam-rates-session')).toContainText('100%');
  await shot(page, 'rates-zh-CN');
  await page.goto(`/workers/${people[1]!.id}`);
  await expect(page.getByTestId('worker-exam-results')).toContainText('65 / 100');
  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.goto('/exams/bank');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('exam-bank-page')).toContainText(resources.ug['exams.bank.title']!);
  await shot(page, 'bank-ug');
  await page.goto(`/sessions/${sessionId}/exam`);
  await expect(page.getByTestId('exam-settings-save')).toBeVisible();
  await shot(page, 'session-exam-ug');
  await page.goto('/exams/rates');
  await expect(page.getByTestId('exam-rates-session')).toBeVisible();
  await shot(page, 'rates-ug');
});
