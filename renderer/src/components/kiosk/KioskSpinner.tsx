import { useTranslation } from 'react-i18next';

/** Waiting for the station: a ring that turns, and the word for screen readers. */
export function KioskSpinner() {
  const { t } = useTranslation();
  return (
    <div className="kiosk-spinner" role="status" aria-label={t('kioskui.common.loading')}>
      <span className="kiosk-spinner-ring" aria-hidden="true" />
    </div>
  );
}
