import { app, BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { HostSaveResult } from '../../shared/contract/host-channels';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/resources';
import { APP_ORIGIN, safeFileName, secureWebPreferences } from './security';
import { hardenWebContents, registerWindowKind } from './windows';

const FILTER_KEYS: Record<string, string> = { '.pdf': 'dialog.filter.pdf', '.xlsx': 'dialog.filter.xlsx', '.csv': 'dialog.filter.csv' };
const LOAD_TIMEOUT_MS = 30_000;
/** How long a print page may keep saying it is still loading its data. */
const READY_TIMEOUT_MS = 15_000;

export interface SaveOptions {
  lang: Language;
  parent?: BrowserWindow | null;
}

function filters(fileName: string, lang: Language): FileFilter[] {
  const ext = extname(fileName).toLowerCase();
  const all = { name: translate(lang, 'dialog.filter.all'), extensions: ['*'] };
  const key = FILTER_KEYS[ext];
  return key ? [{ name: translate(lang, key), extensions: [ext.slice(1)] }, all] : [all];
}

/** Asks where to save (starting in Documents) and writes the bytes; cancelling is `saved: false`. */
export async function saveExport(file: { fileName: string; bytes: Uint8Array }, opts: SaveOptions): Promise<HostSaveResult> {
  const name = safeFileName(file.fileName);
  const options = {
    title: translate(opts.lang, 'dialog.save.title'),
    defaultPath: join(app.getPath('documents'), name),
    filters: filters(name, opts.lang),
  };
  const choice = opts.parent ? await dialog.showSaveDialog(opts.parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, file.bytes);
  return { saved: true, fileName: basename(choice.filePath) };
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Print pages fetch their data after load; one that marks <html data-print-state="loading"> is
 * waited for until it changes. Pages that do not use the marker print right after load.
 */
async function waitUntilReady(contents: WebContents): Promise<void> {
  await contents.executeJavaScript('document.fonts.ready.then(() => true)');
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state: unknown = await contents.executeJavaScript("document.documentElement.getAttribute('data-print-state')");
    if (state !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The print page did not finish loading its data');
}

export interface PrintOptions extends SaveOptions {
  preloadPath: string;
  /** Lets the hidden window call the core as the window that asked for the print. */
  adopt: (contents: WebContents) => void;
}

/** Renders a print route in a hidden, equally locked-down window and saves it as an A4 PDF. */
export async function printToPdf(routePath: string, fileName: string, opts: PrintOptions): Promise<HostSaveResult> {
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: secureWebPreferences(opts.preloadPath, 'admin'),
  });
  let pdf: Uint8Array;
  try {
    registerWindowKind(win, 'print');
    hardenWebContents(win.webContents);
    opts.adopt(win.webContents);
    const loaded = new Promise<void>((resolve, reject) => {
      win.webContents.once('did-finish-load', () => resolve());
      win.webContents.once('did-fail-load', (_event, code, description) =>
        reject(new Error(`The print page failed to load (${code} ${description})`)),
      );
    });
    win.loadURL(`${APP_ORIGIN}${routePath}`).catch(() => undefined);
    await timeout(loaded, LOAD_TIMEOUT_MS, 'Loading the print page');
    await waitUntilReady(win.webContents);
    // The page's own @page rule (A4 landscape for the status table, margins, footer) wins over the default.
    pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
  return saveExport({ fileName, bytes: pdf }, opts);
}
