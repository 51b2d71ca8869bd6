// `npm run bench`: builds a station in a temp folder, measures, prints a table and writes
// bench-results/bench-<time>.json. Each figure sits beside a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreBench } from './core.bench';
import { workersBench } from './workers.bench';
import { bigStation } from './big-station';
import { kioskBench } from './kiosk.bench';
import { kioskBrowserBench } from './kiosk-browser.bench';
import { examBench } from './exam.bench';
import { signInSheetPdfBench } from './sign-in-sheet-pdf.bench';
import { reportsBench } from './reports.bench';
import { backupBench } from './backup.bench';
import { hubBench } from './hub.bench';
import { photosBench } from './photos.bench';
import { printTable, type Figure } from './stats';

async function main() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'station-bench-'));
  const figures: Figure[] = [];
  try {
    execFileSync(process.execPath, ['main/cli/station.cjs', 'demo', '--data', dataDir], { cwd: root, stdio: 'ignore' });
    // BENCH_ONLY=reports, or several at once: BENCH_ONLY=reports,kiosk,backup (one big station for all).
    const picked = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
    const only = picked?.length ? picked : undefined;
    const want = (...names: string[]) => !only || names.some((n) => only.includes(n));
    if (want('core')) await coreBench(dataDir, figures);
    // One big station (about two minutes to generate) serves the kiosk, report and backup figures.
    if (want('kiosk', 'reports', 'backup')) {
      const big = await bigStation();
      figures.push({ name: 'generate the station: 200k workers, 20k sessions, 2M attendance', unit: 's', value: big.generateSeconds, target: 'well under a minute' });
      try {
        if (want('reports')) await reportsBench(big, figures);
        if (want('kiosk')) await kioskBench(big, figures);
        // Last: its sign-ins use the roster's newest workers, and the backup copies everything before it.
        if (want('backup')) await backupBench(big, figures);
      } finally {
        big.core.close();
        rmSync(big.dataDir, { recursive: true, force: true });
      }
    }
    if (want('search', 'import')) await workersBench(figures);
    // Evidence photos: sign-in latency with and without, and what 300 photos add to the file.
    if (want('photos')) await photosBench(figures);
    // Skipped (with a note) unless the renderer is built: npm run build first.
    if (want('browser')) await kioskBrowserBench(figures);
    // The exam screen (CPU x4) and 200 workers handing in on three tablets (skipped unless built).
    if (want('exam')) await examBench(figures);
    // A 300-person sign-in sheet to PDF in Chromium (skipped, with a note, unless the renderer is built).
    if (want('pdf')) await signInSheetPdfBench(figures);
    // The hub over a throwaway PostgreSQL cluster (needs Debian's postgresql), scaled by HUB_BENCH_*.
    if (want('hub')) await hubBench(figures);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  printTable(figures);
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, platform: process.platform };
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine, figures }, null, 2));
  console.log(`\nFigures written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
