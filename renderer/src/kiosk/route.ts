import { useCallback, useEffect, useState } from 'react';

/**
 * The kiosk entry's two screens need no router: /kiosk/pair (a tablet not yet paired) and /kiosk (the
 * door). Moving between them replaces the history entry, so "back" never leaves a tablet half-way.
 */
export function useKioskPath(): { path: string; search: URLSearchParams; go(to: string): void } {
  const [location, setLocation] = useState(() => ({ path: window.location.pathname, search: window.location.search }));
  useEffect(() => {
    const onPop = () => setLocation({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((to: string) => {
    window.history.replaceState(null, '', to);
    setLocation({ path: window.location.pathname, search: window.location.search });
  }, []);
  return { path: location.path, search: new URLSearchParams(location.search), go };
}

export const isPairPath = (path: string) => /^\/kiosk\/pair\/?$/.test(path);

/** The kiosk in exam mode, after a session: /kiosk/exam?session=… */
export const isExamPath = (path: string) => /^\/kiosk\/exam\/?$/.test(path);
