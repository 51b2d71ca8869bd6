import type { Language } from '../languages';
import type { ErrorCode } from '../../contract/result';

/** What a person reads for each error code of the contract. */
export const errors: Record<Language, Record<`errors.${ErrorCode}`, string>> = {
  'zh-CN': {
    'errors.unknown_channel': '程序版本不匹配，请刷新页面或重启软件。',
    'errors.invalid_input': '填写的内容有误，请检查标红的项目。',
    'errors.unauthenticated': '请先登录。',
    'errors.forbidden': '您的账号没有权限执行此操作。',
    'errors.not_found': '找不到该记录，可能已被删除。',
    'errors.conflict': '与现有记录冲突。',
    'errors.rate_limited': '尝试次数过多，请稍后再试。',
    'errors.payload_too_large': '提交的内容过大。',
    'errors.unsupported_media_type': '提交格式不正确。',
    'errors.disk_full': '电脑硬盘已满，这次没有保存任何内容。请清理硬盘空间（或删除旧备份）后重试。',
    'errors.database_damaged': '启动检查发现数据库已损坏。为保护现有记录，现在不能保存任何内容，但仍可查看和导出。请在“备份与恢复”页面用最近的完好备份恢复，或联系技术支持。',
    'errors.internal': '系统内部出错，已记录日志。请重试，如仍失败请联系管理员。',
  },
  ug: {
    'errors.unknown_channel': 'پروگرامما نەشرى ماس كەلمىدى، بەتنى يېڭىلاڭ ياكى قايتا قوزغىتىڭ.',
    'errors.invalid_input': 'تولدۇرغان مەزمۇندا خاتالىق بار، قىزىل بەلگىلەنگەن تۈرلەرنى تەكشۈرۈڭ.',
    'errors.unauthenticated': 'ئالدى بىلەن كىرىڭ.',
    'errors.forbidden': 'ھېساباتىڭىزنىڭ بۇ مەشغۇلاتقا ھوقۇقى يوق.',
    'errors.not_found': 'بۇ خاتىرە تېپىلمىدى، ئۆچۈرۈلگەن بولۇشى مۇمكىن.',
    'errors.conflict': 'بار خاتىرە بىلەن توقۇنۇشتى.',
    'errors.rate_limited': 'سىناش قېتىم سانى بەك كۆپ، سەل تۇرۇپ قايتا سىناڭ.',
    'errors.payload_too_large': 'يوللانغان مەزمۇن بەك چوڭ.',
    'errors.unsupported_media_type': 'يوللاش شەكلى توغرا ئەمەس.',
    'errors.disk_full': 'كومپيۇتېرنىڭ دىسكىسى توشۇپ كەتتى، بۇ قېتىم ھېچنېمە ساقلانمىدى. دىسكىدىن ئورۇن بوشىتىپ (ياكى كونا زاپاسلارنى ئۆچۈرۈپ) قايتا سىناڭ.',
    'errors.database_damaged': 'قوزغىلىش تەكشۈرۈشىدە ساندان بۇزۇلغانلىقى بايقالدى. بار خاتىرىلەرنى قوغداش ئۈچۈن ھازىر ھېچنېمە ساقلانمايدۇ، لېكىن كۆرۈش ۋە چىقىرىشقا بولىدۇ. «زاپاسلاش» بېتىدە ئەڭ يېقىنقى ساغلام زاپاستىن ئەسلىگە كەلتۈرۈڭ ياكى تېخنىكىلىق ياردەم سوراڭ.',
    'errors.internal': 'سىستېما ئىچكى خاتالىقى يۈز بەردى، خاتىرىگە ئېلىندى. قايتا سىناڭ.',
  },
  en: {
    'errors.unknown_channel': 'The app versions do not match: reload the page or restart the app.',
    'errors.invalid_input': 'Some fields need correcting: check the ones marked in red.',
    'errors.unauthenticated': 'Please sign in first.',
    'errors.forbidden': 'Your account may not do this.',
    'errors.not_found': 'That record was not found; it may have been deleted.',
    'errors.conflict': 'This conflicts with an existing record.',
    'errors.rate_limited': 'Too many attempts: wait a little and try again.',
    'errors.payload_too_large': 'What was sent is too large.',
    'errors.unsupported_media_type': 'What was sent is in the wrong format.',
    'errors.disk_full': 'The PC’s disk is full and nothing was saved. Free some space (or delete old backups) and try again.',
    'errors.database_damaged': 'The start-up check found the database damaged. To protect the records, nothing can be saved now, but you can still look and export. Restore the newest good backup on the Backups page, or ask for support.',
    'errors.internal': 'Something went wrong inside the station and was logged. Try again; if it keeps failing, tell the admin.',
  },
};
