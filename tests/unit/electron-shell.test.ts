import { EventEmitter } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../main/app/core';
import type { Logger } from '../../main/lib/log';
import { DatabaseTooNewError } from '../../main/db/errors';
import { DATABASE_FILE } from '../../main/lib/paths';
import { setUp } from '../support/callers';
import { addWorkers } from '../support/roster';

/**
 * The shell's wiring with Electron replaced by small fakes that record what the shell asked for.
 * Each fake keeps the handlers the shell registers, so the tests can fire them like Electron would.
 */
const fake = vi.hoisted(() => {
  type Fn = (...args: never[]) => unknown;
  class Emitter {
    handlers = new Map<string, Fn[]>();
    on(name: string, fn: Fn) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: Fn) {
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.handlers.get(name) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
    }
  }

  let nextId = 1;
  class FakeWebContents extends Emitter {
    id = nextId++;
    url = '';
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    sent: { channel: string; payload: unknown }[] = [];
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = fn;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return false;
    }
    pdfOptions: unknown[] = [];
    executeJavaScript(code: string) {
      return Promise.resolve(code.includes('fonts') ? true : null);
    }
    printToPDF(options: unknown) {
      this.pdfOptions.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
    }
  }

  class FakeBrowserWindow extends Emitter {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows() {
      return FakeBrowserWindow.instances;
    }
    static fromWebContents(contents: FakeWebContents) {
      return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
    }
    webContents = new FakeWebContents();
    calls: string[] = [];
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
    loadURL(url: string) {
      this.webContents.url = url;
      setTimeout(() => this.webContents.emit('did-finish-load'), 0);
      return Promise.resolve();
    }
    destroy() {
      this.calls.push('destroy');
      this.webContents.emit('destroyed');
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.calls.push('restore');
      this.minimized = false;
    }
    show() {
      this.calls.push('show');
    }
    focus() {
      this.calls.push('focus');
    }
    removeMenu() {
      this.calls.push('removeMenu');
    }
    setTitle(title: string) {
      this.calls.push(`setTitle:${title}`);
    }
  }

  const state = {
    lockGranted: true,
    app: new Emitter(),
    quitCalls: 0,
    paths: new Map<string, string>(),
    errorBoxes: [] as { title: string; content: string }[],
    menus: [] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[][],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    requestHandler: undefined as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void)
      | undefined,
    checkHandler: undefined as ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined,
    schemes: [] as unknown[],
    savePath: undefined as string | undefined,
    saveDialogs: [] as { defaultPath?: string }[],
  };

  const app = {
    setPath: (name: string, value: string) => state.paths.set(name, value),
    getPath: (name: string) => state.paths.get(name) ?? `/fake/${name}`,
    requestSingleInstanceLock: () => state.lockGranted,
    quit: () => {
      state.quitCalls++;
    },
    on: (name: string, fn: never) => state.app.on(name, fn),
    whenReady: () => Promise.resolve(),
    getPreferredSystemLanguages: () => ['en-US'],
    getVersion: () => '9.9.9',
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showSaveDialog: (...args: { defaultPath?: string }[]) => {
        const options = args[args.length - 1] ?? {};
        state.saveDialogs.push(options);
        return Promise.resolve(state.savePath ? { canceled: false, filePath: state.savePath } : { canceled: true });
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.requestHandler) => {
          state.requestHandler = fn;
        },
        setPermissionCheckHandler: (fn: typeof state.checkHandler) => {
          state.checkHandler = fn;
        },
      },
    },
    shell: { openPath: () => Promise.resolve('') },
    webContents: {
      fromId: (id: number) => FakeBrowserWindow.instances.find((w) => w.webContents.id === id)?.webContents,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: () => undefined,
    },
    net: { fetch: () => Promise.reject(new Error('not in tests')) },
    ipcMain: {
      handle: (channel: string, fn: (...args: unknown[]) => unknown) => state.ipcHandlers.set(channel, fn),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: (typeof state.menus)[number]) => state.menus.push(menu),
    },
  };

  function reset() {
    state.lockGranted = true;
    state.app = new Emitter();
    state.quitCalls = 0;
    state.paths.clear();
    state.errorBoxes = [];
    state.menus = [];
    state.ipcHandlers.clear();
    state.requestHandler = undefined;
    state.checkHandler = undefined;
    state.schemes = [];
    state.savePath = undefined;
    state.saveDialogs = [];
    FakeBrowserWindow.instances = [];
  }

  return { electron, state, reset, FakeBrowserWindow };
});

