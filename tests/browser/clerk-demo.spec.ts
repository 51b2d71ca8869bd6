import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { screenshot } from './support/screenshots';

// The demo a newcomer clicks through first: its dashboard and a worker's history should look like a
// station's (months with different totals, sessions of different sizes), in each language.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const wait = expect.configure({ timeout: 30_000 });
const test = base.extend<object, { demo: { url: string } }>({
  demo: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'station-demo-'));
      execFileSync(process.execPath, ['main/cli/station.cjs', 'demo', '--data', dataDir], { cwd: ROOT });
      const child = spawn(process.execPath, ['main/cli/station.cjs', 'serve', '--data', dataDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL: ${out}`)), 30_000);
        child.stdout!.setEncoding('utf8').on('data', (c: string) => {
          out += c;
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[0]);
          }
        });
      });
      await use({ url });
      child.kill('SIGTERM');
      await new Promise((done) => setTimeout(done, 1000));
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
test.use({ viewport: { width: 1366, height: 768 } });

test('the demo dashboard has months of different sizes, in each language', async ({ page, demo }) => {
  test.setTimeout(240_000);
  await page.goto(`${demo.url}signin`);
  await page.getByTestId('signin-form').locator('#password').fill('demo-station');
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await wait(page.getByTestId('home-page')).toBeVisible();
  for (const lang of ['zh-CN', 'ug', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
    await page.goto(demo.url);
    await wait(page.locator('.admin-content canvas, .admin-content svg').first()).toBeVisible();
    await page.waitForTimeout(1500);
    // A new station's guide is not shown: the demo has workers and sessions.
    await expect(page.getByTestId('empty-station')).toHaveCount(0);
    await screenshot(page, `clerk-demo-home-${lang}`);
    await page.goto(`${demo.url}workers`);
    await wait(page.locator('.ant-table-row').first()).toBeVisible();
    await page.locator('.ant-table-row').first().click();
    await wait(page.getByTestId('worker-history')).toContainText(resources[lang]['history.title']!);
    await page.getByTestId('worker-history').scrollIntoViewIfNeeded();
    await screenshot(page, `clerk-demo-worker-${lang}`);
  }
});
