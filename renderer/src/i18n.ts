import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, type Language } from '../../shared/i18n/languages';
import { resources } from '../../shared/i18n/resources';

/** The language a person picked on this device; it wins over the station's default. */
const STORAGE_KEY = 'station.language';

export function rememberedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage disabled: the choice lasts until reload.
  }
}

/** Screen readers, hyphenation and the Arabic-script shaping all follow <html lang dir>. */
function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  document.title = i18next.t('app.name');
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = rememberedLanguage() ?? DEFAULT_LANGUAGE;
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }])),
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    // Keys are flat and dotted ("signin.title"); dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    // React escapes already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(lng);
  return i18next;
}

export async function switchLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  applyToDocument(lang);
}

export { i18next as i18n };
