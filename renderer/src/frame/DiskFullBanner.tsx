import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissDiskFull, onDiskFull, type DiskFull } from '../api/client';

/**
 * Above every admin page while the disk is full: a refused save must not pass as a passing toast,
 * since everything typed after it would be refused too until space is freed.
 */
export function DiskFullBanner() {
  const { t } = useTranslation();
  const [state, setState] = useState<DiskFull | null>(null);
  useEffect(() => onDiskFull(setState), []);
  if (!state) return null;
  return (
    <Alert
      type="error"
      showIcon
      banner
      data-testid="disk-full-banner"
      style={{ marginBottom: 16 }}
      title={t('alerts.diskFull.title')}
      description={t('alerts.diskFull.detail', {
        dataDir: state.dataDir ?? '—',
        free: state.freeBytes === null ? '?' : Math.floor(state.freeBytes / 1024 / 1024),
      })}
      action={
        <Button size="small" onClick={dismissDiskFull} data-testid="disk-full-close">
          {t('alerts.diskFull.close')}
        </Button>
      }
    />
  );
}
