import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initKioskI18n } from './kiosk/i18n';
import { kioskHomeLanguage } from './kiosk/language';
import { KioskRoot } from './pages/KioskRoot';
import './kiosk.css';

/**
 * The kiosk's own entry (kiosk.html, served for /kiosk and /kiosk/*): plain React and CSS, its own
 * strings, no admin screens, no antd, no charts, so a cheap tablet is ready in about a second.
 */
const root = document.getElementById('root');
if (!root) throw new Error('kiosk.html has no #root');

void initKioskI18n(kioskHomeLanguage()).then(() => {
  createRoot(root).render(
    <StrictMode>
      <KioskRoot />
    </StrictMode>,
  );
});
