import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, isAllowedNavigation, permissionDecision, secureWebPreferences, type WindowKind } from './security';

const kinds = new Map<number, WindowKind>();
const hardened = new WeakSet<WebContents>();
let quitting = false;
let kioskCloseAllowed = false;

/** The kind decides permissions (only the kiosk may use the camera), so it is recorded per web contents. */
export function registerWindowKind(win: BrowserWindow, kind: WindowKind): void {
  const id = win.webContents.id;
  kinds.set(id, kind);
  win.webContents.once('destroyed', () => kinds.delete(id));
}

export function windowKindOf(contents: WebContents | null | undefined): WindowKind | undefined {
  return contents ? kinds.get(contents.id) : undefined;
}

/** Once set, windows close normally, including the kiosk. */
export function markQuitting(): void {
  quitting = true;
}

/** The kiosk closes only while this is on; the trainer's PIN unlock (a later issue) will switch it. */
export function allowKioskClose(allowed: boolean): void {
  kioskCloseAllowed = allowed;
}

/**
 * Applied to every web contents the app creates (windows, and anything a page manages to spawn):
 * no pop-ups, no leaving the app's origin, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  // Sub-frames too: an <iframe> of the app's own page must not be steered off the app's origin.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applyPermissionPolicy(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(permissionDecision(permission, windowKindOf(contents), details));
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    permissionDecision(permission, windowKindOf(contents), details),
  );
}

export interface WindowOptions {
  preloadPath: string;
  title: string;
  onLoadError: (err: unknown) => void;
}

function keepTitle(win: BrowserWindow): void {
  // The window title is the translated product name; the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
}

export function createAdminWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: opts.title,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath, 'admin'),
  });
  registerWindowKind(win, 'admin');
  hardenWebContents(win.webContents);
  keepTitle(win);
  win.once('ready-to-show', () => win.show());
  win.loadURL(`${APP_ORIGIN}/`).catch(opts.onLoadError);
  return win;
}

export function createKioskWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    fullscreen: true,
    kiosk: true,
    autoHideMenuBar: true,
    show: false,
    title: opts.title,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath, 'kiosk'),
  });
  // Workers at the door must not reach the menu (reload, language, quit).
  win.removeMenu();
  registerWindowKind(win, 'kiosk');
  hardenWebContents(win.webContents);
  keepTitle(win);
  win.on('close', (event) => {
    if (!quitting && !kioskCloseAllowed) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(`${APP_ORIGIN}/kiosk`).catch(opts.onLoadError);
  return win;
}
