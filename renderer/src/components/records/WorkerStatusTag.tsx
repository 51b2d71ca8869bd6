import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkerStatus } from '../../../../shared/domain/vocab';

export function WorkerStatusTag({ status, archived }: { status: WorkerStatus; archived: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={status === 'on_site' ? 'green' : 'default'}>{t(`workerStatus.${status}`)}</Tag>
      {archived ? <Tag color="orange">{t('workerList.archived')}</Tag> : null}
    </>
  );
}
