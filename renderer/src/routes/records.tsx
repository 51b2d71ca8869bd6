import { BankOutlined, CalendarOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { BadgePrintPage } from '../pages/records/BadgePrintPage';
import { ImportPage } from '../pages/records/ImportPage';
import { SessionFormPage } from '../pages/records/SessionFormPage';
import { SessionsPage } from '../pages/records/SessionsPage';
import { StationPage } from '../pages/records/StationPage';
import { TrainersPage } from '../pages/records/TrainersPage';
import { WorkerPage } from '../pages/records/WorkerPage';
import { WorkersPage } from '../pages/records/WorkersPage';
import type { AdminRoute, PageEntry } from './types';

/** The station-records pages (station, workers, trainers, sessions): menu entries and routes. */
export const recordPages: PageEntry[] = [
  { path: '/station', labelKey: 'nav.station', icon: <BankOutlined /> },
  { path: '/workers', labelKey: 'nav.workers', icon: <TeamOutlined /> },
  { path: '/trainers', labelKey: 'nav.trainers', icon: <SolutionOutlined /> },
  { path: '/sessions', labelKey: 'nav.sessions', icon: <CalendarOutlined /> },
];

export const recordRoutes: AdminRoute[] = [
  { path: 'station', element: <StationPage /> },
  { path: 'workers', element: <WorkersPage /> },
  { path: 'workers/new', element: <WorkerPage /> },
  { path: 'workers/import', element: <ImportPage /> },
  { path: 'workers/:workerId', element: <WorkerPage /> },
  { path: 'trainers', element: <TrainersPage /> },
  { path: 'sessions', element: <SessionsPage /> },
  { path: 'sessions/new', element: <SessionFormPage /> },
  { path: 'sessions/:sessionId', element: <SessionFormPage /> },
];

/** Bare print views: mounted outside the admin frame (behind the admin gate), styled for paper. */
export const printRoutes: AdminRoute[] = [{ path: '/print/badges', element: <BadgePrintPage /> }];
