import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A trainer unlocks the kiosk's settings with their PIN: pick your name, type the digits. */
export function TrainerUnlock({ trainers, busy, error, onUnlock }: { trainers: { accountId: string; displayName: string }[]; busy: boolean; error: string | null; onUnlock(accountId: string, pin: string): void }) {
  const { t } = useTranslation();
  const [accountId, setAccountId] = useState(trainers[0]?.accountId ?? '');
  const [pin, setPin] = useState('');
  const ready = accountId !== '' && /^\d{4,8}$/.test(pin);
  if (trainers.length === 0) {
    return (
      <div className="kiosk-form" data-testid="kiosk-unlock-none">
        <p className="kiosk-form-help">{t('kioskui.unlock.noneSet')}</p>
      </div>
    );
  }
  return (
    <form
      className="kiosk-form"
      data-testid="kiosk-unlock"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && !busy) onUnlock(accountId, pin);
      }}
    >
      <p className="kiosk-form-help">{t('kioskui.unlock.help')}</p>
      <div className="kiosk-choices" role="radiogroup">
        {trainers.map((tr) => (
          <button key={tr.accountId} type="button" role="radio" aria-checked={tr.accountId === accountId} className={tr.accountId === accountId ? 'kiosk-choice kiosk-choice-on' : 'kiosk-choice'} onClick={() => setAccountId(tr.accountId)}>
            {tr.displayName}
          </button>
        ))}
      </div>
      <input
        className="kiosk-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        placeholder={t('kioskui.unlock.pin')}
        aria-label={t('kioskui.unlock.pin')}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        data-testid="kiosk-unlock-pin"
        dir="ltr"
      />
      {error && (
        <div className="kiosk-form-error" role="alert">
          {error}
        </div>
      )}
      <button type="submit" className="kiosk-button kiosk-button-primary" disabled={!ready || busy} data-testid="kiosk-unlock-submit">
        {t('kioskui.unlock.submit')}
      </button>
    </form>
  );
}
