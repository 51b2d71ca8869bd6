import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
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

const zh = resources['zh-CN'];
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
});

test.afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await host?.close();
  await hub?.close();
  cluster?.stop();
});

for (const [lang, width, height] of [['zh-CN', 1280, 800], ['ug', 1024, 600]] as const) {
  test(`the hub's screens: stations, seed 004's table and the month across stations (${lang}, ${width})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ug' ? 'rtl' : 'ltr');
    const t = resources[lang];
    await page.getByLabel(t['hub.ui.username']!).fill('county');
    await page.getByLabel(t['hub.ui.password']!).fill('county-pass-1');
    await page.getByRole('button', { name: t['hub.ui.signIn']! }).click();
    const list = page.getByTestId('hub-stations');
    await expect(list.locator('tbody tr')).toHaveCount(2);
    await screenshot(page, `hub-stations-${lang}-${width}`);

    await page.getByRole('tab', { name: t['hub.ui.tabStatus']! }).click();
    const table = page.getByTestId('hub-status-table');
    await expect(table).toContainText('尉犁县（单位）开展“提升站”建设初步情况表');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await screenshot(page, `hub-status-table-${lang}-${width}`);

    await page.getByRole('tab', { name: t['hub.ui.tabMonth']! }).click();
    const month = page.getByTestId('hub-month-report');
    await expect(month.locator('tbody tr')).toHaveCount(2);
    // The month reads 2026-12 in every language, from antd's picker, never a native month input.
    await expect(month.locator('input[type=month], input[type=date]')).toHaveCount(0);
    await expect(month.locator('.ant-picker input')).toHaveValue(/^\d{4}-\d{2}$/);
    await screenshot(page, `hub-month-${lang}-${width}`);
    void zh;
  });
}
