import type { Language } from './languages';
import { alerts } from './locales/alerts';
import { hub } from './locales/hub';
import { auditLabels } from './locales/audit-labels';
import { clerk } from './locales/clerk';
import { dashboard } from './locales/dashboard';
import { domain } from './locales/domain';
import { errors } from './locales/errors';
import { exams } from './locales/exams';
import { examsKiosk } from './locales/exams-kiosk';
import { kioskUi } from './locales/kiosk-ui';
import { menu } from './locales/menu';
import { print } from './locales/print';
import { records } from './locales/records';
import { recordsUi } from './locales/records-ui';
import { reports } from './locales/reports';
import { reportsUi } from './locales/reports-ui';
import { trust } from './locales/trust';
import { trustUi } from './locales/trust-ui';
import { ui } from './locales/ui';
import { safetyEducation } from './locales/safety-education';
import { safetyEducationKiosk } from './locales/safety-education-kiosk';
import { evidence } from './locales/evidence';
import { evidenceKiosk } from './locales/evidence-kiosk';

/**
 * Every string a person sees, per language, as flat dotted keys. Namespaced by file (menu, errors,
 * ui) so the parts of the app can own their strings; tests check every key exists in every language
 * and no part redefines another part's key (the later one would silently win).
 */
export const LOCALE_PARTS = [ui, domain, errors, menu, records, recordsUi, kioskUi, trust, reports, reportsUi, dashboard, print, trustUi, auditLabels, clerk, alerts, exams, examsKiosk, hub, safetyEducation, safetyEducationKiosk, evidence, evidenceKiosk] as const;

function merged(lang: Language): Record<string, string> {
  return Object.assign({}, ...LOCALE_PARTS.map((part) => part[lang])) as Record<string, string>;
}

export const resources: Record<Language, Record<string, string>> = {
  'zh-CN': merged('zh-CN'),
  ug: merged('ug'),
  en: merged('en'),
};

/** Looks a key up with {{name}} interpolation, for code outside React (menus, dialogs, CLI). */
export function translate(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  const template = resources[lang][key] ?? resources.en[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
