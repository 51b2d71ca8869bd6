import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { BrandMark } from '../components/BrandMark';
import { KioskLanguages } from '../components/kiosk/KioskLanguages';
import { errorMessage } from '../forms/errorText';
import { codeFromFragment } from '../kiosk/pairing';
import type { KioskLanguage } from '../kiosk/useKioskLanguage';

/** A tablet becomes this station's kiosk: the six-digit code shown on the PC, and a name for the list. */
export function KioskPairPage({ revoked, language, onPaired }: { revoked: boolean; language: KioskLanguage; onPaired(): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeOk = /^\d{6}$/.test(code.trim());
  const nameOk = name.trim().length > 0 && name.trim().length <= 50;

  useEffect(() => {
    const fromLink = codeFromFragment(window.location.hash);
    if (fromLink) {
      setCode(fromLink);
      // The code has done its job in the address bar; do not leave it in history.
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);

  const submit = async () => {
    setTried(true);
    if (!codeOk || !nameOk || busy) return;
    setBusy(true);
    setError(null);
    const r = await call('devices.pair', { code: code.trim(), name: name.trim() });
    setBusy(false);
    if (!r.ok) {
      if (r.error.code === 'invalid_input' && (r.error.details?.fields ?? []).every((f) => f.path !== 'name')) setError(t('kioskui.pair.wrongCode'));
      else {
        const m = errorMessage(r.error);
        setError(t(m.key, m.vars ?? {}));
      }
      return;
    }
    onPaired();
  };

  return (
    <div className="kiosk kiosk-pair" data-testid="kiosk-pair">
      <div className="kiosk-pair-card">
        <div className="kiosk-pair-head">
          <BrandMark size={56} />
          <h1 className="kiosk-pair-title">{t('kioskui.pair.title')}</h1>
        </div>
        {revoked && (
          <div className="kiosk-alert kiosk-alert-warning" role="alert" data-testid="kiosk-pair-revoked">
            {t('kioskui.pair.revoked')}
          </div>
        )}
        <p className="kiosk-pair-help">{t('kioskui.pair.help')}</p>
        {error && (
          <div className="kiosk-alert kiosk-alert-error" role="alert" data-testid="kiosk-pair-error">
            {error}
          </div>
        )}
        <form
          className="kiosk-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label className="kiosk-field">
            <span className="kiosk-field-label">{t('kioskui.pair.code')}</span>
            <input className="kiosk-input kiosk-pair-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} dir="ltr" value={code} onChange={(e) => setCode(e.target.value)} aria-invalid={tried && !codeOk} data-testid="kiosk-pair-code" />
            {tried && !codeOk && <span className="kiosk-field-error">{t('kioskui.pair.codeRule')}</span>}
          </label>
          <label className="kiosk-field">
            <span className="kiosk-field-label">{t('kioskui.pair.name')}</span>
            <input className="kiosk-input" maxLength={50} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={tried && !nameOk} data-testid="kiosk-pair-name" />
            <span className={tried && !nameOk ? 'kiosk-field-error' : 'kiosk-field-help'}>{tried && !nameOk ? t('kioskui.pair.nameRule') : t('kioskui.pair.nameHelp')}</span>
          </label>
          <button type="submit" className="kiosk-button kiosk-button-primary kiosk-button-block" disabled={busy} data-testid="kiosk-pair-submit">
            {t('kioskui.pair.submit')}
          </button>
        </form>
      </div>
      <KioskLanguages value={language.shown} onChange={language.pick} />
    </div>
  );
}
