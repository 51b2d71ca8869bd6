import { BarChartOutlined, FileDoneOutlined } from '@ant-design/icons';
import { BankPage } from '../pages/exams/BankPage';
import { PassRatesPage } from '../pages/exams/PassRatesPage';
import { SessionExamPage } from '../pages/exams/SessionExamPage';
import type { AdminRoute, PageEntry } from './types';

/** The exam pages: the question bank, pass rates, and a session's exam. */
export const examPages: PageEntry[] = [
  { path: '/exams/bank', labelKey: 'exams.nav.bank', icon: <FileDoneOutlined /> },
  { path: '/exams/rates', labelKey: 'exams.nav.rates', icon: <BarChartOutlined /> },
];

export const examRoutes: AdminRoute[] = [
  { path: 'exams/bank', element: <BankPage /> },
  { path: 'exams/rates', element: <PassRatesPage /> },
  { path: 'sessions/:id/exam', element: <SessionExamPage /> },
];
