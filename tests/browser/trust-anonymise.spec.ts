import { resources } from '../../shared/i18n/resources';
import { LiveView } from './pages/AttendancePages';
import { WorkersListPage } from './pages/RecordsPages';
import { dialog, signInAs } from './pages/TrustPages';
import { createSessionNow, createWorker, StationApi } from './support/api';
import { ADMIN_PASSWORD, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const zh = resources['zh-CN'];
const NAME = '赵六';

test.use({ preSetUp: true });

test('anonymising a worker who left: the name leaves the roster, the attendance count stays', async ({ page, station }) => {
  const api = new StationApi(station.url);
  api.token = (await api.call<{ token: string }>('auth.signIn', { password: ADMIN_PASSWORD })).token;
  const [s] = await api.call<{ id: string }[]>('station.list', {});
  const worker = await createWorker(api, s!.id, NAME, 7, { mobile: '13912345678' });
  const sessionId = await createSessionNow(api, s!.id, '安全教育');
  await api.call('attendance.correct', { sessionId, workerId: worker.id, action: 'add', reason: '忘带工牌' });

  await signInAs(page, 'admin', ADMIN_PASSWORD);
  const live = new LiveView(page);
  await live.open(sessionId);
  await expect(live.count('present')).toHaveText('1');

  // Still on site: the button says why it cannot be used yet.
  await page.goto(`/workers/${worker.id}`);
  const section = page.getByTestId('anonymise-worker');
  await expect(section.getByTestId('anonymise-open')).toBeDisabled();
  await expect(section).toContainText(zh['trustui.anonymise.notLeft']!);
  await api.call('workers.update', { workerId: worker.id, fields: { status: 'left' } });
  await page.reload();

  await section.getByTestId('anonymise-open').click();
  const d = dialog(page);
  await expect(d).toContainText(zh['trustui.anonymise.goes']!);
  await expect(d).toContainText(zh['trustui.anonymise.stays']!);
  const ok = d.locator('.ant-modal-footer .ant-btn-dangerous');
  await expect(ok).toBeDisabled();
  await d.getByTestId('anonymise-name').fill('赵');
  await expect(ok).toBeDisabled();
  await d.getByTestId('anonymise-name').fill(NAME);
  await screenshot(page, 'trust-anonymise-zh-CN');
  await ok.click();
  await expect(page.locator('.ant-message')).toContainText(zh['trustui.anonymise.done']!);
  await expect(page.locator('.worker-title')).not.toHaveText(NAME);
  await expect(page.getByTestId('worker-mobile')).toHaveValue('');

  const list = new WorkersListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(1);
  await expect(list.table).not.toContainText(NAME);

  await live.open(sessionId);
  await expect(live.count('present')).toHaveText('1');
  await expect(live.present).not.toContainText(NAME);
});
