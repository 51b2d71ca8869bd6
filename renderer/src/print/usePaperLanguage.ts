import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, type Language } from '../../../shared/i18n/languages';
import { i18n } from '../i18n';

export interface PaperLanguage {
  lang: Language;
  dir: 'ltr' | 'rtl';
  /** Translates into the paper's language, whatever the screen's is. */
  t: TFunction;
  setLang(lang: Language): void;
}

/**
 * The language the paper is printed in: `?lang=` (so the desktop's hidden print window renders the
 * same), Chinese by default since bureaus and inspectors read these papers. `fixed` pins it (the
 * status table is an official Chinese form).
 */
export function usePaperLanguage(fixed?: Language): PaperLanguage {
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const lang: Language = fixed ?? (isLanguage(asked) ? asked : DEFAULT_LANGUAGE);
  return useMemo(
    () => ({
      lang,
      dir: directionOf(lang),
      t: i18n.getFixedT(lang),
      setLang: (next: Language) =>
        setParams(
          (p) => {
            const copy = new URLSearchParams(p);
            copy.set('lang', next);
            return copy;
          },
          { replace: true },
        ),
    }),
    [lang, setParams],
  );
}
