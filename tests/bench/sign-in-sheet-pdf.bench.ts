// A 300-person sign-in sheet to PDF in Chromium, as the desktop app prints it: from page.goto of the
// print route (app load, sign-in check, reports.signInSheet, render, fonts) to the PDF's bytes.
// Baseline in the same run: the same rows as a plain static HTML table, setContent → PDF (Chromium's
// own layout and PDF cost). A figure, never an assertion. Needs the built app and Debian's chromium.
//   npx tsx tests/bench/sign-in-sheet-pdf.bench.ts      (on its own)
//   BENCH_ONLY=pdf npm run bench                        (through run.ts)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignInSheet } from '../../shared/contract/report-types';
import { fileURLToPath } from 'node:url';
import { createSessionNow, withCheckDigit } from '../browser/support/api';
import { names, openBrowserStation } from './browser-station';
import { printTable, summarise, type Figure } from './stats';

const PEOPLE = 300;
const RUNS = 7;
const WARMUP = 2;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same sheet as bare HTML: what Chromium alone needs to lay it out and print it. */
function staticSheet(sheet: SignInSheet): string {
  const rows = sheet.rows
    .map((r) => `<tr><td>${r.serial}</td><td>${escape(r.name)}</td><td>${r.idMasked}</td><td>${escape(r.team)}</td><td>${escape(r.tradeName ?? '')}</td><td>${r.signedIn}</td><td>${r.signedOut}</td><td>${r.status}</td><td>${r.creditedHours ?? ''}</td><td></td></tr>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>@page{size:A4;margin:12mm 10mm 16mm}body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:9pt}
table{width:100%;border-collapse:collapse}thead{display:table-header-group}td,th{border:1px solid #000;height:8mm}</style>
<h1>${escape(sheet.title)}</h1><table><thead><tr>${'<th>x</th>'.repeat(10)}</tr></thead><tbody>${rows}</tbody></table><p>${sheet.fingerprint}</p>`;
}

/** Pages of the PDF by poppler's pdfinfo (0 when poppler is missing: the figure stands without it). */
function pageCount(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'sheet-pdf-'));
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'sheet.pdf')]).toString())?.[1] ?? 0);
  } catch {
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function signInSheetPdfBench(figures: Figure[]): Promise<void> {
  const open = await openBrowserStation('sign-in sheet PDF bench');
  if (!open) return;
  const { station, browser, api, stationId } = open;
  try {
    const sessionId = await createSessionNow(api, stationId, '三百人安全教育大会', { location: '项目部广场' });
    for (const [i, name] of names(PEOPLE).entries()) {
      const idNumber = withCheckDigit(`44070319850101${String(i).padStart(3, '0')}`);
      const w = await api.call<{ id: string }>('workers.create', { stationId, fields: { name, idNumber, team: `钢筋${'一二三四五六'[i % 6]}班` } });
      await api.call('attendance.correct', { sessionId, workerId: w.id, action: 'add', reason: '基准测试' });
    }
    await api.call('sessions.setState', { sessionId, state: 'open' });
    await api.call('sessions.setState', { sessionId, state: 'closed' });
    const sheet = await api.call<SignInSheet>('reports.signInSheet', { sessionId });
    if (sheet.rows.length !== PEOPLE) throw new Error(`the sheet has ${sheet.rows.length} rows, not ${PEOPLE}`);

    const context = await browser.newContext({ baseURL: station.url, viewport: { width: 1280, height: 800 } });
    // Signed in as the admin, the way the app keeps its session (this tab's sessionStorage).
    await context.addInitScript((t) => sessionStorage.setItem('station.session', t), api.token!);
    const page = await context.newPage();

    const app: number[] = [];
    const ready: number[] = [];
    let pages = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await page.goto('about:blank');
      const t = performance.now();
      await page.goto(`/print/sign-in-sheet/${sessionId}`);
      await page.waitForSelector('html[data-print-state=ready]', { timeout: 30_000 });
      const readyAt = performance.now() - t;
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const ms = performance.now() - t;
      if (i === 0) pages = pageCount(pdf);
      if (i >= WARMUP) {
        app.push(ms);
        ready.push(readyAt);
      }
    }
    const bare: number[] = [];
    const html = staticSheet(sheet);
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t = performance.now();
      await page.setContent(html);
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      if (i >= WARMUP) bare.push(performance.now() - t);
    }
    const s = summarise(app);
    const b = summarise(bare);
    figures.push(
      {
        name: `sign-in sheet PDF: ${PEOPLE} people, goto → PDF bytes p50 (${s.n} runs, ${pages} pages)`,
        unit: 'ms',
        value: s.p50,
        baseline: b.p50,
        baselineName: 'same rows as static HTML → PDF',
        target: '≤ 2000 ms',
      },
      { name: 'sign-in sheet PDF: of which goto → data-print-state=ready p50', unit: 'ms', value: summarise(ready).p50 },
      { name: 'sign-in sheet PDF: slowest run', unit: 'ms', value: Math.max(...app), baseline: Math.max(...bare), target: '≤ 2000 ms' },
    );
    await context.close();
  } finally {
    await open.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures: Figure[] = [];
  signInSheetPdfBench(figures)
    .then(() => printTable(figures))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
