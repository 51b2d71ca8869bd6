import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hasKioskToken, hostWindow, signedInHere } from './api/client';
import { initKioskI18n } from './kiosk/i18n';
import { kioskHomeLanguage } from './kiosk/language';
import { prefetchKioskState } from './kiosk/prefetch';
import { isPairPath } from './kiosk/route';
import { initialSessionId } from './kiosk/useKioskState';
import { KioskRoot } from './pages/KioskRoot';
import './kiosk.css';

/**
 * The kiosk's own entry (kiosk.html, served for /kiosk and /kiosk/*): plain React and CSS, its own
 * strings, no admin screens, no antd, no charts, so a cheap tablet is ready in about a second.
 */
const root = document.getElementById('root');
if (!root) throw new Error('kiosk.html has no #root');

/** How long the first render waits for the prefetched state, so it can be the ready screen itself. */
const WAIT_FOR_STATE_MS = 400;

// The station's answer starts travelling now, while the strings and React get ready.
const first =
  !isPairPath(window.location.pathname) && (hostWindow() === 'kiosk' || hasKioskToken() || signedInHere())
    ? prefetchKioskState(initialSessionId(window.location.search))
    : null;

void Promise.all([
  initKioskI18n(kioskHomeLanguage()),
  first ? Promise.race([first, new Promise((done) => setTimeout(done, WAIT_FOR_STATE_MS))]) : null,
]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <KioskRoot />
    </StrictMode>,
  );
});
