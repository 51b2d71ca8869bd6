import { useTranslation } from 'react-i18next';
import { digitsReady, MIN_DIGITS } from '../../kiosk/scanner';
import { KioskIcon } from './KioskIcon';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', 'back'] as const;
const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/**
 * The on-screen keypad for the last digits of an ID number (the shared rule: 4 to 8 characters, the last
 * may be X, so `850X` is sendable). Buttons never take focus from the hidden scanner field, so a badge
 * scanned meanwhile still works. It shrinks to the space it has: OK and the bottom row always show.
 */
export function KioskKeypad({ digits, busy, onKey, onSubmit, onCancel }: { digits: string; busy: boolean; onKey(key: string): void; onSubmit(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <section className="kiosk-keypad" data-testid="kiosk-keypad" aria-label={t('kioskui.keypad.title')}>
      <div className="kiosk-keypad-side">
        <h2 className="kiosk-keypad-title">{t('kioskui.keypad.title')}</h2>
        <p className="kiosk-keypad-help">{t('kioskui.keypad.help', { min: MIN_DIGITS })}</p>
        <div className="kiosk-keypad-display" dir="ltr" data-testid="kiosk-digits" aria-live="polite">
          {digits || '\u00a0'}
        </div>
        <div className="kiosk-keypad-actions">
          <button type="button" className="kiosk-button kiosk-button-big" onMouseDown={keepFocus} onClick={onCancel} data-testid="kiosk-digits-cancel">
            {t('kioskui.common.cancel')}
          </button>
          <button type="button" className="kiosk-button kiosk-button-big kiosk-button-primary" onMouseDown={keepFocus} disabled={busy || !digitsReady(digits)} onClick={onSubmit} data-testid="kiosk-digits-ok">
            {t('kioskui.keypad.ok')}
          </button>
        </div>
      </div>
      <div className="kiosk-keypad-grid" dir="ltr">
        {KEYS.map((k) => (
          <button key={k} type="button" className="kiosk-key" onMouseDown={keepFocus} onClick={() => onKey(k)} aria-label={k === 'back' ? t('kioskui.keypad.back') : k} data-key={k}>
            {k === 'back' ? <KioskIcon name="backspace" /> : k}
          </button>
        ))}
      </div>
    </section>
  );
}
