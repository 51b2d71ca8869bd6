import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../records/useIsAdmin';

/** A trainer who types an admin page's address sees why it is not there, instead of a page of refusals. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  if (!isAdmin) return <Result status="403" title={t('trustui.adminOnly.title')} subTitle={t('trustui.adminOnly.body')} data-testid="admin-only" />;
  return children;
}
