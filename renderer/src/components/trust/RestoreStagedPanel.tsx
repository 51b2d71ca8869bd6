import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RestoreStaged } from '../../../../shared/contract/trust-types';

/** What the restore's check found, and that the swap waits for the next start. */
export function RestoreStagedPanel({ staged, source }: { staged: RestoreStaged; source: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      icon={<CheckCircleOutlined />}
      data-testid="restore-staged"
      title={t('trustui.restore.stagedTitle')}
      description={
        <>
          <Descriptions
            column={1}
            size="small"
            className="restore-facts"
            items={[
              { key: 'source', label: t('trustui.restore.source'), children: <span className="trust-code">{source}</span> },
              { key: 'checks', label: t('trustui.restore.checks'), children: t('trustui.restore.checksPassed') },
              { key: 'schema', label: t('trustui.restore.schema'), children: staged.schemaVersion },
              { key: 'workers', label: t('trustui.restore.workers'), children: staged.workers },
              { key: 'events', label: t('trustui.restore.events'), children: staged.events },
              {
                key: 'head',
                label: t('trustui.restore.head'),
                children: staged.head ? <span className="trust-code">{staged.head.slice(0, 16)}</span> : t('trustui.restore.noHead'),
              },
            ]}
          />
          <Typography.Paragraph strong className="restore-next" data-testid="restore-restart">
            {t('trustui.restore.restartNeeded')}
          </Typography.Paragraph>
        </>
      }
    />
  );
}
