import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
  permissionDecision,
  resolveAppPath,
  responseSecurityHeaders,
  safeFileName,
  secureWebPreferences,
} from '../../main/electron/security';
import { windowKindFromArgv } from '../../main/electron/window-kind';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/system.ini',
  'http://evil.example/',
  'https://evil.example/app://station/',
  'http://station/',
  'app://other-host/',
  'app://station.evil/',
  'app://evil@station/',
  'app://station:8080/',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://station/abc',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
  '//station/',
];

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows inline styles (antd) but nothing else inline', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('has the image, media, connect and font sources the app needs and no more', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is sent with nosniff on every response', () => {
    expect(responseSecurityHeaders()).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('isAppUrl / isAllowedNavigation', () => {
  it.each(['app://station/', 'app://station/kiosk', 'app://station/print/sign-in-sheet?date=2025-01-02', 'app://station/assets/x.js'])(
    'accepts the app page %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(isAllowedNavigation(url)).toBe(true);
    },
  );

  it.each(HOSTILE_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAppUrl(undefined as unknown as string)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts frames showing the app', () => {
    expect(isTrustedSender('app://station/')).toBe(true);
    expect(isTrustedSender('app://station/kiosk')).toBe(true);
  });

  it.each([...HOSTILE_URLS, undefined, null])('does not trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('permissionDecision', () => {
  const fromApp = { requestingUrl: 'app://station/kiosk' };

  it('lets the kiosk use the camera without the microphone', () => {
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaTypes: ['video'] })).toBe(true);
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaType: 'video' })).toBe(true);
  });

  it('refuses the microphone, or camera plus microphone, even to the kiosk', () => {
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaTypes: ['audio'] })).toBe(false);
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaTypes: [] })).toBe(false);
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaType: 'audio' })).toBe(false);
    expect(permissionDecision('media', 'kiosk', { ...fromApp, mediaType: 'unknown' })).toBe(false);
    expect(permissionDecision('media', 'kiosk', fromApp)).toBe(false);
  });

  it('refuses the camera to the admin and print windows and to unknown web contents', () => {
    expect(permissionDecision('media', 'admin', { ...fromApp, mediaTypes: ['video'] })).toBe(false);
    expect(permissionDecision('media', 'print', { ...fromApp, mediaTypes: ['video'] })).toBe(false);
    expect(permissionDecision('media', undefined, { ...fromApp, mediaTypes: ['video'] })).toBe(false);
  });

  it('refuses the camera to a page that is not the app, even inside the kiosk window', () => {
    expect(permissionDecision('media', 'kiosk', { requestingUrl: 'http://evil/', mediaTypes: ['video'] })).toBe(false);
    expect(permissionDecision('media', 'kiosk', { mediaTypes: ['video'] })).toBe(false);
  });

  it.each(['geolocation', 'notifications', 'display-capture', 'clipboard-read', 'openExternal', 'fullscreen', 'midi', 'usb', 'hid', 'serial'])(
    'refuses %s to every window',
    (permission) => {
      for (const kind of ['admin', 'kiosk', 'print'] as const) {
        expect(permissionDecision(permission, kind, { ...fromApp, mediaTypes: ['video'] })).toBe(false);
      }
    },
  );
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/out/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('tells the preload which window it is in', () => {
    expect(windowKindFromArgv(secureWebPreferences('/p', 'kiosk').additionalArguments)).toBe('kiosk');
    expect(windowKindFromArgv(secureWebPreferences('/p', 'admin').additionalArguments)).toBe('admin');
    expect(windowKindFromArgv(['electron', '--station-window=evil'])).toBe('admin');
    expect(windowKindFromArgv([])).toBe('admin');
  });
});

describe('resolveAppPath', () => {
  const root = join('/opt', 'station', 'renderer');
  const index = join(root, 'index.html');

  it('serves the built files', () => {
    expect(resolveAppPath(root, '/index.html')).toBe(index);
    expect(resolveAppPath(root, '/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, '/assets/%E5%AD%97%E4%BD%93.woff2')).toBe(join(root, 'assets', '字体.woff2'));
  });

  it('gives the kiosk its own page, for /kiosk and everything under it', () => {
    const kiosk = join(root, 'kiosk.html');
    expect(resolveAppPath(root, '/kiosk')).toBe(kiosk);
    expect(resolveAppPath(root, '/kiosk/')).toBe(kiosk);
    expect(resolveAppPath(root, '/kiosk/pair')).toBe(kiosk);
    expect(resolveAppPath(root, '/kiosk.html')).toBe(kiosk);
    // Only the /kiosk folder: a screen whose name begins with "kiosk" is the admin app's.
    expect(resolveAppPath(root, '/kiosks')).toBe(index);
    expect(resolveAppPath(root, '/attendance/kiosk')).toBe(index);
  });

  it('falls back to index.html for the app routes', () => {
    expect(resolveAppPath(root, '/')).toBe(index);
    expect(resolveAppPath(root, '/print/sign-in-sheet')).toBe(index);
    expect(resolveAppPath(root, '/admin/workers/01J0000000000000000000000A/')).toBe(index);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/etc/passwd.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.png',
    '/index.html\0.png',
    '/./index.html',
    '/%',
    'index.html',
    '',
  ])('refuses %j', (path) => {
    expect(resolveAppPath(root, path)).toBeUndefined();
  });

  it('does not double-decode', () => {
    // %252e%252e decodes once to the literal name "%2e%2e", a harmless file name inside the folder.
    expect(resolveAppPath(root, '/%252e%252e/x.js')).toBe(join(root, '%2e%2e', 'x.js'));
  });
});

describe('safeFileName', () => {
  it('keeps ordinary Chinese and Uyghur names', () => {
    expect(safeFileName('签到表 2025-01-02.pdf')).toBe('签到表 2025-01-02.pdf');
    expect(safeFileName('ئىمزا جەدۋىلى.xlsx')).toBe('ئىمزا جەدۋىلى.xlsx');
  });

  it('removes folders and characters file systems refuse', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('C:\\Windows\\x.pdf')).toBe('C__Windows_x.pdf');
    expect(safeFileName('a<b>c:"d|e?f*.pdf')).toBe('a_b_c__d_e_f_.pdf');
    expect(safeFileName('line\nbreak.pdf')).toBe('line_break.pdf');
  });

  it('avoids empty, hidden and reserved names', () => {
    expect(safeFileName('')).toBe('export');
    expect(safeFileName('...')).toBe('export');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('CON')).toBe('export');
    expect(safeFileName('nul.pdf', 'report.pdf')).toBe('report.pdf');
  });

  it('bounds the length but keeps the extension', () => {
    const name = safeFileName('x'.repeat(400) + '.pdf');
    expect(name.length).toBe(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
