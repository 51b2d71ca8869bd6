import { lanAddresses } from '../../main/app/network';
import { resources } from '../../shared/i18n/resources';
import { DevicesPage } from './pages/AttendancePages';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const ug = resources.ug;

// Served as a PC for tablets would be: on every interface, so the LAN addresses are real ones.
test.use({ preSetUp: true, serveHost: '0.0.0.0' });
test.describe.configure({ mode: 'serial' });
// Sign-in, two languages, settings and a pairing dialog per test.
test.setTimeout(60_000);

test('with tablets not allowed, the devices page says they cannot connect and links to the setting', async ({ page, signInPage }) => {
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await expect(page.getByTestId('home-page')).toBeVisible();
  const devices = new DevicesPage(page);
  await devices.open();
  const off = devices.addresses.getByTestId('pairing-tablets-off');
  await expect(off).toContainText(zh['trustui.pairing.tabletsOff']!);
  await expect(devices.addressChoices()).toHaveCount(0);
  await screenshot(page, 'devices-tablets-off-zh-CN');
  await page.evaluate(() => localStorage.setItem('station.language', 'ug'));
  await page.reload();
  await expect(off).toContainText(ug['trustui.pairing.tabletsOff']!);
  await screenshot(page, 'devices-tablets-off-ug');
  await page.evaluate(() => localStorage.setItem('station.language', 'zh-CN'));
  await page.reload();
  await expect(off).toContainText(zh['trustui.pairing.tabletsOff']!);

  // The pairing code still works by hand, but no QR code points anywhere a tablet cannot reach.
  await devices.startPairing();
  await expect(page.getByTestId('pairing-qr')).toHaveCount(0);
  await expect(page.locator('.ant-modal')).toContainText(zh['trustui.pairing.noQr']!);
  await page.locator('.ant-modal-close').click();

  await off.getByRole('link', { name: zh['trustui.pairing.openSettings']! }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('settings-language')).toContainText(zh['settings.language.field']!);
  await screenshot(page, 'settings-zh-CN-admin');
  const security = page.getByTestId('settings-security');
  await security.getByTestId('settings-allow-tablets').click();
  await security.locator('button[type=submit]').click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.common.saved']!);
});

test('with tablets allowed, each LAN address of the PC is offered and the QR code points at it, never 127.0.0.1', async ({ page, station, signInPage, adminFrame }) => {
  const port = new URL(station.url).port;
  const expected = lanAddresses().map((a) => `http://${a.address}:${port}`);
  await signInPage.open();
  await signInPage.signIn(ADMIN_PASSWORD);
  await expect(page.getByTestId('home-page')).toBeVisible();
  const devices = new DevicesPage(page);
  await devices.open();
  await expect(devices.addresses.getByTestId('pairing-tablets-off')).toHaveCount(0);
  if (expected.length === 0) {
    // A machine with no LAN (some CI containers): it says so.
    await expect(devices.addresses.getByTestId('pairing-no-address')).toContainText(zh['trustui.pairing.noAddress']!);
    return;
  }
  await expect(devices.addressChoices()).toHaveCount(expected.length);
  for (const [i, origin] of expected.entries()) await expect(devices.addressChoices().nth(i)).toContainText(`${origin}/kiosk`);
  await screenshot(page, 'devices-addresses-zh-CN');

  await devices.startPairing();
  await expect(page.getByTestId('pairing-qr')).toBeVisible();
  await expect(devices.pairingUrl).toHaveText(`${expected[0]}/kiosk/pair`);
  await expect(page.getByTestId('pairing-panel')).not.toContainText('127.0.0.1');
  await screenshot(page, 'devices-pairing-zh-CN', false);
  await page.locator('.ant-modal-close').click();

  await adminFrame.switchLanguage('ug');
  await expect(devices.addresses).toContainText(ug['trustui.pairing.title']!);
  await screenshot(page, 'devices-addresses-ug');
  await devices.startPairing();
  await expect(devices.pairingUrl).toHaveText(`${expected[0]}/kiosk/pair`);
  await screenshot(page, 'devices-pairing-ug', false);
  await page.locator('.ant-modal-close').click();
  await page.goto('/settings');
  await expect(page.getByTestId('settings-language')).toContainText(ug['settings.language.field']!);
  await screenshot(page, 'settings-ug-admin');
});
