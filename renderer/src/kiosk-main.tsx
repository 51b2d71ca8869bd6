// First: sends the kiosk.state request before the rest of the script is evaluated.
import { firstState as first } from './kiosk/early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initKioskI18n } from './kiosk/i18n';
import { kioskHomeLanguage } from './kiosk/language';
import { KioskRoot } from './pages/KioskRoot';
import './kiosk.css';

/**
 * The kiosk's own entry (kiosk.html, served for /kiosk and /kiosk/*): Preact (React's API, see vite.config.ts) and CSS, its own
 * strings, no admin screens, no antd, no charts, so a cheap tablet is ready in about a second.
 */
performance.mark('kiosk:modules');
const root = document.getElementById('root');
if (!root) throw new Error('kiosk.html has no #root');

/** How long the first render waits for the prefetched state, so it can be the ready screen itself. */
const WAIT_FOR_STATE_MS = 400;

void Promise.all([
  initKioskI18n(kioskHomeLanguage()).then((i) => (performance.mark('kiosk:i18n'), i)),
  first ? Promise.race([first, new Promise((done) => setTimeout(done, WAIT_FOR_STATE_MS))]) : null,
]).then(() => {
  performance.mark('kiosk:render');
  createRoot(root).render(
    <StrictMode>
      <KioskRoot />
    </StrictMode>,
  );
});
