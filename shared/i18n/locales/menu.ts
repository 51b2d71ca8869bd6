import type { Language } from '../languages';

/** The desktop app's menu and dialogs (built in the main process). */
export const menu: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'menu.file': '文件',
    'menu.quit': '退出',
  },
  ug: {
    'menu.file': 'ھۆججەت',
    'menu.quit': 'چېكىنىش',
  },
  en: {
    'menu.file': 'File',
    'menu.quit': 'Quit',
  },
};
