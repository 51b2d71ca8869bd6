import { hasKioskToken, hostWindow, signedInHere } from '../api/client';
import { prefetchKioskState } from './prefetch';
import { isPairPath } from './route';
import { initialSessionId } from './useKioskState';

/**
 * The kiosk's first kiosk.state, sent by the first module the entry imports: the request leaves before
 * i18next and the screens are even evaluated, so on a slow tablet the answer is usually back by the time
 * the page can render (the first render then is the ready screen itself). Null on the pairing page and
 * in a browser that is neither paired nor signed in (it goes to pairing without a call).
 */
export const firstState =
  !isPairPath(window.location.pathname) && (hostWindow() === 'kiosk' || hasKioskToken() || signedInHere())
    ? prefetchKioskState(initialSessionId(window.location.search))
    : null;
