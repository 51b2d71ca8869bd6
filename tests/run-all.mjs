// `npm test`: type-check, build, unit/service/contract tests (vitest), browser tests (Playwright),
// then one line `N passed, N failed` totalling every suite. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'tests', '.artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A step that is not a test runner counts as one test: it passed or it did not. */
function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  ok ? passed++ : failed++;
  summary.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

step('type-check (tsc -b)', bin('tsc'), ['-b']);
const built =
  step('build main (esbuild)', process.execPath, ['main/build.mjs']) &&
  step('build renderer (vite)', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);

const vitestJson = join(artifacts, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestOk = run('unit, service, contract and CLI tests (vitest)', bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v && v.numTotalTests === 0) {
  failed++;
  summary.push('vitest: ran no tests');
} else if (v) {
  passed += v.numPassedTests;
  // A file that fails to load has no tests in it but is still a failure.
  failed += v.numFailedTests + (v.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.length).length;
  summary.push(`vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
  // Every test passed but vitest still failed: an error escaped a test (a timer firing after its database closed).
  if (!vitestOk && v.numFailedTests === 0) {
    failed++;
    summary.push('vitest: errors outside any test (see "Unhandled Errors" above)');
  }
} else {
  failed++;
  summary.push('vitest: no report (the runner itself failed)');
}

const pwJson = join(artifacts, 'playwright-report.json');
rmSync(pwJson, { force: true });
if (built) {
  const exitedOk = run('browser tests (Playwright, Debian Chromium)', bin('playwright'), ['test', '--config', 'tests/browser/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    const ok = p.stats.expected + (p.stats.flaky ?? 0);
    const bad = p.stats.unexpected;
    passed += ok;
    failed += bad;
    summary.push(`playwright: ${ok} passed, ${bad} failed`);
    // A spec file that cannot load (an import error) stops the run before any test: the report then
    // holds no test, or the runner fails with none failed. Either is a failure, never a green run.
    const errors = (p.errors ?? []).length;
    if (ok + bad === 0 || (!exitedOk && bad === 0)) {
      failed++;
      summary.push(`playwright: the runner failed${errors ? ` (${errors} load errors)` : ''} without running its tests`);
    }
  } else {
    failed++;
    summary.push('playwright: no report (the runner itself failed)');
  }
} else {
  failed++;
  summary.push('playwright: not run, the build failed');
}

process.stdout.write('\n' + summary.map((s) => '  ' + s).join('\n') + '\n');
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && existsSync(root) ? 0 : 1);
