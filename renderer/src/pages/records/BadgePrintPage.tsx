import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { BadgeSheet, type BadgeView } from '../../components/records/BadgeSheet';
import { errorMessage } from '../../forms/errorText';
import { readBadgeSelection } from '../../records/badgeSelection';
import { useSession } from '../../state/session';

/** The desktop app's printToPDF waits until this attribute says the page is ready. */
function setPrintState(state: 'loading' | 'ready'): void {
  document.documentElement.dataset.printState = state;
}

/** A bare print view (outside the admin frame): the badges of the workers picked in the list. */
export function BadgePrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useSession();
  const [badges, setBadges] = useState<BadgeView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setPrintState('loading');
    document.body.classList.add('print-body');
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
      document.body.classList.remove('print-body');
      delete document.documentElement.dataset.printState;
    };
  }, [t]);

  // Ready once the sheet is on screen and its images have decoded.
  useEffect(() => {
    if (badges === null) return;
    const images = [...document.querySelectorAll<HTMLImageElement>('.badge-page img')];
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => setPrintState('ready'));
  }, [badges]);

  const stationName = state.status === 'ready' ? (state.info.stationName ?? '') : '';
  return (
    <div className="print-view" data-testid="badge-print">
      <Flex className="print-toolbar no-print" gap={8} align="center" wrap>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={() => navigate('/workers')}>
          {t('rec.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!badges?.length}>
          {t('badgeSheet.print')}
        </Button>
        <Typography.Text>{badges ? t('badgeSheet.count', { n: badges.length }) : t('common.loading')}</Typography.Text>
      </Flex>
      {error ? <Alert className="no-print" type="error" showIcon title={error} /> : null}
      {badges && badges.length === 0 && !error ? <Alert className="no-print" type="info" showIcon title={t('badgeSheet.none')} /> : null}
      {badges ? (
        <BadgeSheet
          badges={badges}
          stationName={stationName}
          labels={{ trade: t('badgeSheet.trade'), team: t('badgeSheet.team'), employer: t('badgeSheet.employer') }}
        />
      ) : null}
    </div>
  );
}
