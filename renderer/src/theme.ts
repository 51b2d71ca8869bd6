import type { ThemeConfig } from 'antd';
import type { Language } from '../../shared/i18n/languages';

// Windows site PCs have YaHei and Microsoft Uighur; Debian/Ubuntu have Noto and WenQuanYi; UKIJ is what
// Uyghur users install themselves.
const CHINESE = ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"'];
const ARABIC_SCRIPT = ['"Microsoft Uighur"', '"UKIJ Tuz"', '"Noto Naskh Arabic"', '"Noto Sans Arabic"'];

/** Uyghur text puts the Arabic-script fonts first, or a CJK font's poor Arabic glyphs win. */
export function fontFamilyFor(lang: Language): string {
  const order = lang === 'ug' ? [...ARABIC_SCRIPT, ...CHINESE] : [...CHINESE, ...ARABIC_SCRIPT];
  return [...order, 'sans-serif'].join(', ');
}

/** Construction blue with safety orange as the accent. */
export const COLORS = {
  primary: '#1b5fae',
  accent: '#f08c00',
  header: '#0e2f57',
  kiosk: '#0b2340',
} as const;

export function themeFor(lang: Language): ThemeConfig {
  return {
    token: {
      colorPrimary: COLORS.primary,
      colorLink: COLORS.primary,
      borderRadius: 4,
      fontFamily: fontFamilyFor(lang),
      // Arabic script needs more room above and below than Chinese at the same size.
      fontSize: lang === 'ug' ? 15 : 14,
    },
    components: {
      Layout: { headerBg: COLORS.header, siderBg: '#ffffff', headerPadding: '0 24px' },
    },
  };
}
