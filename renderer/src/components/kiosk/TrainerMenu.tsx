import { useTranslation } from 'react-i18next';
import type { KioskSession } from '../../../../shared/contract/attendance-types';
import type { Language } from '../../../../shared/i18n/languages';
import { KioskLanguages } from './KioskLanguages';

export interface TrainerMenuProps {
  unlockedBy: string | null;
  mode: 'in' | 'out';
  signOutRequired: boolean;
  choices: KioskSession[];
  sessionId: string | null;
  homeLanguage: Language;
  pending: number;
  canRegister: boolean;
  canLeave: boolean;
  error: string | null;
  onMode(mode: 'in' | 'out'): void;
  onSession(id: string): void;
  onHomeLanguage(lang: Language): void;
  onSendPending(): void;
  onRegister(): void;
  onLeave(): void;
  /** Puts this tablet in exam mode for the session (after it, workers take its exam here). */
  onExam?(): void;
}

/** What a trainer may change at the kiosk, once unlocked. */
export function TrainerMenu(p: TrainerMenuProps) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-menu">
      {p.unlockedBy && <div className="kiosk-menu-hint">{t('kioskui.unlock.as', { name: p.unlockedBy })}</div>}
      <div className="kiosk-menu-row">
        <div className="kiosk-menu-label">{t('kioskui.trainer.mode')}</div>
        <div className="kiosk-choices" role="radiogroup" data-testid="kiosk-mode-switch">
          {(['in', 'out'] as const).map((m) => (
            <button key={m} type="button" role="radio" aria-checked={p.mode === m} className={p.mode === m ? 'kiosk-choice kiosk-choice-on' : 'kiosk-choice'} onClick={() => p.onMode(m)}>
              {t(m === 'in' ? 'kioskui.mode.in' : 'kioskui.mode.out')}
            </button>
          ))}
        </div>
        {p.mode === 'in' && p.signOutRequired && <div className="kiosk-menu-hint">{t('kioskui.trainer.signOutHint')}</div>}
      </div>
      {p.choices.length > 0 && (
        <div className="kiosk-menu-row">
          <div className="kiosk-menu-label">{t('kioskui.trainer.session')}</div>
          <div className="kiosk-choices kiosk-choices-column" role="radiogroup">
            {p.choices.map((s) => (
              <button key={s.id} type="button" role="radio" aria-checked={s.id === p.sessionId} className={s.id === p.sessionId ? 'kiosk-choice kiosk-choice-on' : 'kiosk-choice'} onClick={() => p.onSession(s.id)}>
                <span dir="ltr">{s.startsAt.slice(11, 16)}</span> {s.title}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="kiosk-menu-row">
        <div className="kiosk-menu-label">{t('kioskui.trainer.homeLanguage')}</div>
        <KioskLanguages value={p.homeLanguage} onChange={p.onHomeLanguage} testId="kiosk-home-language" />
        <div className="kiosk-menu-hint">{t('kioskui.trainer.homeLanguageHelp')}</div>
      </div>
      <div className="kiosk-menu-actions">
        {p.pending > 0 && (
          <button type="button" className="kiosk-button" onClick={p.onSendPending} data-testid="kiosk-send-pending">
            {t('kioskui.trainer.sendPending', { count: p.pending })}
          </button>
        )}
        {p.canRegister && (
          <button type="button" className="kiosk-button" onClick={p.onRegister} data-testid="kiosk-register-open">
            {t('kioskui.register.open')}
          </button>
        )}
        {p.onExam && p.sessionId && (
          <button type="button" className="kiosk-button" onClick={p.onExam} data-testid="kiosk-exam-mode">
            {t('examkiosk.start')}
          </button>
        )}
        {p.canLeave && (
          <button type="button" className="kiosk-button kiosk-button-danger" onClick={p.onLeave}>
            {t('kioskui.trainer.leave')}
          </button>
        )}
      </div>
      {p.error && (
        <div className="kiosk-form-error" role="alert">
          {p.error}
        </div>
      )}
    </div>
  );
}
