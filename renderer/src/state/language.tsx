import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from 'antd/es/locale';
// The pickers name months and weekdays through dayjs by the locale's name; load the Chinese one.
import 'dayjs/locale/zh-cn';
import { ugLocale } from '../locale/antd-ug';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, type Language } from '../../../shared/i18n/languages';
import { i18n, rememberLanguage, rememberedLanguage, switchLanguage } from '../i18n';
import { themeFor } from '../theme';
import { useSession } from './session';

export interface SetLanguageOptions {
  /** Keep the choice on this device (not at the shared kiosk, where the next worker starts fresh). */
  remember?: boolean;
  /**
   * @deprecated Ignored: a person's screen language is theirs (kept on this device) and never changes the
   * station's default, which only the Settings page's labelled field changes.
   */
  station?: boolean;
}

interface LanguageApi {
  language: Language;
  setLanguage(lang: Language, options?: SetLanguageOptions): Promise<void>;
}

const LanguageContext = createContext<LanguageApi | null>(null);

// antd ships no Uyghur locale: ours (locale/antd-ug.ts) keeps its pagers, pickers and empty states Uyghur.
const ANTD_LOCALES: Record<Language, () => Locale> = { 'zh-CN': () => zhCN, ug: ugLocale, en: () => enUS };

export function LanguageProvider({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [language, setCurrent] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE));
  const adoptedDefault = useRef(false);

  // Until someone picks a language on this device, the station's default applies.
  useEffect(() => {
    if (state.status !== 'ready' || adoptedDefault.current) return;
    adoptedDefault.current = true;
    const lang = rememberedLanguage() ?? state.info.language;
    if (lang !== language) void switchLanguage(lang).then(() => setCurrent(lang));
  }, [state, language]);

  const setLanguage = useCallback(async (lang: Language, options: SetLanguageOptions = {}) => {
    await switchLanguage(lang);
    setCurrent(lang);
    if (options.remember !== false) rememberLanguage(lang);
  }, []);

  const api = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <LanguageContext.Provider value={api}>
      {/* No space forced into two-character Chinese buttons ("保 存"): site users read "保存". */}
      <ConfigProvider locale={ANTD_LOCALES[language]()} direction={directionOf(language)} theme={themeFor(language)} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageApi {
  const api = useContext(LanguageContext);
  if (!api) throw new Error('useLanguage outside LanguageProvider');
  return api;
}
