import { expect, type Locator, type Page } from '@playwright/test';

/** The admin's devices page: pairing codes, the paired list, the attendance rules. */
export class DevicesPage {
  readonly root: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('devices-page');
    this.table = page.getByTestId('devices-table');
  }

  async open(): Promise<void> {
    await this.page.goto('/devices');
    await expect(this.root).toBeVisible();
  }

  /** Starts pairing and reads the six digits off the screen, as a trainer would read them out. */
  async startPairing(): Promise<string> {
    await this.page.getByTestId('pair-tablet').click();
    const code = this.page.getByTestId('pairing-code');
    await expect(code).toHaveText(/^\d{6}$/);
    return (await code.textContent())!.trim();
  }

  /** Where tablets connect: the warnings and the LAN addresses offered. */
  get addresses(): Locator {
    return this.page.getByTestId('pairing-addresses-card');
  }

  addressChoices(): Locator {
    return this.addresses.getByTestId('pairing-address');
  }

  /** The pairing URL under the QR code. */
  get pairingUrl(): Locator {
    return this.page.getByTestId('pairing-panel').locator('.pairing-url');
  }

  async revoke(name: string): Promise<void> {
    await this.table.locator('tr', { hasText: name }).getByTestId('device-revoke').click();
    await this.page.locator('.ant-popconfirm .ant-btn-dangerous').click();
  }
}

/** The trainer's live view of one session. */
export class LiveView {
  readonly root: Locator;
  readonly present: Locator;
  readonly missing: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('live-page');
    this.present = page.getByTestId('live-present');
    this.missing = page.getByTestId('live-missing');
  }

  async open(sessionId: string): Promise<void> {
    await this.page.goto(`/sessions/${sessionId}/live`);
    // The live view's chunk and first load take a while on a busy 2-core machine.
    await expect(this.root).toBeVisible({ timeout: 15_000 });
  }

  count(key: 'present' | 'late' | 'excused' | 'expected' | 'signedOut'): Locator {
    return this.page.getByTestId(`live-count-${key}`).locator('.ant-statistic-content-value');
  }

  presentRows(name: string): Locator {
    return this.present.getByTestId('live-row-name').filter({ hasText: name });
  }

  presentRow(name: string): Locator {
    return this.present.locator('tr', { hasText: name });
  }

  /** Scans the station flagged for a trainer to check. */
  get flagged(): Locator {
    return this.page.getByTestId('live-flagged');
  }

  /** Opens the correction form for one person; the dialog, to fill. */
  async openCorrection(where: 'missing' | 'present', name: string, action: 'add' | 'excuse' | 'void' | 'sign_out'): Promise<Locator> {
    const table = where === 'missing' ? this.missing : this.present;
    await table.locator('tr', { hasText: name }).getByTestId(`live-action-${action}`).click();
    const dialog = this.page.locator('.ant-modal').filter({ has: this.page.getByTestId('correction-form') });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Fills the times given (24-hour HH:MM) and the reason, and confirms. */
  async correctWithTimes(where: 'missing' | 'present', name: string, action: 'add' | 'sign_out', v: { reason: string; at?: string; leftAt?: string }): Promise<void> {
    const dialog = await this.openCorrection(where, name, action);
    if (v.at !== undefined) await dialog.getByTestId('correction-at').fill(v.at);
    if (v.leftAt !== undefined) await dialog.getByTestId('correction-left-at').fill(v.leftAt);
    await dialog.getByTestId('correction-reason').fill(v.reason);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect(dialog).toBeHidden();
  }

  /** The close dialog, opened. */
  async openClose(): Promise<Locator> {
    await this.page.getByTestId('live-close-session').click();
    const dialog = this.page.locator('.ant-modal').filter({ hasText: /./ }).last();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async correct(where: 'missing' | 'present', name: string, action: 'add' | 'excuse' | 'void' | 'sign_out', reason: string): Promise<void> {
    const table = where === 'missing' ? this.missing : this.present;
    await table.locator('tr', { hasText: name }).getByTestId(`live-action-${action}`).click();
    const dialog = this.page.locator('.ant-modal');
    await dialog.getByTestId('correction-reason').fill(reason);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect(dialog).toBeHidden();
  }
}
