import type { Language } from '../languages';

/** Station-wide warnings shown above every admin page. */
export const alerts: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'alerts.diskFull.title': '电脑硬盘已满，刚才的内容没有保存',
    'alerts.diskFull.detail': '数据文件夹：{{dataDir}}（剩余 {{free}} MB）。请删除不需要的文件或旧备份，然后重新保存。',
    'alerts.diskFull.close': '知道了',
  },
  ug: {
    'alerts.diskFull.title': 'كومپيۇتېرنىڭ دىسكىسى توشتى، ھېلىقى مەزمۇن ساقلانمىدى',
    'alerts.diskFull.detail': 'سانلىق مەلۇمات قىسقۇچى: {{dataDir}} (قالغىنى {{free}} MB). كېرەكسىز ھۆججەت ياكى كونا زاپاسلارنى ئۆچۈرۈپ، قايتا ساقلاڭ.',
    'alerts.diskFull.close': 'بىلدىم',
  },
  en: {
    'alerts.diskFull.title': 'The PC’s disk is full: what you just saved was not saved',
    'alerts.diskFull.detail': 'Data folder: {{dataDir}} ({{free}} MB free). Delete files you do not need or old backups, then save again.',
    'alerts.diskFull.close': 'Got it',
  },
};
