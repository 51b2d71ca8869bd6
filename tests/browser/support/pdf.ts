import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './screenshots';

/** Where the PDFs of the print views land (beside the screenshots, outside Playwright's emptied outputDir). */
export const PDF_DIR = fileURLToPath(new URL('../../.artifacts/print/', import.meta.url));

export interface RenderedPdf {
  file: string;
  bytes: number;
  pages: number;
  /** Page size in points, from pdfinfo. */
  width: number;
  height: number;
  /** The whole text, laid out (pdftotext -layout). */
  text: string;
  /** The text in the order it was drawn (pdftotext -raw): a wrapped cell's lines stay together. */
  raw: string;
  /** One page's text (1-based). */
  pageText(n: number): string;
  /** The PNGs pdftoppm made, one per page, for a person to look at. */
  pngs: string[];
}

/** Waits for the print handshake, prints the page as Chromium does for the desktop app, and reads it back with poppler. */
export async function renderPdf(page: Page, name: string, opts: { landscape?: boolean } = {}): Promise<RenderedPdf> {
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 15_000 });
  mkdirSync(PDF_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = `${PDF_DIR}${name}.pdf`;
  const bytes = await page.pdf({ format: 'A4', landscape: opts.landscape ?? false, printBackground: true, preferCSSPageSize: true });
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const prefix = `pdf-${name}`;
  for (const old of readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${prefix}-`))) rmSync(`${SCREENSHOT_DIR}${old}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${SCREENSHOT_DIR}${prefix}`]);
  const pngs = readdirSync(SCREENSHOT_DIR)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => `${SCREENSHOT_DIR}${f}`);
  return {
    file,
    bytes: bytes.length,
    pages,
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    text,
    raw: execFileSync('pdftotext', ['-raw', file, '-']).toString(),
    pageText: (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString(),
    pngs,
  };
}

/** Text with every run of white space removed, for phrases a table cell may have wrapped. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
