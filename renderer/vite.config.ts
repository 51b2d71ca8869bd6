import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from '../shared/contract/csp.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

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

export default defineConfig({
  root: here,
  // Both hosts serve the screens at the root (app://station/ and http://host:port/).
  base: '/',
  plugins: [react(), cspMeta],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // The desktop app loads the admin screens locally; one bundle per route is not worth the requests.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Two pages: the admin app (antd, charts), and the kiosk at the door, which a cheap tablet loads
      // over Wi-Fi and which imports neither (kiosk.html, served for /kiosk and /kiosk/*).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        kiosk: fileURLToPath(new URL('kiosk.html', import.meta.url)),
      },
    },
  },
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
