import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const DIR = fileURLToPath(new URL('../../.artifacts/screenshots/', import.meta.url));

/** Where screenshots (and other pictures to look at, such as PDF pages) go. */
export const SCREENSHOT_DIR = DIR;

/** A still picture for a person to look at: no hover left over from the last click, no half-run transition. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${DIR}${name}.png`, fullPage, animations: 'disabled' });
}
