import { SafetyOutlined, SoundOutlined } from '@ant-design/icons';
import { EduCardPrintPage } from '../pages/print/EduCardPrintPage';
import { EduReportPage } from '../pages/safety-education/EduReportPage';
import { TalksPage } from '../pages/safety-education/TalksPage';
import type { AdminRoute, PageEntry } from './types';

/** 三级安全教育 (its completion report) and the daily pre-shift talk: menu entries, routes and papers. */
export const safetyEducationPages: PageEntry[] = [
  { path: '/talks', labelKey: 'talks.nav', icon: <SoundOutlined /> },
  { path: '/safety-education', labelKey: 'edu.nav', icon: <SafetyOutlined /> },
];

export const safetyEducationRoutes: AdminRoute[] = [
  { path: 'talks', element: <TalksPage /> },
  { path: 'safety-education', element: <EduReportPage /> },
];

export const safetyEducationPapers: AdminRoute[] = [
  { path: '/print/edu-card/:workerId', element: <EduCardPrintPage /> },
  { path: '/print/edu-cards', element: <EduCardPrintPage /> },
];
