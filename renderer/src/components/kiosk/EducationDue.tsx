import type { TFunction } from 'i18next';
import type { EduLevel } from '../../../../shared/domain/safety-education';

/** Under a kiosk answer: the 三级安全教育 level that is due next, in the worker's language, and any after it. */
export function EducationDue({ levels, t }: { levels: EduLevel[]; t: TFunction }) {
  const [next] = levels;
  if (!next) return null;
  return (
    <p
      className="kiosk-answer-edu"
      // Kept with the component (kiosk.css is shared): one bold line on a darker band, readable at a glance.
      style={{ margin: '0.5em 0 0', fontSize: 'max(17px, 2.6 * var(--u))', fontWeight: 700, background: 'rgba(0, 0, 0, 0.2)', padding: '0.15em 0.5em', borderRadius: 6 }}
      data-testid="kiosk-edu-due" data-levels={levels.join(',')}>
      {t('edu.kiosk.due', { level: t(`edu.level.${next}`), all: levels.map((l) => t(`edu.level.${l}`)).join(t('edu.levelSeparator')) })}
    </p>
  );
}
