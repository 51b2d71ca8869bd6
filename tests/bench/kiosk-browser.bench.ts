// The kiosk in Chromium through the LAN host: from the scanner's Enter to the confirmation painted.
// A figure, never an assertion. Needs the built app (npm run build) and Debian's chromium.
//   npx tsx tests/bench/kiosk-browser.bench.ts      (on its own)
//   npm run bench                                   (with the others, when the renderer is built)
import { fileURLToPath } from 'node:url';
import { createSessionNow, StationApi, withCheckDigit } from '../browser/support/api';
import { names, openBrowserStation } from './browser-station';
import { printTable, summarise, type Figure } from './stats';

const SCANS = 100;
const WARMUP = 10;

export async function kioskBrowserBench(figures: Figure[]): Promise<void> {
  const open = await openBrowserStation('kiosk browser bench');
  if (!open) return;
  const { station, browser, api, stationId } = open;
  try {
    const people: { name: string; badge: string }[] = [];
    for (const [i, name] of names(SCANS + WARMUP).entries()) {
      const idNumber = withCheckDigit(`44070319850101${String(i).padStart(3, '0')}`);
      const w = await api.call<{ badgeCode: string }>('workers.create', { stationId, fields: { name, idNumber } });
      people.push({ name, badge: w.badgeCode });
    }
    await createSessionNow(api, stationId, '基准测试');
    const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId });
    const { token } = await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: 'bench' });

    const context = await browser.newContext({ baseURL: station.url, viewport: { width: 1280, height: 800 } });
    await context.addInitScript((t) => localStorage.setItem('station.kioskDevice', t), token);
    const page = await context.newPage();
    await page.goto('/kiosk');
    await page.getByTestId('kiosk-ready').waitFor();

    // In the page: Enter's time (capture phase, before the kiosk's own handler), and the first frame
    // after the expected name appears (requestAnimationFrame, then a task: the frame has been painted).
    await page.evaluate(() => {
      const w = window as unknown as { __expect: string; __t0: number; __t1: number };
      w.__t1 = 0;
      window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        const name = document.querySelector('[data-testid=kiosk-answer-name]')?.textContent;
        if (name !== w.__expect || w.__t1) return;
        w.__t1 = -1;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => (w.__t1 = performance.now());
          ch.port2.postMessage(0);
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    const samples: number[] = [];
    const wall: number[] = [];
    for (const [i, p] of people.entries()) {
      await page.evaluate((name) => {
        const w = window as unknown as { __expect: string; __t1: number };
        w.__expect = name;
        w.__t1 = 0;
      }, p.name);
      await page.keyboard.type(p.badge);
      const t = performance.now();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, undefined, { polling: 'raf' });
      const inPage = await page.evaluate(() => {
        const w = window as unknown as { __t0: number; __t1: number };
        return w.__t1 - w.__t0;
      });
      if (i >= WARMUP) {
        samples.push(inPage);
        wall.push(performance.now() - t);
      }
    }
    const s = summarise(samples);
    const outside = summarise(wall);
    figures.push(
      { name: `kiosk browser: Enter → confirmation painted p50 (${s.n} scans, LAN host)`, unit: 'ms', value: s.p50 },
      { name: 'kiosk browser: Enter → confirmation painted p95', unit: 'ms', value: s.p95, target: 'p95 ≤ 50 ms' },
      { name: 'kiosk browser: same, seen from the test driver p95', unit: 'ms', value: outside.p95 },
    );
    await context.close();
  } finally {
    await open.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures: Figure[] = [];
  kioskBrowserBench(figures)
    .then(() => printTable(figures))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
