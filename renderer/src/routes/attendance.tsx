import { CheckSquareOutlined, TabletOutlined } from '@ant-design/icons';
import { AttendancePage } from '../pages/attendance/AttendancePage';
import { DevicesPage } from '../pages/attendance/DevicesPage';
import { LivePage } from '../pages/attendance/LivePage';
import type { AdminRoute, PageEntry } from './types';

/** The attendance pages (live view, devices): menu entries and routes. */
export const attendancePages: PageEntry[] = [
  { path: '/attendance', labelKey: 'kioskui.nav.attendance', icon: <CheckSquareOutlined /> },
  { path: '/devices', labelKey: 'kioskui.nav.devices', icon: <TabletOutlined /> },
];

export const attendanceRoutes: AdminRoute[] = [
  { path: 'attendance', element: <AttendancePage /> },
  { path: 'sessions/:id/live', element: <LivePage /> },
  { path: 'devices', element: <DevicesPage /> },
];
