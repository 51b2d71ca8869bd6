import type { Language } from '../languages';

/** 三级安全教育 words the kiosk shows too (the levels, what is due): shipped in the kiosk's own bundle. */
export const safetyEducationKiosk: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'edu.level.company': '公司级',
    'edu.level.project': '项目级',
    'edu.level.team': '班组级',
    'edu.levelSeparator': '、',
    'edu.kiosk.due': '三级安全教育未完成：请先参加{{level}}安全教育（未完成：{{all}}）',
    'kioskui.answer.education_due.title': '请先完成三级安全教育',
    'kioskui.answer.education_due.next': '本场培训暂时不能签到。请参加下面的安全教育，或找培训员。',
  },
  ug: {
    'edu.level.company': 'شىركەت دەرىجىلىك',
    'edu.level.project': 'قۇرۇلۇش تۈرى دەرىجىلىك',
    'edu.level.team': 'گۇرۇپپا دەرىجىلىك',
    'edu.levelSeparator': '، ',
    'edu.kiosk.due': 'ئۈچ دەرىجىلىك بىخەتەرلىك تەربىيەسى تاماملانمىدى: ئاۋۋال {{level}} بىخەتەرلىك تەربىيەسىگە قاتنىشىڭ (تاماملانمىغىنى: {{all}})',
    'kioskui.answer.education_due.title': 'ئاۋۋال ئۈچ دەرىجىلىك بىخەتەرلىك تەربىيەسىنى تاماملاڭ',
    'kioskui.answer.education_due.next': 'بۇ تەربىيەگە ھازىرچە ئىمزا قويالمايسىز. تۆۋەندىكى بىخەتەرلىك تەربىيەسىگە قاتنىشىڭ ياكى تەربىيەچىدىن سوراڭ.',
  },
  en: {
    'edu.level.company': 'Company level',
    'edu.level.project': 'Project level',
    'edu.level.team': 'Team level',
    'edu.levelSeparator': ', ',
    'edu.kiosk.due': 'Three-level safety education not finished: attend the {{level}} safety education first (still due: {{all}})',
    'kioskui.answer.education_due.title': 'Finish your three-level safety education first',
    'kioskui.answer.education_due.next': 'You cannot sign in to this session yet. Attend the safety education below, or ask the trainer.',
  },
};
