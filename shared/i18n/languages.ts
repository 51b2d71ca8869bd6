export const LANGUAGES = ['zh-CN', 'ug', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Uyghur is written in Arabic script, right to left. */
export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return lang === 'ug' ? 'rtl' : 'ltr';
}

/** Each language named in itself, as a worker at the door would look for it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-CN': '中文',
  ug: 'ئۇيغۇرچە',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
