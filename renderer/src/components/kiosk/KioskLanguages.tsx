import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { directionOf, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/i18n/languages';

/** 中文 / ئۇيغۇرچە / English, each in its own script, big enough for a gloved finger. */
export function KioskLanguages({ value, onChange }: { value: Language; onChange(lang: Language): void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-languages" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <Button
          key={lang}
          className="kiosk-language"
          autoInsertSpace={false}
          type={lang === value ? 'primary' : 'default'}
          aria-pressed={lang === value}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChange(lang)}
        >
          <span lang={lang} dir={directionOf(lang)}>
            {LANGUAGE_NAMES[lang]}
          </span>
        </Button>
      ))}
    </div>
  );
}
