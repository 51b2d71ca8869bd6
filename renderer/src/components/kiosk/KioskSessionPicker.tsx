import { useTranslation } from 'react-i18next';
import type { KioskSession } from '../../../../shared/contract/attendance-types';
import { wallTime } from './KioskHeader';

/** For the trainer: today's sessions, when the kiosk cannot tell which one the room is for. */
export function KioskSessionPicker({ choices, onPick }: { choices: KioskSession[]; onPick(id: string): void }) {
  const { t } = useTranslation();
  return (
    <section className="kiosk-picker" data-testid="kiosk-picker">
      <h2 className="kiosk-picker-title">{choices.length ? t('kioskui.picker.title') : t('kioskui.picker.none')}</h2>
      <p className="kiosk-picker-help">{choices.length ? t('kioskui.picker.help') : t('kioskui.picker.noneHelp')}</p>
      <div className="kiosk-picker-list">
        {choices.map((s) => (
          <button key={s.id} type="button" className="kiosk-picker-item" onClick={() => onPick(s.id)} data-testid="kiosk-picker-item">
            <span dir="ltr" className="kiosk-picker-time">
              {wallTime(s.startsAt)}–{wallTime(s.endsAt)}
            </span>
            <bdi className="kiosk-picker-name">{s.title}</bdi>
            <span className="kiosk-picker-meta">
              {t(`category.${s.category}`, { defaultValue: s.category })}
              {s.trainerNames.length ? ` · ${s.trainerNames.join(t('kioskui.common.listSeparator'))}` : ''}
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
