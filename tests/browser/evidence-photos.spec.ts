// The kiosk's sign-in photo in real Chromium with a fake camera (--use-fake-device-for-media-stream):
// consent first, the photo after the sign-in, within 30 KB; a camera the browser refuses leaves the
// sign-in as it was and says so; the live view shows the photo beside the roster's.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { KioskScreen } from './pages/KioskScreen';
import { createSessionNow, createWorker, StationApi, type TestWorker } from './support/api';
import { ADMIN_PASSWORD, expect as baseExpect, STATION_NAME, test } from './support/fixtures';
import { renderPdf, squeeze } from './support/pdf';

const expect = baseExpect.configure({ timeout: 20_000 });
const SHOTS = '/tmp/shots-safety-ed/';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // A fake camera, but no fake permission prompt: each context grants the camera or not itself.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--use-fake-device-for-media-stream'],
  },
});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let api: StationApi;
let stationId: string;
let sessionId: string;
let zhang: TestWorker;
let li: TestWorker;

async function kioskIn(browser: Browser, baseURL: string, camera: boolean): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 600 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', permissions: camera ? ['camera'] : [] });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByTestId('signin-form').locator('#username').fill('admin');
  await page.getByTestId('signin-form').locator('#password').fill(ADMIN_PASSWORD);
  await page.getByTestId('signin-form').locator('#password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();
  return { page, close: () => context.close() };
}

test('arrange: photos on, a session open for sign-ins', async ({ station }) => {
  api = new StationApi(station.url);
  stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  zhang = await createWorker(api, stationId, '张伟伟', 1);
  li = await createWorker(api, stationId, '李娜娜', 2);
  await api.call('evidence.updateSettings', { stationId, settings: { enabled: true, retentionDays: 180 } });
  sessionId = await createSessionNow(api, stationId, '高处作业安全教育');
});

test('with the camera allowed: consent, then a photo of at most 30 KB stored after the sign-in', async ({ browser, station }) => {
  const { page, close } = await kioskIn(browser, station.url, true);
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${sessionId}`);
  await kiosk.scan(zhang.badgeCode);
  await kiosk.expectAnswer('signed_in');
  await expect(page.getByTestId('kiosk-evidence-consent')).toContainText('180');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}kiosk-evidence-consent-zh-1024x600.png` });
  await page.getByTestId('kiosk-evidence-agree').click();
  await expect(page.getByTestId('kiosk-evidence')).toHaveAttribute('data-state', 'stored');
  const photos = await api.call<{ workerId: string; photo: string }[]>('evidence.sessionPhotos', { sessionId });
  expect(photos.map((p) => p.workerId)).toEqual([zhang.id]);
  const bytes = Buffer.from(photos[0]!.photo.split(',')[1]!, 'base64');
  expect(bytes.length).toBeLessThanOrEqual(30 * 1024);
  expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
  await close();
});

test('with the camera refused: the sign-in stands, no photo, and the kiosk says so', async ({ browser, station }) => {
  const { page, close } = await kioskIn(browser, station.url, false);
  const kiosk = new KioskScreen(page);
  await kiosk.open(`/kiosk?session=${sessionId}`);
  await kiosk.scan(li.badgeCode);
  await kiosk.expectAnswer('signed_in');
  await page.getByTestId('kiosk-evidence-agree').click();
  await expect(page.getByTestId('kiosk-evidence')).toHaveAttribute('data-state', 'refused');
  await page.screenshot({ path: `${SHOTS}kiosk-evidence-refused-zh-1024x600.png` });
  const live = await api.call<{ rows: { workerId: string; status: string }[] }>('attendance.live', { sessionId });
  expect(live.rows.find((r) => r.workerId === li.id)?.status).toBe('present');
  expect((await api.call<{ workerId: string }[]>('evidence.sessionPhotos', { sessionId })).map((p) => p.workerId)).toEqual([zhang.id]);
  await close();
});

test('the live view shows the sign-in photo beside the roster photo', async ({ browser, station }) => {
  const { page, close } = await kioskIn(browser, station.url, false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/sessions/${sessionId}/live`);
  await expect(page.getByTestId('evidence-pair')).toHaveCount(1);
  await expect(page.getByTestId('evidence-photo')).toBeVisible();
  await page.getByTestId('evidence-live').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}live-evidence-zh-1280.png` });
  await close();
});

test('a trainer attaches a photo and a PDF; the photo is a thumbnail on the sign-in sheet’s last page', async ({ browser, station }) => {
  const { page, close } = await kioskIn(browser, station.url, false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/sessions/${sessionId}/live`);
  // A real JPEG, drawn by the browser: the thumbnail is made from it on this screen.
  const jpeg = Buffer.from(
    await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 640;
      c.height = 480;
      const g = c.getContext('2d')!;
      g.fillStyle = '#2f6fb0';
      g.fillRect(0, 0, 640, 480);
      g.fillStyle = '#f5c542';
      g.fillRect(120, 100, 400, 280);
      return c.toDataURL('image/jpeg', 0.8).split(',')[1]!;
    }),
    'base64',
  );
  const input = page.getByTestId('attachments').locator('input[type=file]');
  await input.setInputFiles({ name: '培训现场.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.getByTestId('attachment')).toHaveCount(1);
  await input.setInputFiles({ name: '课件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(page.getByTestId('attachment')).toHaveCount(2);
  await page.getByTestId('attachments').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}live-attachments-zh-1280.png` });

  await page.goto(`/print/sign-in-sheet/${sessionId}`);
  await expect(page.getByTestId('sheet-photo')).toHaveCount(1);
  const pdf = await renderPdf(page, 'sign-in-sheet-photos');
  expect(squeeze(pdf.pageText(pdf.pages))).toContain('培训现场照片');
  expect(squeeze(pdf.pageText(pdf.pages))).toContain('培训现场.jpg');
  expect(squeeze(pdf.pageText(1))).not.toContain('培训现场照片');
  await close();
});

