import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/i18n/languages';

/**
 * The kiosk's own language, per tablet (or per kiosk window): set by a trainer from the kiosk's menu.
 * Deliberately not the admin screens' language (station.language, the station's uiLanguage): an admin
 * who reads English must not turn every kiosk at the door English.
 */
export const KIOSK_LANGUAGE_KEY = 'station.kioskLanguage';

/** A worker's language choice lasts this long without a scan or a tap; then the kiosk's own comes back. */
export const LANGUAGE_IDLE_MS = 60_000;

export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function kioskHomeLanguage(storage: LanguageStorage | null = safeStorage()): Language {
  try {
    const value = storage?.getItem(KIOSK_LANGUAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function setKioskHomeLanguage(lang: Language, storage: LanguageStorage | null = safeStorage()): void {
  try {
    storage?.setItem(KIOSK_LANGUAGE_KEY, lang);
  } catch {
    // Storage disabled: the choice lasts until reload.
  }
}

function safeStorage(): LanguageStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
