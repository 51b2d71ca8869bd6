import { Alert } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PrintPage } from '../../components/print/PrintPage';
import { BadgeSheet, type BadgeView } from '../../components/records/BadgeSheet';
import { errorMessage } from '../../forms/errorText';
import { pdfName } from '../../print/printPaper';
import { readBadgeSelection } from '../../records/badgeSelection';
import { useSession } from '../../state/session';

/** A bare print view (outside the admin frame): the badges of the workers picked in the list. */
export function BadgePrintPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [badges, setBadges] = useState<BadgeView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ids = readBadgeSelection();
    let live = true;
    void (async () => {
      if (ids.length === 0) {
        setBadges([]);
        return;
      }
      const r = await call('workers.badgeSheet', { workerIds: ids });
      if (!live) return;
      if (!r.ok) {
        setError(t(errorMessage(r.error).key));
        setBadges([]);
        return;
      }
      const views = await Promise.all(
        r.value.map(async (b) => ({
          ...b,
          qrDataUrl: await toDataURL(b.badgeCode, { errorCorrectionLevel: 'M', margin: 1, width: 240 }),
        })),
      );
      if (live) setBadges(views);
    })();
    return () => {
      live = false;
    };
  }, [t]);

  const stationName = state.status === 'ready' ? (state.info.stationName ?? '') : '';
  return (
    <PrintPage
      testId="badge-print"
      backTo="/workers"
      settled={badges !== null}
      error={error}
      fileName={pdfName(stationName)}
      // The selection lives in this tab's sessionStorage, which the desktop's hidden print window cannot read.
      viaHost={false}
      canPrint={!!badges?.length}
      status={badges ? t('badgeSheet.count', { n: badges.length }) : t('common.loading')}
    >
      {badges && badges.length === 0 && !error ? <Alert className="no-print" type="info" showIcon title={t('badgeSheet.none')} /> : null}
      {badges ? (
        <BadgeSheet
          badges={badges}
          stationName={stationName}
          labels={{ trade: t('badgeSheet.trade'), team: t('badgeSheet.team'), employer: t('badgeSheet.employer') }}
        />
      ) : null}
    </PrintPage>
  );
}
