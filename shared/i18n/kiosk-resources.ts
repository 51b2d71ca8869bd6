import type { Language } from './languages';
import { domain } from './locales/domain';
import { errors } from './locales/errors';
import { examsKiosk } from './locales/exams-kiosk';
import { kioskUi } from './locales/kiosk-ui';
import { ui } from './locales/ui';
import { safetyEducationKiosk } from './locales/safety-education-kiosk';
import { evidenceKiosk } from './locales/evidence-kiosk';

/**
 * The strings the kiosk entry ships: its own (kioskui.*), the shared ones it shows (app name, language,
 * errors, session categories). A tablet at the door downloads these, not the admin screens' thousands.
 */
export const KIOSK_LOCALE_PARTS = [ui, domain, errors, kioskUi, examsKiosk, safetyEducationKiosk, evidenceKiosk] as const;

function merged(lang: Language): Record<string, string> {
  return Object.assign({}, ...KIOSK_LOCALE_PARTS.map((part) => part[lang])) as Record<string, string>;
}

export const kioskResources: Record<Language, Record<string, string>> = {
  'zh-CN': merged('zh-CN'),
  ug: merged('ug'),
  en: merged('en'),
};
