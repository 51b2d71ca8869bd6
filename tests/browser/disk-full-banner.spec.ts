// A full disk in the admin screens: the refused save raises a banner naming the data folder and the
// free space, above every page, until the same save goes through. The station (a real core, SQLite
// file and LAN host) runs in a process this test can tell to fill its disk (support/full-disk-station.ts).
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StationProfilePage } from './pages/RecordsPages';
import { ADMIN_PASSWORD, STATION_NAME } from './support/fixtures';
import { screenshot } from './support/screenshots';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dataDir: string;
let child: ChildProcess;
let url: string;
let said = '';

/** Sends a line to the station process and waits for its "done". */
async function tell(line: 'fill' | 'free'): Promise<void> {
  const seen = said.length;
  child.stdin!.write(`${line}\n`);
  await expect.poll(() => said.slice(seen).includes(`done ${line}`)).toBe(true);
}

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'station-disk-'));
  child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['tests/browser/support/full-disk-station.ts', dataDir, join(ROOT, 'out/renderer'), STATION_NAME, ADMIN_PASSWORD], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (said += chunk));
  await expect.poll(() => /listening (\S+)/.exec(said)?.[1], { timeout: 30_000 }).toBeTruthy();
  url = /listening (\S+)/.exec(said)![1]!;
});

test.afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('a save refused for a full disk shows a banner with the folder and free space; it goes once the save goes through', async ({ page }) => {
  test.setTimeout(90_000);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 507/.test(m.text())) refused.push(m.text());
  });
  await page.goto(new URL('/signin', url).href);
  const form = page.getByTestId('signin-form');
  await form.locator('#username').fill('admin');
  await form.locator('#password').fill(ADMIN_PASSWORD);
  await form.locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
  await page.goto(new URL('/station', url).href);
  const profile = new StationProfilePage(page);
  await expect(profile.form).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('disk-full-banner')).toHaveCount(0);

  // The disk fills: not one more page for the database.
  await tell('fill');
  await profile.field('address').fill('广东省江门市蓬江区白沙街道'.repeat(40));
  await profile.save();
  const banner = page.getByTestId('disk-full-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('电脑硬盘已满');
  await expect(banner).toContainText(dataDir);
  await expect(banner).toContainText(/剩余 \d+ MB/);
  await screenshot(page, 'disk-full-banner');

  // Still there on another page: the next save would be refused too.
  await page.getByRole('menuitem').first().click();
  await expect(banner).toBeVisible();
  await page.goBack();

  // Space freed: the same save goes through and the banner goes.
  await tell('free');
  await profile.field('address').fill('广东省江门市蓬江区白沙街道滨江大道');
  await profile.save();
  await expect(banner).toHaveCount(0);
  expect(refused).toEqual([]);
});
