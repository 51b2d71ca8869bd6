import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useSession } from '../../state/session';

/**
 * Tells the admin when no account can unlock the kiosk's trainer panel: it needs a PIN, and without
 * one nobody can switch sign-out mode or the session at the door. Admins only (accounts.list is theirs).
 */
export function NoKioskPinAlert({ showLink = true }: { showLink?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useSession();
  const isAdmin = state.status === 'ready' && state.whoami.role === 'admin';
  const [none, setNone] = useState(false);
  useEffect(() => {
    if (!isAdmin) return;
    let live = true;
    void call('accounts.list', {}).then((r) => {
      if (live && r.ok) setNone(!r.value.some((a) => a.hasPin && !a.disabled));
    });
    return () => {
      live = false;
    };
  }, [isAdmin]);
  if (!none) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="no-kiosk-pin"
      title={t('trustui.noKioskPin.title')}
      description={t('trustui.noKioskPin.body')}
      action={
        showLink ? (
          <Button size="small" onClick={() => navigate('/accounts')}>
            {t('trustui.noKioskPin.action')}
          </Button>
        ) : undefined
      }
    />
  );
}
