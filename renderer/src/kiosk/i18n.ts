import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, directionOf, type Language } from '../../../shared/i18n/languages';
import { kioskResources } from '../../../shared/i18n/kiosk-resources';

/**
 * The kiosk entry's i18next: only the strings the kiosk shows, and never the admin's remembered language
 * (station.language): the kiosk starts in its own language (see language.ts).
 */
export async function initKioskI18n(lng: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(kioskResources).map(([lang, strings]) => [lang, { translation: strings }])),
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Everything is bundled: no backend, no waiting.
    initAsync: false,
  });
  applyToDocument(lng);
  return i18next;
}

/** Screen readers, hyphenation and the Arabic-script shaping follow <html lang dir>. */
export function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  document.title = i18next.t('app.name');
}

export async function showLanguage(lang: Language): Promise<void> {
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  applyToDocument(lang);
}

export { i18next as kioskI18n };
