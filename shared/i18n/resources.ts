import type { Language } from './languages';
import { domain } from './locales/domain';
import { errors } from './locales/errors';
import { kioskUi } from './locales/kiosk-ui';
import { menu } from './locales/menu';
import { records } from './locales/records';
import { recordsUi } from './locales/records-ui';
import { reports } from './locales/reports';
import { trust } from './locales/trust';
import { trustUi } from './locales/trust-ui';
import { ui } from './locales/ui';

/**
 * Every string a person sees, per language, as flat dotted keys. Namespaced by file (menu, errors,
 * ui) so the parts of the app can own their strings; a test checks every key exists in every language.
 */
export const resources: Record<Language, Record<string, string>> = {
  'zh-CN': { ...ui['zh-CN'], ...domain['zh-CN'], ...errors['zh-CN'], ...menu['zh-CN'], ...records['zh-CN'], ...recordsUi['zh-CN'], ...kioskUi['zh-CN'], ...trust['zh-CN'], ...trustUi['zh-CN'], ...reports['zh-CN'] },
  ug: { ...ui.ug, ...domain.ug, ...errors.ug, ...menu.ug, ...records.ug, ...recordsUi.ug, ...kioskUi.ug, ...trust.ug, ...trustUi.ug, ...reports.ug },
  en: { ...ui.en, ...domain.en, ...errors.en, ...menu.en, ...records.en, ...recordsUi.en, ...kioskUi.en, ...trust.en, ...trustUi.en, ...reports.en },
};

/** Looks a key up with {{name}} interpolation, for code outside React (menus, dialogs, CLI). */
export function translate(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  const template = resources[lang][key] ?? resources.en[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
