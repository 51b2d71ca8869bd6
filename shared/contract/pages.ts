/**
 * Which built HTML page a screen's address loads. The kiosk at the door is its own page (kiosk.html:
 * no admin screens, no component library, no charts), for /kiosk and everything under it (pairing);
 * every other screen is the admin app (index.html). Both hosts (the LAN host and the desktop app's
 * app:// scheme) use this one rule.
 */
export type HtmlPage = 'index.html' | 'kiosk.html';

export function pageFor(pathname: string): HtmlPage {
  return /^\/kiosk(\/|$)/.test(pathname) ? 'kiosk.html' : 'index.html';
}
