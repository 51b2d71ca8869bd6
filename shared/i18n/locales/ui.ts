import type { Language } from '../languages';

/** The screens' strings. */
export const ui: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'app.name': '提升站',
  },
  ug: {
    'app.name': 'ئۆستۈرۈش پونكىتى',
  },
  en: {
    'app.name': 'Upgrade Station',
  },
};
