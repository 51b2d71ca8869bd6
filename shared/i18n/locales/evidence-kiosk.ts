import type { Language } from '../languages';

/** What the kiosk says about the sign-in photo: the consent text in the worker's language, and the photo's fate. */
export const evidenceKiosk: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'evidence.kiosk.consent': '本站签到时拍一张小照片，只用于核对是否本人签到（防止代签），保存 {{days}} 天后自动删除。同意吗？',
    'evidence.kiosk.agree': '同意拍照',
    'evidence.kiosk.decline': '不同意',
    'evidence.kiosk.stored': '已拍签到照片',
    'evidence.kiosk.refused': '摄像头未获允许，未拍照（签到有效）',
    'evidence.kiosk.failed': '未能拍照（签到有效）',
  },
  ug: {
    'evidence.kiosk.consent': 'بۇ پونكىتتا ئىمزا قويغاندا كىچىك بىر رەسىم تارتىلىدۇ، پەقەت ئۆزىڭىزنىڭ ئىمزا قويغانلىقىنى تەكشۈرۈشكە ئىشلىتىلىدۇ، {{days}} كۈندىن كېيىن ئاپتوماتىك ئۆچۈرۈلىدۇ. قوشۇلامسىز؟',
    'evidence.kiosk.agree': 'قوشۇلىمەن',
    'evidence.kiosk.decline': 'قوشۇلمايمەن',
    'evidence.kiosk.stored': 'ئىمزا رەسىمى تارتىلدى',
    'evidence.kiosk.refused': 'كامېراغا رۇخسەت يوق، رەسىم تارتىلمىدى (ئىمزا ئىناۋەتلىك)',
    'evidence.kiosk.failed': 'رەسىم تارتىلمىدى (ئىمزا ئىناۋەتلىك)',
  },
  en: {
    'evidence.kiosk.consent': 'This station takes a small photo at sign-in, used only to check that you signed in yourself, and deletes it after {{days}} days. Do you agree?',
    'evidence.kiosk.agree': 'I agree',
    'evidence.kiosk.decline': 'No',
    'evidence.kiosk.stored': 'Sign-in photo taken',
    'evidence.kiosk.refused': 'Camera not allowed: no photo (you are signed in)',
    'evidence.kiosk.failed': 'No photo taken (you are signed in)',
  },
};
