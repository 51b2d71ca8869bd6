import { useTranslation } from 'react-i18next';
import { directionOf, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/i18n/languages';

const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/** 中文 / ئۇيغۇرچە / English, each in its own script, big enough for a gloved finger. */
export function KioskLanguages({ value, onChange, testId }: { value: Language; onChange(lang: Language): void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-languages" role="group" aria-label={t('language.label')} data-testid={testId}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className={lang === value ? 'kiosk-language kiosk-language-on' : 'kiosk-language'}
          aria-pressed={lang === value}
          onMouseDown={keepFocus}
          onClick={() => onChange(lang)}
        >
          <span lang={lang} dir={directionOf(lang)}>
            {LANGUAGE_NAMES[lang]}
          </span>
        </button>
      ))}
    </div>
  );
}
