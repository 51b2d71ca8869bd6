import { useEffect, useRef, type ReactNode } from 'react';
import { KioskIcon } from './KioskIcon';

/** A plain modal panel over the kiosk: a title, a close button, Escape closes; it fits the screen. */
export function KioskDialog({ title, closeLabel, onClose, children, testId }: { title: string; closeLabel: string; onClose(): void; children: ReactNode; testId?: string }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="kiosk-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} className="kiosk-dialog" role="dialog" aria-modal="true" aria-label={title} tabIndex={-1} data-testid={testId}>
        <div className="kiosk-dialog-head">
          <h2 className="kiosk-dialog-title">{title}</h2>
          <button type="button" className="kiosk-icon-button" aria-label={closeLabel} onClick={onClose} data-testid="kiosk-dialog-close">
            <KioskIcon name="close" />
          </button>
        </div>
        <div className="kiosk-dialog-body">{children}</div>
      </div>
    </div>
  );
}
