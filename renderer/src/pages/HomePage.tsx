import { Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NewStationGuide } from '../components/NewStationGuide';
import { StationFacts } from '../components/StationFacts';
import { DashboardBoundary } from '../components/dashboard/DashboardBoundary';
import { useIsNewStation } from '../records/useIsNewStation';
import { useSession } from '../state/session';
import { useStation } from '../state/station';

// The charts library is loaded with the dashboard, not with every screen (the kiosk tablets among them).
const Dashboard = lazy(() => import('../components/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

const STEPS = ['trainers', 'workers', 'sessions', 'kiosk'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const navigate = useNavigate();
  const { current } = useStation();
  const isNew = useIsNewStation(current?.id);
  if (state.status !== 'ready') return null;
  const { info } = state;

  return (
    <Flex vertical gap={16} data-testid="home-page">
      <Typography.Title level={2} className="page-title">
        {t('home.title')}
      </Typography.Title>
      <StationFacts
        labels={{ name: t('home.stationName'), version: t('home.appVersion'), schema: t('home.schemaVersion') }}
        name={info.stationName ?? ''}
        version={info.version}
        schemaVersion={info.schemaVersion}
      />
      {isNew ? (
      <Card>
        <NewStationGuide
          title={t('home.empty.title')}
          intro={t('home.empty.intro')}
          steps={STEPS.map((step) => ({
            title: t(`home.step.${step}.title`),
            description: t(`home.step.${step}.description`),
          }))}
          actionLabel={t('home.empty.action')}
          onAction={() => navigate('/settings')}
        />
      </Card>
      ) : null}
      {current ? (
        <DashboardBoundary key={current.id} message={t('dashboard.loadFailed')}>
          <Suspense fallback={<Skeleton active />}>
            <Dashboard stationId={current.id} />
          </Suspense>
        </DashboardBoundary>
      ) : null}
    </Flex>
  );
}
