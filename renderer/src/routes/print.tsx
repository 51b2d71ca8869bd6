import { ExamResultsPrintPage } from '../pages/print/ExamResultsPrintPage';
import { ReportPrintPage } from '../pages/print/ReportPrintPage';
import { SignInSheetPrintPage } from '../pages/print/SignInSheetPrintPage';
import { StatusTablePrintPage } from '../pages/print/StatusTablePrintPage';
import { WorkerRecordPrintPage } from '../pages/print/WorkerRecordPrintPage';
import type { AdminRoute } from './types';

/** Paper views of the reports (bare pages outside the admin frame, like the badge sheet). */
export const paperRoutes: AdminRoute[] = [
  { path: '/print/status-table', element: <StatusTablePrintPage /> },
  { path: '/print/sign-in-sheet/:sessionId', element: <SignInSheetPrintPage /> },
  { path: '/print/worker-record/:workerId', element: <WorkerRecordPrintPage /> },
  { path: '/print/report', element: <ReportPrintPage /> },
  { path: '/print/exam-results/:sessionId', element: <ExamResultsPrintPage /> },
];
