import { Radio } from 'antd';
import { LANGUAGE_NAMES, LANGUAGES, directionOf, type Language } from '../../../shared/i18n/languages';

interface Props {
  value: Language;
  onChange(lang: Language): void;
  size?: 'small' | 'middle' | 'large';
  label: string;
}

/** Each language is written in itself, so someone who reads only that language can find it. */
export function LanguageSwitcher({ value, onChange, size = 'middle', label }: Props) {
  return (
    <Radio.Group
      data-testid="language-switcher"
      aria-label={label}
      optionType="button"
      buttonStyle="solid"
      size={size}
      value={value}
      onChange={(e) => onChange(e.target.value as Language)}
      options={LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <span lang={lang} dir={directionOf(lang)}>
            {LANGUAGE_NAMES[lang]}
          </span>
        ),
      }))}
    />
  );
}
