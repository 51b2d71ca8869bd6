// Bundles the Node side: the CLI (and its LAN host) and the Electron shell. Kept external:
// better-sqlite3 (a native module), electron (provided by its runtime) and exceljs (large, with
// optional requires esbuild cannot follow; it ships in node_modules as a dependency).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'electron', 'exceljs'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  absWorkingDir: root,
};

const entries = [
  { in: 'main/cli/index.ts', out: 'out/cli.cjs' },
  { in: 'main/electron/main.ts', out: 'out/electron/main.cjs' },
  { in: 'main/electron/preload.ts', out: 'out/electron/preload.cjs' },
  { in: 'main/electron/launch.ts', out: 'out/electron/launch.cjs' },
];

await Promise.all(entries.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out })));
