import { BarChartOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import { PeriodReportPage } from '../pages/reports/PeriodReportPage';
import { PlansPage } from '../pages/reports/PlansPage';
import { PlatformPage } from '../pages/reports/PlatformPage';
import { StatusTablePage } from '../pages/reports/StatusTablePage';
import { SubsidiesPage } from '../pages/reports/SubsidiesPage';
import { SubsidyRulesPage } from '../pages/reports/SubsidyRulesPage';
import type { AdminRoute, PageEntry } from './types';

/** The reports area: one menu entry, a tab per screen (period reports, plan, subsidies, status table, platform). */
export const reportPages: PageEntry[] = [{ path: '/reports', labelKey: 'reportsui.nav.reports', icon: <BarChartOutlined /> }];

export const reportRoutes: AdminRoute[] = [
  { path: 'reports', element: <Navigate to="/reports/period" replace /> },
  { path: 'reports/period', element: <PeriodReportPage /> },
  { path: 'reports/plans', element: <PlansPage /> },
  { path: 'reports/subsidies', element: <SubsidiesPage /> },
  { path: 'reports/subsidy-rules', element: <SubsidyRulesPage /> },
  { path: 'reports/status-table', element: <StatusTablePage /> },
  { path: 'reports/platform', element: <PlatformPage /> },
];
