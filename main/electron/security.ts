import { CSP_HEADER } from '../../shared/contract/csp';
import { isAbsolute, join, relative, sep } from 'node:path';
import { WINDOW_ARG, type BridgeWindow } from './window-kind';
import { pageFor } from '../../shared/contract/pages';

/**
 * The shell's security rules as pure functions, so each one has a unit test that runs without
 * Electron. Nothing here imports 'electron'; the modules that wire Electron call these.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'station';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type WindowKind = 'admin' | 'kiosk' | 'print';

export function contentSecurityPolicy(): string {
  return CSP_HEADER;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for the app's own origin: the custom scheme, the one host, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  const u = parse(url);
  return (
    u !== undefined &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Windows may only move between the app's own pages; anything else (a pasted link, a redirect) stays put. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** IPC is answered only for frames showing the app itself, never for a frame some page managed to load. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

export interface PermissionDetails {
  /** From a permission request: what a getUserMedia call asks for. */
  mediaTypes?: readonly string[];
  /** From a permission check. */
  mediaType?: string;
  requestingUrl?: string;
  securityOrigin?: string;
}

/**
 * Everything is denied except the camera (video only, no microphone) for the kiosk window, which
 * photographs workers at sign-in. A request from any page other than the app is denied too.
 */
export function permissionDecision(permission: string, windowKind: WindowKind | undefined, details: PermissionDetails): boolean {
  if (permission !== 'media' || windowKind !== 'kiosk') return false;
  const from = details.requestingUrl ?? details.securityOrigin;
  if (from === undefined || !isAppUrl(from)) return false;
  if (details.mediaTypes !== undefined) {
    return details.mediaTypes.length > 0 && details.mediaTypes.every((t) => t === 'video');
  }
  return details.mediaType === 'video';
}

/** Structurally a subset of Electron's WebPreferences, spelled out so the choice of each is visible and tested. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  additionalArguments: string[];
}

export function secureWebPreferences(preloadPath: string, windowKind: BridgeWindow = 'admin'): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A file dropped on a window would otherwise replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    additionalArguments: [`${WINDOW_ARG}${windowKind}`],
  };
}

/**
 * Maps an app:// path to a file inside the built renderer, or undefined when the path tries to leave
 * it. Paths without an extension are screens: /kiosk and /kiosk/* get the kiosk's own page (kiosk.html),
 * the rest the admin app (index.html).
 */
export function resolveAppPath(rendererDir: string, urlPath: string): string | undefined {
  if (typeof urlPath !== 'string' || !urlPath.startsWith('/')) return undefined;
  if (/[\\\0]|%5c|%00/i.test(urlPath)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  const last = segments[segments.length - 1];
  if (last === undefined || !last.includes('.')) return join(rendererDir, pageFor(decoded));
  const file = join(rendererDir, ...segments);
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return file;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A suggested export name made safe for any file system: no folders, no control or reserved
 * characters, not a reserved Windows device name, bounded length. Chinese and Uyghur letters stay.
 */
export function safeFileName(name: string, fallback = 'export'): string {
  // eslint-disable-next-line no-control-regex
  let out = String(name).replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  out = out.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (out.length > 150) {
    const dot = out.lastIndexOf('.');
    const ext = dot > 0 && out.length - dot <= 10 ? out.slice(dot) : '';
    out = out.slice(0, 150 - ext.length) + ext;
  }
  if (out === '' || WINDOWS_RESERVED.test(out)) return fallback;
  return out;
}

/** Headers on every app:// response. */
export function responseSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
}
