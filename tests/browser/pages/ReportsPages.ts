import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOWNLOADS = fileURLToPath(new URL('../../.artifacts/downloads/', import.meta.url));

/** The reports area: a tab per screen, figures, tables and the files they export. */
export class ReportsArea {
  constructor(readonly page: Page) {}

  async open(path: string, root: string): Promise<Locator> {
    await this.page.goto(path);
    const el = this.page.getByTestId(root);
    await expect(el).toBeVisible();
    return el;
  }

  total(name: string): Locator {
    return this.page.getByTestId(`total-${name}`).locator('.ant-statistic-content');
  }

  /** Rows of a table by its test id (data rows only). */
  rows(testId: string): Locator {
    return this.page.getByTestId(testId).locator('tbody tr.ant-table-row');
  }

  /** Clicks an export button and keeps the file under tests/.artifacts/downloads. */
  async download(click: () => Promise<void>): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    return this.keep(download);
  }

  private async keep(d: Download): Promise<{ path: string; name: string }> {
    mkdirSync(DOWNLOADS, { recursive: true });
    const path = join(DOWNLOADS, d.suggestedFilename());
    await d.saveAs(path);
    return { path, name: d.suggestedFilename() };
  }

  /** Picks a file in an antd Upload by the button's test id. */
  async upload(testId: string, file: { name: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(testId).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.buffer });
  }
}
