import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openHubCore, type HubCore } from '../../main/hub/core';
import { startHubHost, type HubHost } from '../../main/hub/http/server';
import { createHubAccount } from '../../main/hub/services/accounts';
import { createEnrolmentCode } from '../../main/hub/services/enrolment';
import { IdVault } from '../../main/hub/services/id-vault';
import { setHubFiler } from '../../main/hub/services/views';
import { resources } from '../../shared/i18n/resources';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { screenshot } from './support/screenshots';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Stations made as an admin would: the station command (built by main/build.mjs); async, as the hub runs in this process. */
async function station(args: string[]): Promise<string> {
  const r = await promisify(execFile)(process.execPath, ['main/cli/station.cjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return r.stdout;
}

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let cluster: PgCluster;
let hub: HubCore;
let host: HubHost;
const dirs: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startPgCluster();
  cluster.createDatabase('hub');
  hub = await openHubCore({ pgUrl: cluster.url('hub'), vault: IdVault.ephemeral() });
  host = await startHubHost(hub, { port: 0, rendererDir });
  await createHubAccount(hub.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
  await setHubFiler(hub.pool, { unit: '尉犁县', adminLevel: 'county', contactName: '李科长', fixedPhone: '0996-1234567', mobile: '13800000000' });
  for (const workers of ['60', '90']) {
    const dir = mkdtempSync(join(tmpdir(), 'hub-screens-'));
    dirs.push(dir);
    await station(['demo', '--data', dir, '--workers', workers, '--sessions', '12']);
    await station(['hub-enrol', '--data', dir, '--hub', host.url, '--code', (await createEnrolmentCode(hub.pool, 'test', workers)).code]);
    await station(['hub-sync', '--data', dir]);
  }
  // Two places for the filters: the demo's stations are made alike, so the hub's copies are told apart here.
  const ids = (await hub.pool.query("SELECT id FROM hub_rows WHERE tbl = 'stations' ORDER BY data->>'created_at', id")).rows.map((r) => r.id as string);
  for (const [i, township] of ['团结镇', '兴平镇'].entries()) {
    await hub.pool.query("UPDATE hub_rows SET data = data || jsonb_build_object('district', '尉犁县', 'township', $2::text) WHERE tbl = 'stations' AND id = $1", [ids[i], township]);
  }
});

test.afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await host?.close();
  await hub?.close();
  cluster?.stop();
});

const VIEWS = [['zh-CN', 1280, 800], ['ug', 1024, 600]] as const;
type Lang = (typeof VIEWS)[number][0];

/** Opens the hub in a language at a size and signs in as a person would. */
async function signIn(page: Page, lang: Lang, width: number, height: number, username = 'county', password = 'county-pass-1') {
  await page.setViewportSize({ width, height });
  await page.goto(host.url);
  await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ug' ? 'rtl' : 'ltr');
  const t = resources[lang];
  await page.getByLabel(t['hub.ui.username']!).fill(username);
  await page.getByLabel(t['hub.ui.password']!).fill(password);
  await page.getByRole('button', { name: t['hub.ui.signIn']! }).click();
  await expect(page.getByTestId('hub-stations').locator('tbody tr.ant-table-row').first()).toBeVisible();
  return t;
}

