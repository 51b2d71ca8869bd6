import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/resources';
import type { DamageReport } from '../db/errors';

/** The damaged-database notice in the user's language, for the desktop app's start-up dialog. */
export function damageText(lang: Language, r: DamageReport): string {
  const body = translate(lang, 'damaged.body');
  if (!r.newestBackup) return `${body}\n${translate(lang, 'damaged.noBackup')}\n${r.file}`;
  const n = (v: number | 'unknown' | undefined) => (typeof v === 'number' ? String(v) : translate(lang, 'damaged.unknown'));
  const offer = translate(lang, 'damaged.offer', {
    at: r.newestBackup.at.slice(0, 16).replace('T', ' ') + ' UTC',
    events: n(r.lost?.attendanceEvents),
    workers: n(r.lost?.workers),
  });
  return `${body}\n${offer}\n${r.file}\nstation restore --latest`;
}
