import { expect, type Locator, type Page } from '@playwright/test';

/** The kiosk at the door, as a worker and a scanner use it. */
export class KioskScreen {
  readonly root: Locator;
  readonly ready: Locator;
  readonly answer: Locator;
  readonly answerTitle: Locator;
  readonly answerName: Locator;
  readonly pending: Locator;
  readonly presentCount: Locator;
  readonly scanner: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('kiosk-page');
    this.ready = page.getByTestId('kiosk-ready');
    this.answer = page.getByTestId('kiosk-answer');
    this.answerTitle = page.getByTestId('kiosk-answer-title');
    this.answerName = page.getByTestId('kiosk-answer-name');
    this.pending = page.getByTestId('kiosk-pending');
    this.presentCount = page.getByTestId('kiosk-present-count');
    this.scanner = page.getByTestId('kiosk-scanner');
  }

  async open(path = '/kiosk'): Promise<void> {
    await this.page.goto(path);
    await expect(this.ready).toBeVisible();
  }

  /** What a USB scanner does: types the code into whatever has focus, then Enter. */
  async scan(code: string): Promise<void> {
    await expect(this.scanner).toBeFocused();
    await this.page.keyboard.type(code, { delay: 0 });
    await this.page.keyboard.press('Enter');
  }

  async expectAnswer(outcome: string): Promise<void> {
    await expect(this.answer).toHaveAttribute('data-outcome', outcome);
  }

  /** Back to the ready screen (the trainer need not wait out the timer in a test). */
  async waitReady(): Promise<void> {
    await expect(this.ready).toBeVisible({ timeout: 10_000 });
  }

  async chooseLanguage(name: string): Promise<void> {
    await this.root.locator('.kiosk-languages').getByRole('button', { name }).click();
  }

  async typeDigits(digits: string): Promise<void> {
    await this.page.getByTestId('kiosk-open-keypad').click();
    for (const d of digits) await this.page.locator(`.kiosk-key[data-key="${d}"]`).click();
    await this.page.getByTestId('kiosk-digits-ok').click();
  }
}

/** The tablet's pairing screen. */
export class KioskPairScreen {
  readonly root: Locator;
  readonly revoked: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('kiosk-pair');
    this.revoked = page.getByTestId('kiosk-pair-revoked');
  }

  async pair(code: string, name: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await this.page.getByTestId('kiosk-pair-code').fill(code);
    await this.page.getByTestId('kiosk-pair-name').fill(name);
    await this.page.getByTestId('kiosk-pair-submit').click();
  }
}
