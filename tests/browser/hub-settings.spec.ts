import { openHubCore, type HubCore } from '../../main/hub/core';
import { startHubHost, type HubHost } from '../../main/hub/http/server';
import { createEnrolmentCode } from '../../main/hub/services/enrolment';
import { IdVault } from '../../main/hub/services/id-vault';
import { resources } from '../../shared/i18n/resources';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { HubSettingsCard, SettingsPage } from './pages/SettingsPage';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let cluster: PgCluster;
let hub: HubCore;
let host: HubHost;

test.beforeAll(async () => {
  cluster = await startPgCluster();
  cluster.createDatabase('hub');
  hub = await openHubCore({ pgUrl: cluster.url('hub'), vault: IdVault.ephemeral() });
  host = await startHubHost(hub, { port: 0 });
});

test.afterAll(async () => {
  await host?.close();
  await hub?.close();
  cluster?.stop();
});

test('the station joins its hub from the settings page, syncs now, and shows what waits', async ({ page, signInPage, adminFrame }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await adminFrame.expectHome(STATION_NAME);
  await adminFrame.openSettings();
  await new SettingsPage(page).expectShown();
  const card = new HubSettingsCard(page);
  await expect(card.root).toContainText(zh['hub.station.title']!);

  // A wrong code: the hub's refusal is shown on the form, nothing enrolled.
  await card.enrol(host.url, 'ZZZZ-ZZZZ-ZZZZ');
  await expect(card.root.locator('.ant-alert-error')).toContainText(zh['hub.reason.bad_code']!);

  const { code } = await createEnrolmentCode(hub.pool, 'test', STATION_NAME);
  await card.enrol(host.url, code);
  await expect(page.locator('.ant-message')).toContainText(zh['hub.station.enrolled']!);
  await expect(card.root).toContainText(host.url);
  await expect(card.root).toContainText(zh['hub.station.never']!);
  await card.syncNow();
  await expect(page.locator('.ant-message')).toContainText('已同步');
  await expect(card.root).not.toContainText(zh['hub.station.never']!);
  await expect(card.root).toContainText('0 项修改，0 条签到记录');
  const held = await hub.pool.query("SELECT count(*)::int AS n FROM hub_rows WHERE tbl = 'stations'");
  expect(held.rows[0].n).toBe(1);
  await card.root.scrollIntoViewIfNeeded();
  await screenshot(page, 'hub-settings-zh-CN-1280');
  await page.setViewportSize({ width: 1024, height: 600 });
  await screenshot(page, 'hub-settings-zh-CN-1024');

  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(card.root).toContainText(resources.ug['hub.station.title']!);
  await screenshot(page, 'hub-settings-ug-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'hub-settings-ug-1280');
});
