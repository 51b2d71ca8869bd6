import type { Locale } from 'antd/es/locale';
// The ES module, not antd/locale/en_US (CommonJS, whose default import a bundle may hand over wrapped).
import enUS from 'antd/es/locale/en_US';
// The pickers name months and weekdays through dayjs, by the locale name the strings give ('ug-cn').
import 'dayjs/locale/ug-cn';
import { ANTD_UG } from '../../../shared/i18n/antd-ug';

function build(): Locale {
  return { ...enUS, ...ANTD_UG, global: { ...enUS.global, ...ANTD_UG.global }, Transfer: { ...enUS.Transfer, ...ANTD_UG.Transfer } };
}

let built: Locale | undefined;

/** antd in Uyghur; built on first use, as antd's own locale modules import one another and are complete only once all have loaded. */
export function ugLocale(): Locale {
  built ??= build();
  return built;
}
