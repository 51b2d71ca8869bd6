import { expect, type Locator, type Page } from '@playwright/test';
import { type Language, LANGUAGE_NAMES } from '../../../shared/i18n/languages';

export class SettingsPage {
  readonly root: Locator;
  readonly languageCard: Locator;
  readonly passwordCard: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settings-page');
    this.languageCard = page.getByTestId('settings-language');
    this.passwordCard = page.getByTestId('settings-password');
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/settings$/);
    await expect(this.root).toBeVisible();
  }

  async saveDefaultLanguage(lang: Language): Promise<void> {
    await this.languageCard.locator('.ant-select').click();
    await this.page.locator('.ant-select-dropdown').getByText(LANGUAGE_NAMES[lang], { exact: true }).click();
    await this.languageCard.locator('button.ant-btn-primary').click();
  }

  errorOf(field: 'currentPassword' | 'newPassword' | 'confirmPassword'): Locator {
    return this.passwordCard.locator(`#${field}_help .ant-form-item-explain-error:not(.ant-form-show-help-item-leave)`);
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.passwordCard.locator('#currentPassword').fill(current);
    await this.passwordCard.locator('#newPassword').fill(next);
    await this.passwordCard.locator('#confirmPassword').fill(next);
    await this.passwordCard.locator('#confirmPassword').press('Enter');
  }
}

/** The hub section of the settings page. */
export class HubSettingsCard {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settings-hub');
  }

  async enrol(hubUrl: string, code: string): Promise<void> {
    await this.root.getByLabel(/平台地址|Hub address|سۇپا ئادرېسى/).fill(hubUrl);
    await this.root.getByLabel(/加入码|Enrolment code|قوشۇلۇش كودى/).fill(code);
    await this.root.getByTestId('hub-enrol').click();
  }

  async syncNow(): Promise<void> {
    await this.root.getByTestId('hub-sync-now').click();
  }
}
