import { describe, expect, it } from 'vitest';
import { KIOSK_LANGUAGE_KEY, kioskHomeLanguage, LANGUAGE_IDLE_MS, setKioskHomeLanguage, type LanguageStorage } from '../../renderer/src/kiosk/language';
import { pageFor } from '../../shared/contract/pages';

function storage(initial: Record<string, string> = {}): LanguageStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe("the kiosk's own language", () => {
  it('is the tablet setting, else Chinese: never the admin screens\' language', () => {
    // An admin who reads English in this browser (station.language) does not make the kiosk English.
    expect(kioskHomeLanguage(storage({ 'station.language': 'en' }))).toBe('zh-CN');
    expect(kioskHomeLanguage(storage({ [KIOSK_LANGUAGE_KEY]: 'ug', 'station.language': 'en' }))).toBe('ug');
    expect(kioskHomeLanguage(storage({ [KIOSK_LANGUAGE_KEY]: 'fr' }))).toBe('zh-CN');
    expect(kioskHomeLanguage(null)).toBe('zh-CN');
  });

  it('is kept per tablet when a trainer sets it, and storage trouble is not a crash', () => {
    const s = storage();
    setKioskHomeLanguage('en', s);
    expect(s.map.get(KIOSK_LANGUAGE_KEY)).toBe('en');
    expect(kioskHomeLanguage(s)).toBe('en');
    const broken: LanguageStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => setKioskHomeLanguage('ug', broken)).not.toThrow();
    expect(kioskHomeLanguage(broken)).toBe('zh-CN');
  });

  it("a worker's pick lasts a minute without a scan", () => {
    expect(LANGUAGE_IDLE_MS).toBe(60_000);
  });
});

describe('which page an address loads', () => {
  it('the kiosk page for /kiosk and below, the admin app for the rest', () => {
    for (const p of ['/kiosk', '/kiosk/', '/kiosk/pair', '/kiosk/anything/else']) expect(pageFor(p), p).toBe('kiosk.html');
    for (const p of ['/', '/kiosks', '/kioskpair', '/attendance/kiosk', '/settings']) expect(pageFor(p), p).toBe('index.html');
  });
});
