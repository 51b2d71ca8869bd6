import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/languages';
import type { Newcomer } from '../../kiosk/useTrainerCorner';
import { KioskLanguages } from './KioskLanguages';

const ID_NUMBER = /^\d{17}[\dX]$/;

/** On-the-spot registration of someone the kiosk did not know; the badge is printed later. */
export function RegisterForm({ initialIdNumber, initialLanguage, busy, error, onSubmit, onCancel }: { initialIdNumber: string; initialLanguage: Language; busy: boolean; error: string | null; onSubmit(v: Newcomer): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState(initialIdNumber);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tried, setTried] = useState(false);
  const nameOk = name.trim().length > 0 && name.trim().length <= 50;
  const idOk = ID_NUMBER.test(idNumber.trim().toUpperCase());
  return (
    <form
      className="kiosk-form kiosk-register"
      data-testid="kiosk-register"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (nameOk && idOk && !busy) onSubmit({ name: name.trim(), idNumber: idNumber.trim().toUpperCase(), language });
      }}
    >
      <p className="kiosk-form-help">{t('kioskui.register.help')}</p>
      <div className="kiosk-register-fields">
        <label className="kiosk-field">
          <span className="kiosk-field-label">{t('kioskui.register.name')}</span>
          <input className="kiosk-input" maxLength={50} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={tried && !nameOk} data-testid="kiosk-register-name" />
          {tried && !nameOk && <span className="kiosk-field-error">{t('kioskui.register.nameRule')}</span>}
        </label>
        <label className="kiosk-field">
          <span className="kiosk-field-label">{t('kioskui.register.idNumber')}</span>
          <input className="kiosk-input" maxLength={18} dir="ltr" autoComplete="off" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} aria-invalid={tried && !idOk} data-testid="kiosk-register-id" />
          {tried && !idOk && <span className="kiosk-field-error">{t('kioskui.register.idRule')}</span>}
        </label>
      </div>
      <div className="kiosk-field">
        <span className="kiosk-field-label">{t('kioskui.register.language')}</span>
        <KioskLanguages value={language} onChange={setLanguage} testId="kiosk-register-language" />
      </div>
      {error && (
        <div className="kiosk-form-error" role="alert">
          {error}
        </div>
      )}
      <div className="kiosk-form-actions">
        <button type="button" className="kiosk-button" onClick={onCancel}>
          {t('kioskui.common.cancel')}
        </button>
        <button type="submit" className="kiosk-button kiosk-button-primary" disabled={busy} data-testid="kiosk-register-submit">
          {t('kioskui.register.submit')}
        </button>
      </div>
    </form>
  );
}
