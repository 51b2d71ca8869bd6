// Where the kiosk's time goes on a throttled CPU (x4): a Chrome trace of one cold load of /kiosk and of a
// few scans, summed by trace event (script compile/eval, style, layout, paint, network) and by script
// URL. A tool for looking, not a figure: `npx tsx tests/bench/kiosk-profile.ts` (needs the built app).
// PROFILE_OUT=dir also writes the raw traces (open them in Chrome's Performance panel).
import type { CDPSession, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSessionNow, StationApi, withCheckDigit } from '../browser/support/api';
import { names, openBrowserStation } from './browser-station';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; stackTrace?: unknown } ; beginData?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'disabled-by-default-v8.compile', 'toplevel'].join(',');

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // CDP types the events as string maps; they are trace events.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: process.env.PROFILE_CATEGORIES ?? CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The page's renderer main thread: of the CrRendererMain threads, the busiest (a navigation may swap process). */
function rendererMain(events: TraceEvent[]): number | undefined {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain').map((e) => e.tid));
  const busy = new Map<number, number>();
  for (const e of events) if (mains.has(e.tid) && e.ph === 'X') busy.set(e.tid, (busy.get(e.tid) ?? 0) + (e.dur ?? 0));
  return [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Sums complete ('X') events on the renderer's main thread by name, with nested time counted in each. */
function summary(events: TraceEvent[], from = 0, to = Infinity): string {
  const mainTid = rendererMain(events);
  const byName = new Map<string, { n: number; ms: number }>();
  const byUrl = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== mainTid || e.dur === undefined || e.ts < from || e.ts > to) continue;
    const cur = byName.get(e.name) ?? { n: 0, ms: 0 };
    cur.n += 1;
    cur.ms += e.dur / 1000;
    byName.set(e.name, cur);
    const url = e.args?.data?.url;
    if (url && (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'FunctionCall')) byUrl.set(`${e.name} ${url.replace(/^.*\//, '')}`, (byUrl.get(`${e.name} ${url.replace(/^.*\//, '')}`) ?? 0) + e.dur / 1000);
  }
  const rows = [...byName.entries()].filter(([, v]) => v.ms >= 2).sort((a, b) => b[1].ms - a[1].ms).slice(0, 30);
  const urls = [...byUrl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return [...rows.map(([k, v]) => `  ${k.padEnd(40)} ${String(v.n).padStart(5)} ${v.ms.toFixed(1).padStart(8)} ms`), '  -- by script', ...urls.map(([k, v]) => `  ${k.padEnd(60)} ${v.toFixed(1).padStart(8)} ms`)].join('\n');
}

/** Main-thread timeline of top-level tasks longer than 3 ms, relative to `zero` (µs). */
function timeline(events: TraceEvent[], zero: number): string {
  const mainTid = rendererMain(events);
  const tasks = events.filter((e) => e.tid === mainTid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 3000 && e.ts >= zero);
  return tasks
    .map((t) => {
      const inner = events
        .filter((e) => e.tid === t.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 2000)
        .map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.replace(/^.*\//, '') + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}:${((e.dur ?? 0) / 1000).toFixed(0)}`)
        .slice(0, 8)
        .join(' ');
      return `  @${((t.ts - zero) / 1000).toFixed(0).padStart(5)} ms  ${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${inner}`;
    })
    .join('\n');
}

async function main() {
  const open = await openBrowserStation('kiosk profile');
  if (!open) return;
  const { station, browser, api, stationId } = open;
  try {
    const people: { name: string; badge: string }[] = [];
    for (const [i, name] of names(30).entries()) {
      const idNumber = withCheckDigit(`44070319850101${String(i).padStart(3, '0')}`);
      const w = await api.call<{ badgeCode: string }>('workers.create', { stationId, fields: { name, idNumber } });
      people.push({ name, badge: w.badgeCode });
    }
    await createSessionNow(api, stationId, '基准测试');
    const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId });
    const { token } = await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: 'bench' });
    const fresh = async (): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> => {
      const context = await browser.newContext({ baseURL: station.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await context.addInitScript((t) => localStorage.setItem('station.kioskDevice', t), token);
      // PROFILE_CSS: a style sheet added before the page's own (to try, say, another font list).
      if (process.env.PROFILE_CSS) await context.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css }))), process.env.PROFILE_CSS);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      return { page, cdp, close: () => context.close() };
    };
    // Warm the host's compression cache, then trace a cold load.
    {
      const t = await fresh();
      await t.page.goto('/kiosk');
      await t.page.getByTestId('kiosk-ready').waitFor();
      await t.close();
    }
    for (let round = 0; round < Number(process.env.PROFILE_LOADS ?? 2); round++) {
      const t = await fresh();
      const events = await trace(t.cdp, async () => {
        await t.page.goto('/kiosk');
        await t.page.getByTestId('kiosk-ready').waitFor();
        await t.page.waitForTimeout(300);
      });
      const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
      const zero = events.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith('/kiosk')).map((e) => e.ts)[0] ?? nav?.ts ?? 0;
      const marks = await t.page.evaluate(() => ({ ...Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.replace(/^.*\//, ''), `${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)}`])), fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) }));
      console.log(`\n=== cold load ${round + 1} (ms from navigation), resources: ${JSON.stringify(marks)}`);
      console.log(timeline(events, zero));
      console.log(summary(events));
      if (process.env.PROFILE_OUT) writeFileSync(join(process.env.PROFILE_OUT, `load-${round}.json`), JSON.stringify({ traceEvents: events }));
      await t.close();
    }
    // PROFILE_ONLY=load: the cold loads only.
    if (process.env.PROFILE_ONLY === 'load') return;
    // Scans.
    const t = await fresh();
    await t.page.goto('/kiosk');
    await t.page.getByTestId('kiosk-ready').waitFor();
    for (const p of people.slice(0, 5)) {
      await t.page.keyboard.type(p.badge);
      await t.page.keyboard.press('Enter');
      await t.page.getByTestId('kiosk-answer-name').filter({ hasText: p.name }).waitFor();
    }
    const events = await trace(t.cdp, async () => {
      for (const p of people.slice(5, 15)) {
        await t.page.keyboard.type(p.badge);
        await t.page.keyboard.press('Enter');
        await t.page.getByTestId('kiosk-answer-name').filter({ hasText: p.name }).waitFor();
        await t.page.waitForTimeout(50);
      }
    });
    console.log('\n=== 10 scans (typing + Enter + answer)');
    const sends = events.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith('/kiosk.scan'));
    const zero = sends[0]?.ts ?? 0;
    console.log(timeline(events, zero - 30_000));
    console.log(summary(events));
    if (process.env.PROFILE_OUT) writeFileSync(join(process.env.PROFILE_OUT, 'scans.json'), JSON.stringify({ traceEvents: events }));
    await t.close();

    // JavaScript only, Enter → answer painted: a sampling CPU profile per scan, self time summed by function.
    const u = await fresh();
    await u.page.goto('/kiosk');
    await u.page.getByTestId('kiosk-ready').waitFor();
    await u.cdp.send('Profiler.enable');
    await u.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const self = new Map<string, number>();
    let total = 0;
    for (const p of people.slice(15, 30)) {
      await u.page.keyboard.type(p.badge);
      await u.page.waitForTimeout(100);
      await u.cdp.send('Profiler.start');
      await u.page.keyboard.press('Enter');
      await u.page.getByTestId('kiosk-answer-name').filter({ hasText: p.name }).waitFor();
      await u.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const { profile } = (await u.cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        self.set(key, (self.get(key) ?? 0) + dt);
        total += dt;
      });
    }
    console.log(`\n=== CPU profile, 15 scans Enter → painted (incl. idle), total ${total.toFixed(0)} ms; self time per scan`);
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(v / 15).toFixed(2).padStart(7)} ms  ${k}`);
    await u.close();
  } finally {
    await open.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
