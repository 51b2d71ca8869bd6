// Defect 11: every kiosk screen fits every tablet without scrolling, in Chinese, Uyghur (right to left)
// and English: each control and headline inside the viewport and not covered (the keypad's OK and its
// X/0/back row above the footer). Pictures of each screen go to /tmp/kiosk-shots/ for a person to look at.
import type { Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages';
import { KioskScreen } from './pages/KioskScreen';
import { createSessionNow, createWorker, StationApi, withCheckDigit, type TestWorker } from './support/api';
import { misfits, shot, TABLETS } from './support/fit';
import { ADMIN_PASSWORD, expect, STATION_NAME, test } from './support/fixtures';

test.describe.configure({ mode: 'serial' });

const LANGS: Language[] = ['zh-CN', 'ug', 'en'];
const PIN = '2468';
let api: StationApi;
let token: string;
let noticeSession: string;
let zhang: TestWorker;
let twinTail = '';

/** Two resident ID numbers ending in the same four digits, so typing them asks who you are. */
function twins(): [string, string] {
  const seen = new Map<string, string>();
  for (let m = 1; m <= 12; m++)
    for (let d = 1; d <= 28; d++) {
      const id = withCheckDigit(`4407031991${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}654`);
      const tail = id.slice(-4);
      if (tail.endsWith('X')) continue;
      const other = seen.get(tail);
      if (other) return [other, id];
      seen.set(tail, id);
    }
  throw new Error('no twins');
}

async function expectFits(page: Page, screen: string) {
  const r = await misfits(page);
  expect(r.checked, `${screen}: something to check`).toBeGreaterThan(0);
  expect(r.misfits, `${screen} at ${JSON.stringify(page.viewportSize())}`).toEqual([]);
  expect(r.scrolls, `${screen} scrolls`).toBe(false);
}

test('set up: a station with two sessions now (one with a notice), workers, a trainer PIN and a paired tablet', async ({ station }) => {
  api = new StationApi(station.url);
  const stationId = await api.setUp(STATION_NAME, ADMIN_PASSWORD);
  await api.call('auth.setPin', { currentPassword: ADMIN_PASSWORD, pin: PIN });
  zhang = await createWorker(api, stationId, '张三', 1);
  const [a, b] = twins();
  twinTail = a.slice(-4);
  await api.call('workers.create', { stationId, fields: { name: '欧阳娜娜', idNumber: a, team: '木工班' } });
  await api.call('workers.create', { stationId, fields: { name: '欧阳建国', idNumber: b, team: '钢筋班' } });
  noticeSession = await createSessionNow(api, stationId, '班前安全讲话：高处作业与临边防护', {
    ackText: '进入现场必须佩戴安全帽，高处作业必须系好安全带。临边洞口必须有防护，严禁酒后上岗。',
    ackTextEn: 'Wear a hard hat on site at all times. Clip on your safety harness when working at height. Edges and openings must be guarded. Never work after drinking.',
  });
  await createSessionNow(api, stationId, '钢筋绑扎技能');
  const { code } = await api.call<{ code: string }>('devices.startPairing', { stationId });
  token = (await new StationApi(station.url).call<{ token: string }>('devices.pair', { code, name: '门口平板' })).token;
});

for (const size of TABLETS) {
  for (const lang of LANGS) {
    test(`every kiosk screen fits ${size.width}x${size.height} in ${lang}`, async ({ browser, station }) => {
      const context = await browser.newContext({ baseURL: station.url, viewport: size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await context.addInitScript((t) => {
        if (!localStorage.getItem('station.kioskDevice')) localStorage.setItem('station.kioskDevice', t);
      }, token);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      const kiosk = new KioskScreen(page);
      const t = resources[lang];
      const pictures = (size.width === 1024 && size.height === 600) || size.width === 800;
      const look = async (screen: string) => {
        await expectFits(page, screen);
        if (pictures) await shot(page, `${screen}-${lang}`);
      };

      // The session picker (two sessions now, none chosen on this tablet yet).
      await page.goto('/kiosk');
      await expect(page.getByTestId('kiosk-picker-item')).toHaveCount(2);
      if (lang !== 'zh-CN') await kiosk.chooseLanguage(LANGUAGE_NAMES[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await look('picker');
      await page.getByTestId('kiosk-picker-item').filter({ hasText: '班前安全讲话' }).click();

      // Ready.
      await expect(kiosk.ready).toBeVisible();
      await expect(page.locator('.kiosk-ready-title')).toHaveText(t['kioskui.ready.scanIn']!);
      await look('ready');

      // The keypad: OK and the X/0/back row on screen.
      await page.getByTestId('kiosk-open-keypad').click();
      for (const key of ['8', '5', '0', 'X']) await page.locator(`.kiosk-key[data-key="${key}"]`).click();
      await expect(page.getByTestId('kiosk-digits')).toHaveText('850X');
      await expect(page.getByTestId('kiosk-digits-ok')).toBeEnabled();
      for (const key of ['X', '0', 'back']) await expect(page.locator(`.kiosk-key[data-key="${key}"]`)).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('kiosk-digits-ok')).toBeInViewport({ ratio: 1 });
      await look('keypad');
      await page.getByTestId('kiosk-digits-cancel').click();

      // An answer (a badge the station does not know), in the worker's chosen language.
      await kiosk.scan('NOT-A-BADGE-1');
      await kiosk.expectAnswer('unknown_code');
      await expect(kiosk.answer).toHaveAttribute('lang', lang);
      await look('answer-unknown');

      // The notice to acknowledge: English has its own, Uyghur falls back to Chinese and says so.
      await kiosk.scan(zhang.badgeCode);
      await kiosk.expectAnswer('ack_required');
      await expect(page.getByTestId('kiosk-ack-text')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(page.getByTestId('kiosk-ack-fallback')).toHaveCount(lang === 'ug' ? 1 : 0);
      await look('ack');
      await page.getByTestId('kiosk-answer-cancel').click();

      // Several people with the same last digits: choose your name.
      await page.getByTestId('kiosk-open-keypad').click();
      for (const key of twinTail) await page.locator(`.kiosk-key[data-key="${key}"]`).click();
      await page.getByTestId('kiosk-digits-ok').click();
      await kiosk.expectAnswer('choose');
      await expect(page.getByTestId('kiosk-candidate')).toHaveCount(2);
      await look('choose');
      await page.getByTestId('kiosk-answer-cancel').click();

      // The trainer's corner: unlock, the menu, the newcomer's form.
      await page.getByTestId('kiosk-trainer-button').click();
      await expect(page.getByTestId('kiosk-unlock')).toBeVisible();
      await look('trainer-unlock');
      await page.getByTestId('kiosk-unlock-pin').fill(PIN);
      await page.getByTestId('kiosk-unlock-submit').click();
      await expect(page.getByTestId('kiosk-register-open')).toBeVisible();
      await look('trainer-menu');
      await page.getByTestId('kiosk-register-open').click();
      await expect(page.getByTestId('kiosk-register')).toBeVisible();
      await look('register');
      await page.getByTestId('kiosk-dialog-close').click();
      await expect(kiosk.ready).toBeVisible();

      expect(problems).toEqual([]);
      await context.close();
    });
  }
}
