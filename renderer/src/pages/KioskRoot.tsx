import { useCallback, useEffect } from 'react';
import { hasKioskToken, hostWindow, kioskTokenRefused, onKioskTokenLost, signedInHere } from '../api/client';
import { isExamPath, isPairPath, useKioskPath } from '../kiosk/route';
import { useKioskLanguage } from '../kiosk/useKioskLanguage';
import { KioskPage } from './KioskPage';
import { KioskPairPage } from './KioskPairPage';
import { KioskExamPage } from '../kiosk/exam/KioskExamPage';

/**
 * The kiosk entry (kiosk.html): the door's screen, or pairing for a tablet the station does not know.
 * A browser with neither a tablet token nor a signed-in trainer goes straight to pairing, without a call;
 * otherwise the kiosk starts at once and a refused token sends it to pairing.
 */
export function KioskRoot() {
  const { path, search, go } = useKioskPath();
  const language = useKioskLanguage();
  const desktop = hostWindow() === 'kiosk';
  const known = desktop || hasKioskToken() || signedInHere();

  useEffect(() => onKioskTokenLost(() => go('/kiosk/pair?revoked=1')), [go]);
  useEffect(() => {
    if (!desktop && !isPairPath(path) && !known) go('/kiosk/pair');
  }, [desktop, go, known, path]);

  /**
   * The station refused this kiosk's token. A revoked tablet's token is already gone (the client said so
   * through onKioskTokenLost); a signed-in trainer's session that ended leaves the tablet's own token, if
   * any, to try again with (true), else pairing.
   */
  const onUnauthenticated = useCallback((): boolean => {
    if (desktop) return false;
    if (hasKioskToken()) return true;
    go(kioskTokenRefused() ? '/kiosk/pair?revoked=1' : '/kiosk/pair');
    return false;
  }, [desktop, go]);

  if (!desktop && (isPairPath(path) || !known)) {
    return <KioskPairPage revoked={search.get('revoked') === '1'} language={language} onPaired={() => go('/kiosk')} />;
  }
  if (isExamPath(path)) {
    const sessionId = search.get('session');
    return <KioskExamPage sessionId={sessionId} language={language} onLeave={() => go(sessionId ? `/kiosk?session=${sessionId}` : '/kiosk')} />;
  }
  return <KioskPage initialSession={search.get('session')} language={language} onUnauthenticated={onUnauthenticated} onExam={(id) => go(`/kiosk/exam?session=${id}`)} />;
}
