import { Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NewStationGuide } from '../components/NewStationGuide';
import { DashboardBoundary } from '../components/dashboard/DashboardBoundary';
import { useIsNewStation } from '../records/useIsNewStation';
import { useSession } from '../state/session';
import { useStation } from '../state/station';
import { NoKioskPinAlert } from '../components/trust/NoKioskPinAlert';

// The charts library is loaded with the dashboard, not with every screen (the kiosk tablets among them).
const Dashboard = lazy(() => import('../components/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

/** The new-station guide's steps, each with the screens that do it. */
const STEPS = [
  { step: 'trainers', actions: [{ label: 'home.step.trainers.action', to: '/trainers' }] },
  {
    step: 'workers',
    actions: [
      { label: 'home.step.workers.action', to: '/workers/import' },
      { label: 'home.step.workers.actionOne', to: '/workers/new' },
    ],
  },
  { step: 'sessions', actions: [{ label: 'home.step.sessions.action', to: '/sessions/new' }] },
  { step: 'kiosk', actions: [{ label: 'home.step.kiosk.action', to: '/devices' }] },
] as const;

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
      <NoKioskPinAlert />
      {isNew ? (
      <Card>
        <NewStationGuide
          title={t('home.empty.title')}
          intro={t('home.empty.intro')}
          steps={STEPS.map(({ step, actions }) => ({
            key: step,
            title: t(`home.step.${step}.title`),
            description: t(`home.step.${step}.description`),
            actions: actions.map((a) => ({ label: t(a.label), onClick: () => navigate(a.to) })),
          }))}
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