for (const [lang, width, height] of VIEWS) {
  test(`the hub's screens: stations and seed 004's table across stations (${lang}, ${width})`, async ({ page }) => {
    const t = await signIn(page, lang, width, height);
    const list = page.getByTestId('hub-stations');
    await expect(list.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await expect(list.getByTestId('hub-five-haves')).toHaveCount(2);
    await expect(list).toContainText(t['stationState.built']!);
    await screenshot(page, `hub-stations-${lang}-${width}`);
    // Filtered by township: one station; cleared: both again.
    await page.getByTestId('hub-filter-township').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('兴平镇').click();
    await expect(list.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(list).toContainText('兴平镇');
    await screenshot(page, `hub-stations-filtered-${lang}-${width}`);
    await page.getByTestId('hub-filter-township').hover();
    await page.getByTestId('hub-filter-township').locator('.ant-select-clear').click();
    await expect(list.locator('tbody tr.ant-table-row')).toHaveCount(2);

    await page.getByRole('tab', { name: t['hub.ui.tabStatus']! }).click();
    const table = page.getByTestId('hub-status-table');
    await expect(table).toContainText('尉犁县（单位）开展“提升站”建设初步情况表');
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await screenshot(page, `hub-status-table-${lang}-${width}`);
    // A district or township files its own part of the table: the same filter narrows it.
    await table.getByTestId('hub-filter-township').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('团结镇').click();
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  });

  test(`the hub's period reports: month, quarter and year across stations, with totals (${lang}, ${width})`, async ({ page }) => {
    const t = await signIn(page, lang, width, height);
    await page.getByRole('tab', { name: t['hub.ui.tabPeriod']! }).click();
    const report = page.getByTestId('hub-period-report');
    await expect(report.locator('tbody tr.ant-table-row')).toHaveCount(2);
    // The period is antd's picker in every language, never a native month input.
    await expect(report.locator('input[type=month], input[type=date]')).toHaveCount(0);
    await expect(report.locator('.ant-picker input')).toHaveValue(/^\d{4}-\d{2}$/);
    await expect(report).toHaveAttribute('data-period', /^\d{4}-\d{2}$/);
    await screenshot(page, `hub-period-month-${lang}-${width}`);
    await report.getByTestId('hub-filter-township').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('兴平镇').click();
    await expect(report.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await report.getByTestId('hub-filter-township').hover();
    await report.getByTestId('hub-filter-township').locator('.ant-select-clear').click();
    await expect(report.locator('tbody tr.ant-table-row')).toHaveCount(2);

    const kinds = report.getByTestId('hub-period-kind');
    await kinds.getByText(t['reportsui.kind.quarter']!, { exact: true }).click();
    await expect(report).toHaveAttribute('data-period', /^\d{4}-Q[1-4]$/);
    await expect(report.locator('.ant-picker input')).toHaveValue(/^\d{4}-Q[1-4]$/);
    await kinds.getByText(t['reportsui.kind.year']!, { exact: true }).click();
    await expect(report).toHaveAttribute('data-period', /^\d{4}$/);
    await expect(report.locator('tbody tr.ant-table-row')).toHaveCount(2);
    // The year's total is the sum of the stations' sessions, shown in the summary row.
    const cells = report.locator('tbody tr.ant-table-row td:nth-child(2)');
    const perStation = (await cells.allInnerTexts()).map(Number);
    await expect(report.getByTestId('hub-period-total').locator('td').nth(1)).toHaveText(String(perStation.reduce((a, b) => a + b, 0)));
    expect(perStation.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await screenshot(page, `hub-period-year-${lang}-${width}`);
    // On paper: the report alone, without the hub's header, tabs or pickers.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.hub-tabs > .ant-tabs-nav')).toBeHidden();
    await expect(report.getByTestId('hub-period-print')).toBeHidden();
    await expect(report.getByTestId('hub-period-total')).toBeVisible();
    await screenshot(page, `hub-period-print-${lang}-${width}`);
    await page.emulateMedia({ media: 'screen' });
  });

  test(`the hub's drill-down: a station's sessions and a sign-in sheet, ID numbers masked (${lang}, ${width})`, async ({ page }) => {
    const t = await signIn(page, lang, width, height);
    await page.getByTestId('hub-open-station').first().click();
    const drill = page.getByTestId('hub-station-sessions');
    await expect(drill.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(drill.locator('input[type=date]')).toHaveCount(0);
    // A click anywhere on the session's row opens its sheet.
    await drill.locator('tbody tr.ant-table-row').first().locator('td').nth(2).click();
    const sheet = drill.getByTestId('hub-signin-sheet').first();
    await expect(sheet.locator('tbody tr.ant-table-row').first()).toBeVisible();
    const ids = await sheet.locator('.id-masked').allInnerTexts();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    // No whole ID number anywhere on the page, nor in its address.
    expect(await page.locator('body').innerText()).not.toMatch(/\d{17}[\dX]/);
    expect(page.url()).not.toMatch(/\d{17}[\dX]/);
    await screenshot(page, `hub-drill-${lang}-${width}`);
    await drill.getByTestId('hub-drill-back').click();
    await expect(page.getByTestId('hub-stations').locator('tbody tr.ant-table-row')).toHaveCount(2);
    void t;
  });

  test(`the hub's admin screens: an enrolment code shown once, a viewer scoped to one station who sees no admin tab (${lang}, ${width})`, async ({ page }) => {
    const t = await signIn(page, lang, width, height);
    await page.getByRole('tab', { name: t['hub.ui.tabCodes']! }).click();
    const codes = page.getByTestId('hub-codes');
    await codes.getByTestId('hub-code-label').fill(`二标段 ${lang}`);
    await codes.getByTestId('hub-code-hours').fill('24');
    await codes.getByTestId('hub-code-create').click();
    await expect(codes.getByTestId('hub-code-value')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(codes.getByTestId('hub-code-made').locator('.ant-typography-copy')).toBeVisible();
    const row = codes.getByTestId('hub-code-list').locator('tbody tr.ant-table-row', { hasText: `二标段 ${lang}` });
    await expect(row).toContainText(t['hub.ui.codeWaiting']!);
    // The stations' own codes, used at enrolment, are listed as used.
    await expect(codes.getByTestId('hub-code-list')).toContainText(t['hub.ui.codeUsed']!.split('（')[0]!.split(' (')[0]!);
    await screenshot(page, `hub-codes-${lang}-${width}`);

    await page.getByRole('tab', { name: t['hub.ui.tabAccounts']! }).click();
    const accounts = page.getByTestId('hub-accounts');
    const username = `company-${lang}`;
    await accounts.getByTestId('hub-account-username').fill(username);
    await accounts.getByTestId('hub-account-password').fill('viewer-pass-1');
    await accounts.getByTestId('hub-account-stations').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.keyboard.press('Escape');
    await accounts.getByTestId('hub-account-create').click();
    await expect(accounts.getByTestId('hub-account-outcome')).toContainText(username);
    await expect(accounts.getByTestId('hub-account-list').locator('tbody tr.ant-table-row', { hasText: username })).toContainText(t['hub.ui.roleViewer']!);
    await screenshot(page, `hub-accounts-${lang}-${width}`);

    await page.getByRole('button', { name: t['hub.ui.signOut']! }).click();
    await page.getByLabel(t['hub.ui.username']!).fill(username);
    await page.getByLabel(t['hub.ui.password']!).fill('viewer-pass-1');
    await page.getByRole('button', { name: t['hub.ui.signIn']! }).click();
    await expect(page.getByTestId('hub-stations').locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(page.getByRole('tab', { name: t['hub.ui.tabCodes']! })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: t['hub.ui.tabAccounts']! })).toHaveCount(0);
    await expect(page.getByTestId('hub-import-bundle')).toHaveCount(0);
    await screenshot(page, `hub-viewer-${lang}-${width}`);
  });

  test(`the hub's plans: a station's yearly target set, received with its next sync, progress per station and in total (${lang}, ${width})`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = await signIn(page, lang, width, height);
    await page.getByRole('tab', { name: t['hub.ui.tabPlans']! }).click();
    const plans = page.getByTestId('hub-plans');
    await expect(plans.locator('.ant-picker input').first()).toHaveValue(/^\d{4}-\d{2}$/);
    const target = lang === 'ug' ? 35 : 30;
    await plans.getByTestId('hub-plan-station').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await plans.getByTestId('hub-plan-target').fill(String(target));
    await plans.getByTestId('hub-plan-set').click();
    await expect(plans.getByTestId('hub-plan-outcome')).toContainText(t['hub.ui.targetSet']!);
    const listed = plans.getByTestId('hub-plan-list').locator('tbody tr.ant-table-row', { hasText: String(target) });
    await expect(listed).toContainText(t['hub.ui.waitsForSync']!);

    // The stations sync as they would on their own: the target goes down, and comes back as the station's own.
    for (const dir of dirs) for (let i = 0; i < 2; i++) await station(['hub-sync', '--data', dir]);
    await page.getByRole('tab', { name: t['hub.ui.tabStations']! }).click();
    await page.getByRole('tab', { name: t['hub.ui.tabPlans']! }).click();
    await expect(listed).toContainText(t['hub.ui.atStation']!);
    const progress = plans.getByTestId('hub-plan-progress');
    await expect(progress.locator('tbody tr.ant-table-row', { hasText: String(target) })).toHaveCount(1);
    await expect(progress.getByTestId('hub-plan-total')).toContainText(t['hub.ui.planTotal']!);
    await screenshot(page, `hub-plans-${lang}-${width}`);
  });
}
