import { expect, type Locator, type Page } from '@playwright/test';
import { type Language, LANGUAGE_NAMES } from '../../../shared/i18n/languages';

/** The signed-in frame: header (station, languages, account, sign-out), side menu, page content. */
export class AdminFrame {
  readonly header: Locator;
  readonly stationName: Locator;
  readonly account: Locator;
  readonly menu: Locator;
  readonly home: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('.admin-header');
    this.stationName = page.getByTestId('header-station-name');
    this.account = page.getByTestId('signed-in-account');
    this.menu = page.locator('.admin-sider .ant-menu');
    this.home = page.getByTestId('home-page');
  }

  async expectHome(stationName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.home).toBeVisible();
    await expect(this.stationName).toHaveText(stationName);
  }

  async switchLanguage(lang: Language): Promise<void> {
    await this.header.getByTestId('language-switcher').getByText(LANGUAGE_NAMES[lang], { exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async signOut(): Promise<void> {
    await this.header.locator('button').filter({ has: this.page.locator('.anticon-logout') }).click();
  }

  /** The last entry is always the settings page, whatever areas add pages before it. */
  async openSettings(): Promise<void> {
    await this.menu.getByRole('menuitem').last().click();
  }

  async openMenu(index: number): Promise<void> {
    await this.menu.getByRole('menuitem').nth(index).click();
  }

  /** Opens a page by its path through the side menu. */
  async openPage(path: string): Promise<void> {
    await this.menu.locator(`[data-menu-id$="${path}"]`).click();
  }
}