vi.mock('electron', () => fake.electron);

const BUNDLE = join('/opt', 'station', 'out', 'electron');
let dir: string;
let realOpenCore: (opts: CoreOptions) => Core;
let opened: { opts: CoreOptions; core: Core; closeCalls: number }[];
let errors: { event: string; fields: Record<string, unknown> | undefined }[];
let processEvents: EventEmitter;

const quietLog = (): Logger => ({
  info: () => undefined,
  warn: () => undefined,
  error: (event, fields) => errors.push({ event, fields }),
});

function openCoreSpy(opts: CoreOptions): Core {
  const core = realOpenCore({ ...opts, log: quietLog() });
  const record = { opts, core, closeCalls: 0 };
  const close = core.close.bind(core);
  core.close = () => {
    record.closeCalls++;
    close();
  };
  opened.push(record);
  return core;
}

async function start(overrides: { openCore?: (opts: CoreOptions) => Core } = {}) {
  // Fresh modules each time: windows.ts keeps per-process state (quitting, window kinds).
  vi.resetModules();
  const { startShell } = await import('../../main/electron/shell');
  const shell = startShell({
    openCore: overrides.openCore ?? openCoreSpy,
    argv: ['electron', 'main.cjs'],
    env: { STATION_DATA: join(dir, 'data') },
    platform: 'linux',
    home: join(dir, 'home'),
    bundleDir: BUNDLE,
    processEvents,
  });
  await shell.ready;
  return shell;
}

const windows = () => fake.FakeBrowserWindow.instances;
const adminWindow = () => {
  const w = windows()[0];
  if (!w) throw new Error('no admin window was created');
  return w;
};

