import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly form: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('signin-form');
    this.username = this.form.locator('#username');
    this.password = this.form.locator('#password');
    this.submit = this.form.locator('button[type=submit]');
    this.error = page.getByTestId('signin-error');
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/signin$/);
    await expect(this.form).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.goto('/signin');
    await this.expectShown();
  }

  /** Types the password and presses Enter, as people do. */
  async signIn(password: string, username = 'admin'): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.password.press('Enter');
  }
}
