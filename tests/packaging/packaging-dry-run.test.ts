import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A real electron-builder run (`--linux dir`), offline: the Electron binary is replaced by a stand-in
 * folder (electronDist) and native rebuilds are off (npmRebuild: false). Then app.asar is listed to
 * prove what would ship.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

interface Asar {
  listPackage(archive: string, options?: { isPack: boolean }): string[];
  extractFile(archive: string, filename: string): Buffer;
}
const asar = require('@electron/asar') as Asar;


let work: string;
/** @electron/fuses' marker before the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's stock wire: run-as-node, cookie encryption, NODE_OPTIONS, inspect, asar integrity, asar only, V8 snapshot, file:// privileges. */
const STOCK_WIRE = '10110001';

let unpacked: string;
let archive: string;
let files: string[];

function run(file: string, args: string[]): void {
  // vitest sets NODE_ENV=test; the build that ships (and that the browser tests then load) is production.
  execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, CI: 'true', NODE_ENV: 'production' } });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'station-pack-'));
  // What `npm run build` builds: the Node bundles, then the renderer.
  run(join(root, 'main', 'build.mjs'), []);
  run(join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);

  const electronDist = join(work, 'electron-dist');
  execFileSync('mkdir', ['-p', electronDist]);
  // The stand-in carries a fuse wire as Electron's binary does (sentinel, version 1, eight fuses in
  // Electron's defaults), so electron-builder flips the configured fuses in it as it would in the real one.
  writeFileSync(join(electronDist, 'electron'), `#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n# ${FUSE_SENTINEL}\x01\x08${STOCK_WIRE}\n`);
  chmodSync(join(electronDist, 'electron'), 0o755);

  const output = join(work, 'dist');
  run(require.resolve('electron-builder/cli.js'), [
    '--linux',
    'dir',
    '--publish',
    'never',
    '--projectDir',
    root,
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ]);
  unpacked = join(output, 'linux-unpacked');
  archive = join(unpacked, 'resources', 'app.asar');
  files = asar.listPackage(archive, { isPack: false });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packaging dry run (electron-builder --linux dir)', () => {
  it('produces the app under its ASCII executable name with an app.asar', () => {
    expect(existsSync(join(unpacked, 'upgrade-station'))).toBe(true);
    expect(existsSync(archive)).toBe(true);
  });

  it('flips the fuses in the binary: no run-as-node, NODE_OPTIONS or inspect; asar only, integrity checked', () => {
    const binary = readFileSync(join(unpacked, 'upgrade-station'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + 8).toString('latin1');
    // Fuse by fuse, in the stock order; the V8 snapshot fuse is left as Electron ships it.
    expect(wire).toBe('01001100');
  });

  it('ships the bundled main process and preload, started through package.json', () => {
    expect(files).toContain('/out/electron/main.cjs');
    expect(files).toContain('/out/electron/preload.cjs');
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('out/electron/main.cjs');
  });

  it('ships a preload that needs nothing but electron (it runs sandboxed)', () => {
    const preload = asar.extractFile(archive, 'out/electron/preload.cjs').toString('utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('ships the built renderer: the admin app and the kiosk page', () => {
    expect(files).toContain('/out/renderer/index.html');
    expect(files).toContain('/out/renderer/kiosk.html');
  });

  it('unpacks better-sqlite3 so its native module can load', () => {
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(
      true,
    );
    expect(files).toContain('/node_modules/better-sqlite3/lib/index.js');
    // The SQLite sources and compiler objects stay behind.
    expect(files.filter((f) => f.startsWith('/node_modules/better-sqlite3/deps/') || f.includes('/build/Release/obj'))).toEqual([]);
  });

  it('ships no sources, tests, source maps or build config', () => {
    expect(files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const prefix of ['/tests', '/main', '/shared', '/renderer', '/resources', '/dist', '/.ci']) {
      expect(files.filter((f) => f === prefix || f.startsWith(`${prefix}/`))).toEqual([]);
    }
    for (const file of ['/electron-builder.yml', '/tsconfig.json', '/package-lock.json', '/README.md']) {
      expect(files).not.toContain(file);
    }
  });

  it('does not ship development tools', () => {
    for (const dev of ['electron', 'electron-builder', 'vite', 'vitest', 'typescript', 'esbuild', '@playwright/test']) {
      expect(files).not.toContain(`/node_modules/${dev}`);
    }
  });
});
