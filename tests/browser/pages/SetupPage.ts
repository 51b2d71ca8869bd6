import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run setup screen. Fields are found by their position-independent labels' form names. */
export class SetupPage {
  readonly form: Locator;
  readonly stationName: Locator;
  readonly adminName: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('setup-form');
    this.stationName = this.form.locator('#stationName');
    this.adminName = this.form.locator('#adminName');
    this.password = this.form.locator('#adminPassword');
    this.confirm = this.form.locator('#confirmPassword');
    this.submit = this.form.locator('button[type=submit]');
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/setup$/);
    await expect(this.form).toBeVisible();
  }

  /** The validation message under one field. */
  errorOf(field: 'stationName' | 'adminName' | 'adminPassword' | 'confirmPassword'): Locator {
    return this.form.locator(`#${field}_help .ant-form-item-explain-error:not(.ant-form-show-help-item-leave)`);
  }

  async fill(values: { stationName: string; adminName?: string; password: string; confirm?: string }): Promise<void> {
    await this.stationName.fill(values.stationName);
    await this.adminName.fill(values.adminName ?? '李建国');
    await this.password.fill(values.password);
    await this.confirm.fill(values.confirm ?? values.password);
  }
}
