import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskSession } from '../../../../shared/contract/attendance-types';
import { KioskIcon } from './KioskIcon';

export const wallTime = (at: string) => at.slice(11, 16);

/** The session at the top of the kiosk: what, who teaches, when, how many are in, and what waits to be sent. */
export const KioskHeader = memo(function KioskHeader({ stationName, session, mode, pendingCount }: { stationName: string; session: KioskSession | null; mode: 'in' | 'out'; pendingCount: number }) {
  const { t } = useTranslation();
  return (
    <header className="kiosk-header">
      <div className="kiosk-header-main">
        {/* Typed by people: each keeps its own direction (<bdi>) and lines up with the screen's. */}
        <div className="kiosk-station" data-testid="kiosk-station">
          <bdi>{stationName}</bdi>
        </div>
        <div className="kiosk-session-title" data-testid={session ? 'kiosk-session-title' : undefined}>
          {session ? <bdi>{session.title}</bdi> : t('kiosk.title')}
        </div>
        {session && (
          <div className="kiosk-session-meta">
            <span className="kiosk-tag">{t(`category.${session.category}`, { defaultValue: session.category })}</span>
            <span dir="ltr" className="kiosk-session-time">
              {wallTime(session.startsAt)}–{wallTime(session.endsAt)}
            </span>
            {session.trainerNames.length > 0 && <span className="kiosk-session-trainers">{t('kioskui.header.trainers', { names: session.trainerNames.join(t('kioskui.common.listSeparator')) })}</span>}
          </div>
        )}
      </div>
      <div className="kiosk-header-side">
        {pendingCount > 0 && (
          <div className="kiosk-pending" data-testid="kiosk-pending" role="status">
            <KioskIcon name="cloud" />
            <span>{t('kioskui.pending.badge', { count: pendingCount })}</span>
          </div>
        )}
        {session && (
          <div className="kiosk-count" title={t('kioskui.header.present')}>
            <KioskIcon name="team" />
            <span className="kiosk-count-number" data-testid="kiosk-present-count">
              {session.presentCount}
            </span>
            <span className="kiosk-count-label">{t('kioskui.header.present')}</span>
          </div>
        )}
        <div className={`kiosk-mode kiosk-mode-${mode}`} data-testid="kiosk-mode">
          {t(mode === 'in' ? 'kioskui.mode.in' : 'kioskui.mode.out')}
        </div>
      </div>
    </header>
  );
});
