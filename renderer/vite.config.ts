import react from '@vitejs/plugin-react';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Alias, type Plugin, type UserConfig } from 'vite';
import { CSP_META } from '../shared/contract/csp.ts';
import { compressBrotli, compressGzip, MIN_COMPRESS_BYTES } from '../main/http/compress.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

// In development, `STATION_URL=http://127.0.0.1:<port>/ npx vite --config renderer/vite.config.ts` forwards
// the API to a running `station serve`. The host refuses cross-site POSTs, so the dev server's Origin is
// dropped on the way through.
const station = process.env.STATION_URL;

// The hosts send this policy as a header too; the meta tag keeps it when index.html is opened some other
// way. Build only: the dev server's React refresh needs an inline script.
const CSP = CSP_META;

const cspMeta: Plugin = {
  name: 'station-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
};

/**
 * The kiosk's page runs on Preact (preact/compat) instead of React: on a tablet-class CPU, parsing and
 * running react-dom and its first render were most of the time to a ready scanner field (the
 * kiosk profile, tests/bench/kiosk-profile.ts). The admin app keeps React. Same sources, same types: only the bundle differs.
 */
export const KIOSK_PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  // react-i18next's useTranslation subscribes through the shim; Preact has the hook itself.
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

/**
 * Two pages, two builds, one command: the admin app (index.html: React, antd, charts), then the kiosk at
 * the door (kiosk.html, served for /kiosk and /kiosk/*), which a cheap tablet loads over Wi-Fi and which
 * has neither, into the same folder. Nothing is shared between them, so neither waits for the other's code.
 */
function page(name: 'index' | 'kiosk' | 'hub', extra: UserConfig = {}): UserConfig {
  return {
    root: here,
    // Both hosts serve the screens at the root (app://station/ and http://host:port/).
    base: '/',
    plugins: [react(), cspMeta],
    ...extra,
    build: {
      outDir,
      // The kiosk is built second, beside the admin app.
      emptyOutDir: name === 'index',
      // The desktop app loads the admin screens locally; one bundle per route is not worth the requests.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { [name]: fileURLToPath(new URL(`${name}.html`, import.meta.url)) } },
    },
  };
}

const kioskAfterAdmin: Plugin = {
  name: 'station-kiosk-build',
  apply: (_config, env) => env.command === 'build' && !process.env.STATION_KIOSK_BUILD,
  async closeBundle() {
    process.env.STATION_KIOSK_BUILD = '1';
    try {
      await build({ configFile: false, logLevel: 'warn', ...page('kiosk', { resolve: { alias: KIOSK_PREACT_ALIASES } }) });
      // The hub's page (served by `station hub`): React and antd like the admin app, its own entry.
      await build({ configFile: false, logLevel: 'warn', ...page('hub') });
      await precompress(outDir);
    } finally {
      delete process.env.STATION_KIOSK_BUILD;
    }
  },
};

/**
 * Each text file gets .br and .gz copies beside it, made once here with the host's own settings: a
 * station that starts (and every test that starts one) serves them instead of compressing 2 MB of
 * script on its first request.
 */
async function precompress(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(js|css|html|svg|json)$/.test(f));
  await Promise.all(
    files.map(async (f) => {
      const raw = await readFile(join(dir, f));
      if (raw.length < MIN_COMPRESS_BYTES) return;
      const [br, gz] = await Promise.all([compressBrotli(raw), compressGzip(raw)]);
      await Promise.all([writeFile(join(dir, `${f}.br`), br), writeFile(join(dir, `${f}.gz`), gz)]);
    }),
  );
}

const admin = page('index');

export default defineConfig({
  ...admin,
  plugins: [...(admin.plugins ?? []), kioskAfterAdmin],
  // The dev server serves both pages from source, the kiosk on React: the Preact swap is a build matter.
  server: station
    ? {
        proxy: {
          '/api': {
            target: station,
            changeOrigin: true,
            configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
          },
        },
      }
    : {},
});
