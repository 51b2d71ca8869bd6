import { damageText } from '../app/damage-text';
import { DamagedDatabaseError } from '../db/errors';
import { acquireDataLock, type DataLock } from '../app/lock';
import { app, BrowserWindow, dialog, session, shell, webContents } from 'electron';
import { join } from 'node:path';
import type { Caller } from '../../shared/contract/access';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/resources';
import type { Core, CoreOptions } from '../app/core';
import { holdQuitFor, startHostLifecycle, type HostLifecycle } from '../app/shutdown';
import { dispatch } from '../app/dispatch';
import { createLogger, describeError, type Logger } from '../lib/log';
import { userDataDir } from '../lib/paths';
import type { HostServices } from './call-router';
import { shellDataDir } from './data-arg';
import { followTabletSetting, type TabletHost } from './lan';
import { printToPdf, saveExport } from './exports';
import { registerIpc, type IpcRegistration } from './ipc';
import { installMenu } from './menu';
import { languageFromLocales, type MenuActions } from './menu-template';
import { registerAppScheme, serveRenderer } from './protocol';
import {
  allowKioskClose,
  applyPermissionPolicy,
  createAdminWindow,
  createKioskWindow,
  hardenWebContents,
  markQuitting,
} from './windows';

export interface ShellDeps {
  openCore: (opts: CoreOptions) => Core;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  /** The folder of the bundled main.cjs (out/electron); preload.cjs sits beside it, the renderer one up. */
  bundleDir: string;
  /** Where unhandled errors are reported from; the process itself in production. */
  processEvents: Pick<NodeJS.EventEmitter, 'on'>;
}

export interface Shell {
  /** Settles once start-up has finished (or failed and asked the app to quit). */
  ready: Promise<void>;
}

/** The menu's language switch acts as the station itself: whoever sits at the desktop app owns it. */
const INTERNAL_ADMIN: Caller = { role: 'admin', via: 'internal' };

/**
 * The desktop app's composition: single instance, user-data and data folders, the app:// scheme,
 * the core, IPC, menu and windows, and a clean shutdown. Electron's pieces come from the 'electron'
 * module so a unit test can mock it; everything else is passed in.
 */
