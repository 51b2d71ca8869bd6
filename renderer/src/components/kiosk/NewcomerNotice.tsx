import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewcomerNotice as Notice } from '../../kiosk/useTrainerCorner';
import { directionOf } from '../../../../shared/i18n/languages';
import { AckNotice } from './AckNotice';

/**
 * The session's notice for a newcomer a trainer just registered, in the newcomer's language (or Chinese,
 * said so): the sign-in counts only once they confirm they read it.
 */
export function NewcomerNotice({ notice, busy, error, onConfirm, onBack }: { notice: Notice; busy: boolean; error: string | null; onConfirm(): void; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const reader = notice.newcomer.language;
  const readerT = useMemo(() => i18n.getFixedT(reader), [i18n, reader]);
  return (
    <div className="kiosk-form kiosk-newcomer-notice" data-testid="kiosk-register-ack">
      <p className="kiosk-form-help">{t('kioskui.register.ackHelp')}</p>
      <h3 className="kiosk-newcomer-title" lang={reader} dir={directionOf(reader)}>
        {readerT('kioskui.register.ackTitle')} · {notice.newcomer.name}
      </h3>
      <AckNotice text={notice.text} textLanguage={notice.language} readerLanguage={reader} t={readerT} testId="kiosk-register-ack-text" />
      {error && (
        <div className="kiosk-form-error" role="alert">
          {error}
        </div>
      )}
      <div className="kiosk-form-actions">
        <button type="button" className="kiosk-button" onClick={onBack}>
          {t('kioskui.common.cancel')}
        </button>
        <button type="button" className="kiosk-button kiosk-button-primary" disabled={busy} onClick={onConfirm} data-testid="kiosk-register-ack-confirm" lang={reader} dir={directionOf(reader)}>
          {readerT('kioskui.ack.button')}
        </button>
      </div>
    </div>
  );
}
