import { useTranslation } from 'react-i18next';
import { KioskIcon } from './KioskIcon';

const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/** Waiting for the next worker: what to do, in big type, and the other ways in (keypad, camera). */
export function KioskReady({ mode, closed, busy, camera, onKeypad, onCamera }: { mode: 'in' | 'out'; closed: boolean; busy: boolean; camera: boolean; onKeypad(): void; onCamera(): void }) {
  const { t } = useTranslation();
  return (
    <section className="kiosk-ready" data-testid="kiosk-ready">
      <div className={`kiosk-ready-icon kiosk-mode-${mode}${busy ? ' kiosk-busy' : ''}`} aria-hidden="true">
        <KioskIcon name="scan" />
      </div>
      <h1 className="kiosk-ready-title">{closed ? t('kioskui.ready.closed') : t(mode === 'in' ? 'kioskui.ready.scanIn' : 'kioskui.ready.scanOut')}</h1>
      <p className="kiosk-ready-help">{t('kioskui.ready.help')}</p>
      <div className="kiosk-ready-actions">
        <button type="button" className="kiosk-button kiosk-button-big" onMouseDown={keepFocus} onClick={onKeypad} data-testid="kiosk-open-keypad">
          {t('kioskui.ready.keypad')}
        </button>
        {camera && (
          <button type="button" className="kiosk-button kiosk-button-big" onMouseDown={keepFocus} onClick={onCamera} data-testid="kiosk-open-camera">
            {t('kioskui.ready.camera')}
          </button>
        )}
      </div>
    </section>
  );
}
