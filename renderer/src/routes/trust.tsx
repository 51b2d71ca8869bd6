import { AuditOutlined, CloudServerOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { AccountsPage } from '../pages/trust/AccountsPage';
import { AdminOnly } from '../pages/trust/AdminOnly';
import { AuditPage } from '../pages/trust/AuditPage';
import { BackupsPage } from '../pages/trust/BackupsPage';
import type { AdminRoute, PageEntry } from './types';

/** The admin's trust tools (accounts, backups, audit log): menu entries for admins only, and routes. */
export const trustPages: PageEntry[] = [
  { path: '/accounts', labelKey: 'trustui.nav.accounts', icon: <UserSwitchOutlined />, adminOnly: true },
  { path: '/backups', labelKey: 'trustui.nav.backups', icon: <CloudServerOutlined />, adminOnly: true },
  { path: '/audit', labelKey: 'trustui.nav.audit', icon: <AuditOutlined />, adminOnly: true },
];

export const trustRoutes: AdminRoute[] = [
  { path: 'accounts', element: <AdminOnly><AccountsPage /></AdminOnly> },
  { path: 'backups', element: <AdminOnly><BackupsPage /></AdminOnly> },
  { path: 'audit', element: <AdminOnly><AuditPage /></AdminOnly> },
];
