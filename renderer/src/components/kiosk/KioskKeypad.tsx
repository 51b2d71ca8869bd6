import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { digitsReady, MIN_DIGITS } from '../../kiosk/scanner';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', 'back'] as const;

/**
 * The on-screen keypad for the last digits of an ID number. Buttons never take focus away from the
 * hidden scanner field (mouse-down is swallowed), so a badge scanned meanwhile still works.
 */
export function KioskKeypad({ digits, busy, onKey, onSubmit, onCancel }: { digits: string; busy: boolean; onKey(key: string): void; onSubmit(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <section className="kiosk-keypad" data-testid="kiosk-keypad" aria-label={t('kioskui.keypad.title')}>
      <h2 className="kiosk-keypad-title">{t('kioskui.keypad.title')}</h2>
      <p className="kiosk-keypad-help">{t('kioskui.keypad.help', { min: MIN_DIGITS })}</p>
      <div className="kiosk-keypad-display" dir="ltr" data-testid="kiosk-digits" aria-live="polite">
        {digits || '\u00a0'}
      </div>
      <div className="kiosk-keypad-grid" dir="ltr">
        {KEYS.map((k) => (
          <Button
            key={k}
            className="kiosk-key"
            onMouseDown={keep}
            onClick={() => onKey(k)}
            aria-label={k === 'back' ? t('kioskui.keypad.back') : k}
            data-key={k}
          >
            {k === 'back' ? '\u232b' : k}
          </Button>
        ))}
      </div>
      <div className="kiosk-keypad-actions">
        <Button className="kiosk-big-button" onMouseDown={keep} onClick={onCancel}>
          {t('kioskui.common.cancel')}
        </Button>
        <Button className="kiosk-big-button kiosk-primary" type="primary" onMouseDown={keep} disabled={busy || !digitsReady(digits)} onClick={onSubmit} data-testid="kiosk-digits-ok">
          {t('kioskui.keypad.ok')}
        </Button>
      </div>
    </section>
  );
}
