// What the browser benches share: a running station with the built app, set up, and Debian's Chromium.
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StationApi } from '../browser/support/api';
import { startStation, type RunningStation } from '../browser/support/station';

export interface BrowserStation {
  station: RunningStation;
  browser: Browser;
  api: StationApi;
  stationId: string;
  close(): Promise<void>;
}

/** Null (with a note) when the renderer is not built: the bench is skipped, not failed. */
export async function openBrowserStation(bench: string): Promise<BrowserStation | null> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!existsSync(`${root}out/renderer/index.html`)) {
    console.log(`${bench} skipped: build the renderer first (npm run build)`);
    return null;
  }
  const station = await startStation();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const close = async () => {
    await browser.close();
    await station.stop();
  };
  try {
    const api = new StationApi(station.url);
    const stationId = await api.setUp('基准测试提升站', 'Bench-password-1');
    return { station, browser, api, stationId, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Distinct names without digits (the roster refuses digits in a name). */
export function names(n: number): string[] {
  const family = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
  const given = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'];
  const out: string[] = [];
  for (const f of family) for (const g of given) for (const h of given) if (out.length < n) out.push(f + g + h);
  return out;
}
