import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChar } from '../../shared/domain/id-number';
import { resources } from '../../shared/i18n/resources';
import { openSignedIn, WorkerFormPage, WorkersListPage } from './pages/RecordsPages';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot, SCREENSHOT_DIR } from './support/screenshots';

const zh = resources['zh-CN'];

/** A valid resident ID number from its first 17 characters. */
const id = (first17: string) => first17 + checkChar(first17);
const WANG = id('44070319900307123'); // male, born 1990-03-07
const WANG_WRONG = WANG.slice(0, 17) + (WANG.endsWith('0') ? '1' : '0');
const XSS = '<img src=x onerror=alert(document.title)>';

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('registering a worker: the ID number is checked as typed, a duplicate points to the record', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await openSignedIn(page, '/workers/new', ADMIN_PASSWORD);
  const form = new WorkerFormPage(page);
  await expect(form.name).toBeFocused();
  await form.fill({ name: '王建国', idNumber: WANG_WRONG, mobile: '+86 139 0000 1111', team: '钢筋一班' });
  await expect(form.idCheck).toHaveText(zh['idcheck.bad_check_digit']!);
  await form.idNumber.fill(WANG.toLowerCase());
  await expect(form.idCheck).toHaveAttribute('data-valid', 'yes');
  await expect(form.idCheck).toContainText(zh['workerForm.sex.M']!);
  await expect(form.idCheck).toContainText('1990-03-07');
  await screenshot(page, 'worker-form-zh-CN');
  await form.idNumber.press('Enter');
  await expect(page).toHaveURL(/\/workers\/[0-9A-Z]{26}$/);
  const firstUrl = page.url();
  // Masked on screen: region and last four only.
  await expect(page.getByTestId('worker-id-shown')).toHaveText(`${WANG.slice(0, 6)}********${WANG.slice(14)}`);

  await form.openNew();
  await form.fill({ name: '王建國', idNumber: WANG });
  await form.save.click();
  await expect(form.conflict).toContainText('王建国');
  await page.getByTestId('worker-conflict-link').click();
  await expect(page).toHaveURL(firstUrl);
  await expect(form.name).toHaveValue('王建国');

  // Markup in a name is only text.
  await form.openNew();
  await form.fill({ name: XSS, idNumber: id('65010219850815234'), team: '木工班' });
  await form.save.click();
  await expect(page).toHaveURL(/\/workers\/[0-9A-Z]{26}$/);
  await expect(page.locator('.worker-title')).toHaveText(XSS);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('search by name and by the last four digits of the ID number', async ({ page }) => {
  await openSignedIn(page, '/workers', ADMIN_PASSWORD);
  const list = new WorkersListPage(page);
  await expect(list.search).toBeFocused();
  await expect(list.rows).toHaveCount(2);
  await list.searchFor('王建');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('王建国');
  await list.searchFor(WANG.slice(-4));
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('王建国');
  await list.searchFor('');
  await expect(list.row(XSS)).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('roster import: preview, then commit; the list shows the new workers', async ({ page }) => {
  const csv = [
    '姓名,身份证号码,联系电话,工种,班组,所属单位',
    `李春生,${id('51130219880612457')},13712345678,钢筋工,钢筋二班,江门宏达劳务有限公司`,
    `张秀英,${id('43052419920101002')},13800001111,砌筑工,砌筑班,江门宏达劳务有限公司`,
    `艾力·买买提,${id('65312119950520141')},15909981234,架子工,架子班,新疆天山建筑劳务公司`,
    `赵错号,44070319900307125,13800002222,电工,电工班,江门宏达劳务有限公司`,
  ].join('\r\n');
  await openSignedIn(page, '/workers', ADMIN_PASSWORD);
  await page.getByTestId('worker-import').click();
  await page.getByTestId('import-page').locator('input[type=file]').setInputFiles({
    name: '花名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.getByTestId('import-count-add')).toContainText('3');
  await expect(page.getByTestId('import-count-refused')).toContainText('1');
  await expect(page.getByTestId('import-refused')).toContainText('5');
  await expect(page.getByTestId('import-refused')).toContainText(zh['import.bad_id_number.bad_check_digit']!.slice(0, 4));
  await screenshot(page, 'import-preview-zh-CN');
  // Nothing written before the commit.
  const before = await page.evaluate(() => document.title);
  expect(before).toBeTruthy();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await page.getByTestId('import-back').click();
  const list = new WorkersListPage(page);
  await expect(list.rows).toHaveCount(5);
  await expect(list.row('艾力·买买提')).toContainText('架子班');
});

test('roster export downloads an .xlsx with the workers, ID numbers masked', async ({ page }) => {
  await openSignedIn(page, '/workers', ADMIN_PASSWORD);
  await page.getByTestId('worker-export').click();
  const downloading = page.waitForEvent('download');
  await page.locator('.ant-modal .ant-btn-primary').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = join(mkdtempSync(join(tmpdir(), 'export-')), download.suggestedFilename());
  await download.saveAs(file);
  const json = execFileSync('/usr/bin/python3', [
    '-c',
    'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c if c is None or isinstance(c,(int,float,str)) else str(c) for c in r] for r in ws.iter_rows(values_only=True)]))',
    file,
  ]).toString('utf8');
  const rows = JSON.parse(json) as (string | number | null)[][];
  const header = rows[0]!;
  const nameCol = header.indexOf('姓名');
  const idCol = header.indexOf('证件号码');
  const wang = rows.find((r) => r[nameCol] === '王建国');
  expect(wang).toBeTruthy();
  expect(wang![idCol]).toBe(`${WANG.slice(0, 6)}********${WANG.slice(14)}`);
  expect(rows.some((r) => r[nameCol] === '艾力·买买提')).toBe(true);
  expect(rows.some((r) => r[nameCol] === XSS)).toBe(true);
  await screenshot(page, 'workers-list-zh-CN');
});

test('a badge sheet for selected workers renders to an A4 PDF', async ({ page }) => {
  await openSignedIn(page, '/workers', ADMIN_PASSWORD);
  const list = new WorkersListPage(page);
  await expect(list.rows).toHaveCount(5);
  await list.table.locator('thead .ant-checkbox-input').check();
  await page.getByTestId('print-badges').click();
  await expect(page).toHaveURL(/\/print\/badges$/);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready');
  await expect(page.getByTestId('badge-card')).toHaveCount(5);
  await expect(page.getByTestId('badge-card').filter({ hasText: '王建国' })).toContainText('钢筋一班');
  await screenshot(page, 'badges-screen');
  const dir = mkdtempSync(join(tmpdir(), 'badges-'));
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(dir, 'badges.pdf'), preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', join(dir, 'badges.pdf'), join(SCREENSHOT_DIR, 'badges-pdf')]);
  const info = execFileSync('pdfinfo', [join(dir, 'badges.pdf')]).toString();
  expect(info).toMatch(/Pages:\s+1\b/);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  expect(readFileSync(join(SCREENSHOT_DIR, 'badges-pdf.png')).length).toBeGreaterThan(1000);
});

test('the roster and the worker form in Uyghur', async ({ page }) => {
  await openSignedIn(page, '/workers', ADMIN_PASSWORD, 'ug');
  const list = new WorkersListPage(page);
  await expect(list.rows).toHaveCount(5);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'workers-list-ug');
  await list.row('艾力·买买提').click();
  const form = new WorkerFormPage(page);
  await expect(form.name).toHaveValue('艾力·买买提');
  await form.idNumber.fill(WANG_WRONG);
  await expect(form.idCheck).toHaveAttribute('data-valid', 'no');
  await screenshot(page, 'worker-form-ug');
});
