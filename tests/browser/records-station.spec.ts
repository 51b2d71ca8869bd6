import { resources } from '../../shared/i18n/resources';
import { openSignedIn, StationProfilePage } from './pages/RecordsPages';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];

test.use({ preSetUp: true });
test.describe.configure({ mode: 'serial' });

test('the station profile saves, and the five haves follow it', async ({ page }) => {
  await openSignedIn(page, '/station', ADMIN_PASSWORD);
  const station = new StationProfilePage(page);
  await expect(station.form).toBeVisible();
  await expect(station.have('venue')).toHaveAttribute('data-met', 'no');
  await expect(station.have('trainers')).toContainText(zh['fiveHaves.trainers.none']!);

  await station.field('enterprise').fill('江门市建工集团有限公司');
  await station.field('address').fill('江门市蓬江区滨江大道 88 号项目部二楼');
  await station.field('contactName').fill('陈志强');
  await station.field('contactUnitTitle').fill('项目部 安全主任');
  await station.field('contactMobile').fill('138 2233 4455');
  await station.field('city').fill('江门市');
  await station.field('district').fill('蓬江区');
  await station.form.getByText(zh['stationState.building']!, { exact: true }).click();
  await station.field('areaM2').fill('15');
  await station.form.getByText(zh['equipment.audio_video']!, { exact: true }).click();
  await station.form.getByText(zh['category.safety']!, { exact: true }).click();
  await station.form.getByText(zh['funding.safety_funds']!, { exact: true }).click();
  await station.save();
  await expect(page.locator('.ant-message')).toContainText(zh['settings.saved']!);
  // 15 m² is under the 20 m² the standard asks for: the panel says so, in words.
  await expect(station.have('venue')).toHaveAttribute('data-met', 'no');
  await expect(station.have('venue')).toContainText('15');
  await expect(station.have('equipment')).toHaveAttribute('data-met', 'yes');
  // The core normalised the mobile number.
  await expect(station.field('contactMobile')).toHaveValue('13822334455');

  await station.field('areaM2').fill('36');
  await station.submitFrom('areaM2');
  await expect(station.have('venue')).toHaveAttribute('data-met', 'yes');

  // A field the core refuses is marked on its field.
  await station.field('contactMobile').fill('12345');
  await station.save();
  await expect(station.form.locator('.ant-form-item-has-error')).toHaveCount(1);
  await station.field('contactMobile').fill('13822334455');
  await station.save();
  await expect(station.form.locator('.ant-form-item-has-error')).toHaveCount(0);

  // A station-added content category.
  await page.getByTestId('add-category').click();
  await page.getByTestId('add-category-input').fill('消防演练');
  await page.getByTestId('add-category-input').press('Enter');
  await expect(station.form.getByText('消防演练')).toBeVisible();
  await screenshot(page, 'station-zh-CN');
});

test('a trainer registered on the trainers page meets the trainer standard', async ({ page }) => {
  await openSignedIn(page, '/trainers', ADMIN_PASSWORD);
  await page.getByTestId('trainer-new').click();
  await page.getByTestId('trainer-name').fill('黄建华');
  await page.getByTestId('trainer-form').locator('#specialty').fill('钢筋绑扎与安全');
  await page.getByTestId('trainer-form').locator('#unit').fill('江门职业技术学院');
  await page.getByTestId('trainer-name').press('Enter');
  await expect(page.getByTestId('trainer-table')).toContainText('黄建华');
  await expect(page.getByTestId('trainer-table')).toContainText(zh['trainerKind.model_craftsman']!);

  await page.goto('/station');
  const station = new StationProfilePage(page);
  await expect(station.have('trainers')).toHaveAttribute('data-met', 'yes');
});

test('the station page in Uyghur reads right to left', async ({ page }) => {
  await openSignedIn(page, '/station', ADMIN_PASSWORD, 'ug');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(new StationProfilePage(page).form).toBeVisible();
  await expect(page.getByTestId('station-form').locator('#enterprise')).toHaveValue('江门市建工集团有限公司');
  await screenshot(page, 'station-ug');
});
