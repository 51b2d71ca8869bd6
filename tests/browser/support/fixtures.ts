import { test as base, expect } from '@playwright/test';
import { AdminFrame } from '../pages/AdminFrame';
import { SetupPage } from '../pages/SetupPage';
import { SignInPage } from '../pages/SignInPage';
import { setUpStation, startStation, type RunningStation } from './station';

export const ADMIN_PASSWORD = 'Gangjin-2024';
export const STATION_NAME = '滨江花园二期项目提升站';

interface TestFixtures {
  station: RunningStation;
  setupPage: SetupPage;
  signInPage: SignInPage;
  adminFrame: AdminFrame;
}

interface WorkerFixtures {
  /** Set per file with test.use: whether the station starts already set up (through the API). */
  preSetUp: boolean;
  /** Set per file with test.use: the address `station serve` binds (default loopback; 0.0.0.0 for the LAN). */
  serveHost: string | undefined;
  stations: Map<string, RunningStation>;
}

/**
 * One station per test file: setup is one-time per station, so each file starts from a fresh data
 * folder, and tests within a file (run in order) share it.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  preSetUp: [false, { option: true, scope: 'worker' }],
  serveHost: [undefined, { option: true, scope: 'worker' }],
  stations: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const stations = new Map<string, RunningStation>();
      await use(stations);
      await Promise.all([...stations.values()].map((s) => s.stop()));
    },
    { scope: 'worker' },
  ],
  station: async ({ stations, preSetUp, serveHost }, use, testInfo) => {
    let station = stations.get(testInfo.file);
    if (!station) {
      station = await startStation({ host: serveHost });
      if (preSetUp) await setUpStation(station.url, STATION_NAME, ADMIN_PASSWORD);
      stations.set(testInfo.file, station);
    }
    await use(station);
  },
  baseURL: async ({ station }, use) => use(station.url),
  // React and antd report misuse (deprecated props, key warnings) on the console: treat it as a failure.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      // A refused RPC (wrong password: 401) is logged by Chromium itself; that is the host's answer, not a bug.
      if (/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())) return;
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await use(page);
    expect(problems).toEqual([]);
  },
  setupPage: async ({ page }, use) => use(new SetupPage(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  adminFrame: async ({ page }, use) => use(new AdminFrame(page)),
});

export { expect };
