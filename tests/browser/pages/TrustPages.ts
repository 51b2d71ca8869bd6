import { expect, type Locator, type Page } from '@playwright/test';

/** Signs in as any account (the records helper signs in as admin only) and waits for the home page. */
export async function signInAs(page: Page, username: string, password: string, lang: 'zh-CN' | 'ug' = 'zh-CN'): Promise<void> {
  await page.goto('/signin');
  await page.evaluate((l) => localStorage.setItem('station.language', l), lang);
  await page.reload();
  const form = page.getByTestId('signin-form');
  await form.locator('#username').fill(username);
  await form.locator('#password').fill(password);
  await form.locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
}

/** The open antd dialog (only one at a time on these pages). */
export const dialog = (page: Page): Locator => page.locator('.ant-modal:visible');

/** The backups page: list, back up now, restore, how many to keep. */
export class BackupsScreen {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly staged: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('backups-page');
    this.table = page.getByTestId('backups-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
    this.staged = page.getByTestId('restore-staged');
  }

  async backUp(passphrase?: string, again = passphrase): Promise<void> {
    await this.page.getByTestId('backup-now').click();
    const d = dialog(this.page);
    if (passphrase !== undefined) {
      await d.getByTestId('backup-passphrase').fill(passphrase);
      await d.getByTestId('backup-passphrase-again').fill(again ?? '');
    }
    await d.locator('.ant-modal-footer .ant-btn-primary').click();
  }

  async openRestore(row: number): Promise<Locator> {
    await this.rows.nth(row).getByTestId('backup-restore').click();
    const d = dialog(this.page);
    await expect(d.getByTestId('restore-dialog')).toBeVisible();
    return d;
  }
}

/** The audit log: filters, the table with expandable rows, export. */
export class AuditScreen {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('audit-page');
    this.table = page.getByTestId('audit-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
  }

  /** Picks an option of one of the filter selects by its visible label. */
  async choose(testId: 'audit-action' | 'audit-entity' | 'audit-actor', label: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  async clearFilter(testId: 'audit-action' | 'audit-entity' | 'audit-actor'): Promise<void> {
    await this.page.getByTestId(testId).hover();
    await this.page.getByTestId(testId).locator('.ant-select-clear').click();
  }

  actions(): Locator {
    return this.rows.getByTestId('audit-action-cell');
  }
}

/** The accounts page and its dialogs. */
export class AccountsScreen {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('accounts-page');
    this.rows = page.getByTestId('accounts-table').locator('tbody tr.ant-table-row');
  }

  row(username: string): Locator {
    return this.rows.filter({ hasText: username });
  }

  async create(a: { username: string; displayName: string; password: string; pin?: string }): Promise<void> {
    await this.page.getByTestId('account-create').click();
    const d = dialog(this.page);
    await d.getByTestId('account-username').fill(a.username);
    await d.getByTestId('account-display-name').fill(a.displayName);
    await d.getByTestId('account-password').fill(a.password);
    await d.getByTestId('account-password-again').fill(a.password);
    if (a.pin) {
      await d.getByTestId('account-pin').fill(a.pin);
      await d.getByTestId('account-pin-again').fill(a.pin);
    }
    await d.locator('.ant-modal-footer .ant-btn-primary').click();
  }
}

/** The idle lock's screen. */
export class LockScreen {
  readonly root: Locator;
  readonly password: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('idle-lock');
    this.password = page.getByTestId('idle-lock-password');
    this.error = page.getByTestId('idle-lock-error');
  }

  async unlock(password: string): Promise<void> {
    await this.password.fill(password);
    await this.password.press('Enter');
  }
}