function preventable() {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

function askPermission(contents: unknown, permission: string, details: Record<string, unknown>): boolean {
  let answer: boolean | undefined;
  fake.state.requestHandler?.(contents, permission, (granted) => (answer = granted), details);
  if (answer === undefined) throw new Error('the permission request was not answered');
  return answer;
}

beforeEach(async () => {
  fake.reset();
  dir = mkdtempSync(join(tmpdir(), 'station-shell-'));
  opened = [];
  errors = [];
  processEvents = new EventEmitter();
  realOpenCore = (await import('../../main/app/core')).openCore;
});

afterEach(() => {
  for (const o of opened) o.core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startShell', () => {
  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    fake.state.lockGranted = false;
    await start();
    expect(fake.state.quitCalls).toBe(1);
    expect(opened).toHaveLength(0);
    expect(windows()).toHaveLength(0);
  });

  it('sets the user-data folder before asking for the lock, and opens the core in the data folder', async () => {
    await start();
    expect(fake.state.paths.get('userData')).toBe(join(dir, 'home', '.config', 'upgrade-station'));
    expect(opened.map((o) => o.opts.dataDir)).toEqual([join(dir, 'data')]);
    expect(fake.state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.state.quitCalls).toBe(0);
  });

  it('opens the admin window with the locked-down web preferences on app://station/', async () => {
    await start();
    expect(windows()).toHaveLength(1);
    const win = adminWindow();
    expect(win.options).toMatchObject({ width: 1280, height: 800, show: false, title: '提升站' });
    expect(win.options.webPreferences).toMatchObject({
      preload: join(BUNDLE, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      additionalArguments: ['--station-window=admin'],
    });
    expect(win.webContents.url).toBe('app://station/');
    expect(win.calls).not.toContain('show');
    win.emit('ready-to-show');
    expect(win.calls).toContain('show');
  });

  it('denies window.open and navigation away from the app', async () => {
    await start();
    const contents = adminWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'http://evil/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://station/kiosk' })).toEqual({ action: 'deny' });

    const away = preventable();
    contents.emit('will-navigate', Object.assign(away, { url: 'http://evil/' }));
    expect(away.defaultPrevented).toBe(true);
    const redirect = preventable();
    contents.emit('will-redirect', Object.assign(redirect, { url: 'file:///etc/passwd' }));
    expect(redirect.defaultPrevented).toBe(true);
    const frame = preventable();
    contents.emit('will-frame-navigate', Object.assign(frame, { url: 'https://evil.example/', isMainFrame: false }));
    expect(frame.defaultPrevented).toBe(true);
    const inside = preventable();
    contents.emit('will-navigate', Object.assign(inside, { url: 'app://station/kiosk' }));
    expect(inside.defaultPrevented).toBe(false);
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('guards web contents it did not create itself', async () => {
    await start();
    const stray = new fake.FakeBrowserWindow({}).webContents;
    fake.state.app.emit('web-contents-created', {}, stray);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies geolocation and notifications, and the camera outside the kiosk', async () => {
    await start();
    const contents = adminWindow().webContents;
    const details = { requestingUrl: 'app://station/', isMainFrame: true };
    expect(askPermission(contents, 'geolocation', details)).toBe(false);
    expect(askPermission(contents, 'notifications', details)).toBe(false);
    expect(askPermission(contents, 'media', { ...details, mediaTypes: ['video'] })).toBe(false);
    expect(fake.state.checkHandler?.(contents, 'geolocation', 'app://station', details)).toBe(false);
  });

  it('opens the kiosk from the menu: full screen, no menu, camera only, and not closable', async () => {
    await start();
    const file = fake.state.menus.at(-1)?.[0];
    // The station's language (Chinese by default), not the system's English, once the core is open.
    expect(file?.label).toBe('文件');
    file?.submenu?.find((i) => i.label === '打开签到窗口')?.click?.();
    const kiosk = windows()[1];
    if (!kiosk) throw new Error('no kiosk window');
    expect(kiosk.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(kiosk.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, additionalArguments: ['--station-window=kiosk'] });
    expect(kiosk.calls).toContain('removeMenu');
    expect(kiosk.webContents.url).toBe('app://station/kiosk');

    const camera = { requestingUrl: 'app://station/kiosk', isMainFrame: true, mediaTypes: ['video'] };
    expect(askPermission(kiosk.webContents, 'media', camera)).toBe(true);
    expect(askPermission(kiosk.webContents, 'media', { ...camera, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(askPermission(kiosk.webContents, 'geolocation', camera)).toBe(false);

    const close = preventable();
    kiosk.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    fake.state.app.emit('before-quit');
    const closeOnQuit = preventable();
    kiosk.emit('close', closeOnQuit);
    expect(closeOnQuit.defaultPrevented).toBe(false);
  });

  it('brings the admin window back when a second instance starts', async () => {
    await start();
    const win = adminWindow();
    win.minimized = true;
    win.calls = [];
    fake.state.app.emit('second-instance', {}, ['electron'], '/');
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
    expect(windows()).toHaveLength(1);
  });

  it('answers IPC from the app only, keeping the session token in main', async () => {
    await start();
    const handler = fake.state.ipcHandlers.get('station:call');
    if (!handler) throw new Error('station:call is not handled');
    const sender = adminWindow().webContents;
    const event = (url: string) => ({ sender, senderFrame: { url } });
    expect(await handler(event('app://station/'), 'app.info', {})).toMatchObject({ ok: true, value: { needsSetup: true } });
    expect(await handler(event('http://evil/'), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const setUp = await handler(event('app://station/'), 'setup.init', { stationName: '工地', adminPassword: 'long enough' });
    expect(setUp).toMatchObject({ ok: true, value: { account: { role: 'admin' } } });
    expect((setUp as { value: object }).value).not.toHaveProperty('token');
    expect(await handler(event('app://station/'), 'auth.whoami', {})).toMatchObject({ ok: true, value: { role: 'admin' } });
    // setup.done reaches the app's window as a station:event.
    expect(sender.sent.map((s) => s.channel)).toContain('station:event');
  });

  it('prints a /print/ route to PDF in a hidden, locked-down window, for signed-in windows only', async () => {
    await start();
    const handler = fake.state.ipcHandlers.get('station:call');
    if (!handler) throw new Error('station:call is not handled');
    const sender = adminWindow().webContents;
    const event = { sender, senderFrame: { url: 'app://station/' } };
    const job = { path: '/print/sign-in-sheet?date=2025-01-02', fileName: '签到表/2025.pdf' };
    expect(await handler(event, 'host.printToPdf', job)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(windows()).toHaveLength(1);

    await handler(event, 'setup.init', { stationName: '工地', adminPassword: 'long enough' });
    fake.state.savePath = join(dir, 'saved.pdf');
    expect(await handler(event, 'host.printToPdf', job)).toEqual({ ok: true, value: { saved: true, fileName: 'saved.pdf' } });

    const print = windows()[1];
    if (!print) throw new Error('no print window');
    expect(print.options).toMatchObject({ show: false });
    expect(print.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(print.webContents.url).toBe('app://station/print/sign-in-sheet?date=2025-01-02');
    expect(print.webContents.pdfOptions).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(print.calls).toContain('destroy');
    expect(fake.state.saveDialogs[0]?.defaultPath).toBe(join('/fake/documents', '签到表_2025.pdf'));
    expect(readFileSync(join(dir, 'saved.pdf'), 'utf8')).toBe('%PDF-1.7 stand-in');
  });

  it('rebuilds the menu in the new language when the setting changes', async () => {
    await start();
    const language = fake.state.menus.at(-1)?.[2];
    expect(fake.state.menus.at(-1)?.[0]?.label).toBe('文件');
    language?.submenu?.find((i) => i.label === 'English')?.click?.();
    await vi.waitFor(() => expect(fake.state.menus.at(-1)?.[0]?.label).toBe('File'));
    expect(adminWindow().calls).toContain('setTitle:Upgrade Station');
    expect(opened[0]?.core.settings.get().uiLanguage).toBe('en');
  });

  it('opens at once on a damaged database, then shows the damage and quits when the background check fails, writing nothing', async () => {
    // A station with records and a good backup, closed, then three pages overwritten as a failing disk would.
    const dataDir = join(dir, 'data');
    const before = realOpenCore({ dataDir, log: quietLog() });
    await setUp(before);
    before.db.transaction(() => addWorkers(before, before.stations.first()!.id, Array.from({ length: 2000 }, () => ({ name: '李四' }))))();
    await before.backups.create('manual');
    before.close();
    const file = join(dataDir, DATABASE_FILE);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0xa5), 0, 3 * 4096, Math.floor(statSync(file).size / 2 / 4096) * 4096);
    closeSync(fd);
    const damaged = readFileSync(file);

    // The shell asks for the background check; this small station gets it as a big one would.
    let asked: CoreOptions['checkInBackground'];
    await start({
      openCore: (opts) => {
        asked = opts.checkInBackground;
        return openCoreSpy({ ...opts, checkInBackground: { aboveBytes: 0 } });
      },
    });
    expect(asked).toBe(true);
    expect(windows()).toHaveLength(1);
    await vi.waitFor(() => expect(fake.state.errorBoxes).toHaveLength(1), { timeout: 20_000 });
    expect(fake.state.errorBoxes[0]!.content).toMatch(/station-.*\.sqlite/);
    expect(fake.state.quitCalls).toBe(1);
    // The quit that follows closes the core without a backup of the damaged file or a checkpoint into it.
    fake.state.app.emit('before-quit');
    fake.state.app.emit('will-quit', preventable());
    await vi.waitFor(() => expect(fake.state.quitCalls).toBe(2), { timeout: 10_000 });
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(readFileSync(file).equals(damaged)).toBe(true);
  }, 90_000);

  it('holds the quit for the on-quit backup, then closes the core exactly once and quits again', async () => {
    await start();
    fake.state.app.emit('before-quit');
    const first = preventable();
    const second = preventable();
    fake.state.app.emit('will-quit', first);
    fake.state.app.emit('will-quit', second);
    expect(first.defaultPrevented).toBe(true);
    expect(second.defaultPrevented).toBe(true);
    expect(fake.state.ipcHandlers.has('station:call')).toBe(false);
    await vi.waitFor(() => expect(fake.state.quitCalls).toBe(1), { timeout: 10_000 });
    expect(opened).toHaveLength(1);
    expect(opened[0]?.closeCalls).toBe(1);
    // The quit backup was made before the core closed; the data folder is free again.
    expect(readdirSync(join(dir, 'data', 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(existsSync(join(dir, 'data', 'station.lock'))).toBe(false);
    // The app's own second quit goes through.
    const last = preventable();
    fake.state.app.emit('will-quit', last);
    expect(last.defaultPrevented).toBe(false);
    expect(opened[0]?.closeCalls).toBe(1);
  });

  it('shows the database error and quits without opening a window', async () => {
    const tooNew = new DatabaseTooNewError(99, 3);
    await start({
      openCore: () => {
        throw tooNew;
      },
    });
    expect(fake.state.errorBoxes).toEqual([{ title: 'Upgrade Station cannot start', content: tooNew.message }]);
    expect(fake.state.quitCalls).toBe(1);
    expect(windows()).toHaveLength(0);
  });

  it('logs unhandled errors to the core log and keeps running', async () => {
    await start();
    processEvents.emit('unhandledRejection', new Error('lost promise'));
    processEvents.emit('uncaughtException', new TypeError('oops'));
    expect(errors.map((e) => e.event)).toEqual(['shell.unhandledRejection', 'shell.uncaughtException']);
    expect(fake.state.quitCalls).toBe(0);
  });
});
