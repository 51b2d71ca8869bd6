import { useEffect } from 'react';

/**
 * The kiosk is its own page (kiosk.html: no admin screens to download). The admin app reaching /kiosk
 * (a kiosk window, a paired tablet's token, an old bookmark) loads that page instead of routing to it.
 */
export function ToKiosk() {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    window.location.replace(pathname.startsWith('/kiosk') ? pathname + search + hash : '/kiosk');
  }, []);
  return null;
}