export function startShell(deps: ShellDeps): Shell {
  // The single-instance lock lives in the user-data folder, so that folder is set before asking for it.
  const userData = userDataDir(deps.platform, deps.env, deps.home);
  app.setPath('userData', userData);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve() };
  }
  registerAppScheme();

  const dataDir = shellDataDir(deps.argv, deps.env, userData);
  const preloadPath = join(deps.bundleDir, 'preload.cjs');
  const rendererDir = join(deps.bundleDir, '..', 'renderer');
  const stderrLog: Logger = createLogger({ stderr: true });

  let core: Core | undefined;
  let dataLock: DataLock | undefined;
  let admin: BrowserWindow | undefined;
  let kiosk: BrowserWindow | undefined;
  let ipc: IpcRegistration | undefined;
  let stopMenuUpdates: (() => void) | undefined;
  let lifecycle: HostLifecycle | undefined;
  let shutDown = false;

  const log = (): Logger => core?.log ?? stderrLog;
  const language = (): Language => core?.settings.get().uiLanguage ?? languageFromLocales(app.getPreferredSystemLanguages());
  const title = () => translate(language(), 'app.name');
  const onLoadError = (err: unknown) => log().error('shell.loadFailed', describeError(err));

  const openAdmin = () => {
    if (admin && !admin.isDestroyed()) {
      if (admin.isMinimized()) admin.restore();
      admin.show();
      admin.focus();
      return;
    }
    admin = createAdminWindow({ preloadPath, title: title(), onLoadError });
  };

  const openKiosk = () => {
    if (kiosk && !kiosk.isDestroyed()) {
      kiosk.focus();
      return;
    }
    kiosk = createKioskWindow({ preloadPath, title: title(), onLoadError });
  };

  let tablets: TabletHost | undefined;
  // Requests stop first (tablets, IPC), then the quit backup, then the core closes and the lock goes.
  const stopTakingRequests = () => {
    tablets?.stop();
    stopMenuUpdates?.();
    ipc?.dispose();
  };
  const shutdown = async () => {
    if (shutDown) return;
    shutDown = true;
    if (lifecycle) return lifecycle.shutdown();
    stopTakingRequests();
    core?.close();
    dataLock?.release();
  };

  const actions: MenuActions = {
    openKiosk,
    quit: () => app.quit(),
    setLanguage: (uiLanguage) => {
      const c = core;
      if (!c) return;
      void dispatch(c, INTERNAL_ADMIN, 'settings.update', { uiLanguage }).then((result) => {
        // On success the settings.changed event rebuilds the menu; on failure the radio must snap back.
        if (!result.ok) {
          log().warn('shell.languageNotChanged', { code: result.error.code });
          installMenu(language(), actions);
        }
      });
    },
    about: () => {
      const lang = language();
      const product = translate(lang, 'app.name');
      void dialog.showMessageBox({
        type: 'info',
        title: translate(lang, 'menu.about', { product }),
        message: product,
        detail: translate(lang, 'dialog.about.detail', { version: app.getVersion() }),
        buttons: [translate(lang, 'dialog.ok')],
      });
    },
    openDataFolder: () => {
      void shell.openPath(dataDir).then((error) => {
        if (error) log().warn('shell.openDataFolderFailed', { error });
      });
    },
  };

  const host: HostServices = {
    saveFile: (senderId, file) => saveExport(file, { lang: language(), parent: windowOf(senderId) }),
    printToPdf: (senderId, job) =>
      printToPdf(job.path, job.fileName, {
        lang: language(),
        parent: windowOf(senderId),
        preloadPath,
        adopt: (contents) => ipc?.adopt(senderId, contents),
      }),
    closeKiosk: async () => {
      if (!kiosk || kiosk.isDestroyed()) return { closed: false };
      allowKioskClose(true);
      kiosk.close();
      allowKioskClose(false);
      return { closed: true };
    },
  };
  app.on('second-instance', openAdmin);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', markQuitting);
  app.on('will-quit', holdQuitFor(shutdown, () => app.quit()));
  app.on('window-all-closed', () => app.quit());
  deps.processEvents.on('unhandledRejection', (reason: unknown) => log().error('shell.unhandledRejection', describeError(reason)));
  deps.processEvents.on('uncaughtException', (err: unknown) => log().error('shell.uncaughtException', describeError(err)));

  const ready = app.whenReady().then(() => {
    try {
      // The data folder is this app's while it runs: station serve and a CLI restore refuse it.
      dataLock = acquireDataLock(dataDir, 'the desktop app');
      // The window opens at once; the start-up quick check runs behind it (app/integrity.ts).
      core = deps.openCore({ dataDir, lock: dataLock, checkInBackground: true });
    } catch (err) {
      dataLock?.release();
      // DatabaseTooNewError, NotAStationDatabaseError and DataFolderError carry one sentence a person
      // can act on; the file is left exactly as it was.
      const lang = language();
      dialog.showErrorBox(
        translate(lang, 'dialog.startupFailed.title', { product: translate(lang, 'app.name') }),
        err instanceof DamagedDatabaseError ? damageText(lang, err.report) : err instanceof Error ? err.message : String(err),
      );
      app.quit();
      return;
    }
    const opened = core;
    const lock = dataLock;
    opened.log.info('shell.started', { version: app.getVersion() });
    // Daily backups while the app runs, and one on quit before the database closes.
    // A database the background check finds damaged is refused as it would have been at start.
    // A station enrolled at a hub pushes in the background; nothing on screen waits for it.
    const hubPush = opened.hubSync.background((event, data) => opened.log.info(event, data));
    hubPush.start();
    lifecycle = startHostLifecycle(opened, {
      before: () => {
        hubPush.stop();
        return stopTakingRequests();
      },
      after: () => lock.release(),
      onDamaged: (err) => {
        const lang = language();
        dialog.showErrorBox(translate(lang, 'dialog.startupFailed.title', { product: translate(lang, 'app.name') }), damageText(lang, err.report));
        app.quit();
      },
    });
    serveRenderer(rendererDir);
    applyPermissionPolicy(session.defaultSession);
    ipc = registerIpc(opened, host);
    installMenu(language(), actions);
    stopMenuUpdates = opened.events.subscribe((event) => {
      if (event.type !== 'settings.changed') return;
      installMenu(language(), actions);
      for (const win of BrowserWindow.getAllWindows()) win.setTitle(title());
    });
    tablets = followTabletSetting(opened, rendererDir, (reason) =>
      dialog.showErrorBox(translate(language(), 'dialog.tabletsFailed.title'), translate(language(), 'dialog.tabletsFailed.detail', { reason })),
    );
    openAdmin();
  });

  return { ready };
}

function windowOf(senderId: number): BrowserWindow | null {
  const contents = webContents.fromId(senderId);
  return contents ? BrowserWindow.fromWebContents(contents) : null;
}
