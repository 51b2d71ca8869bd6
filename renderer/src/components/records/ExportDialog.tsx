import { Checkbox, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ExportChoice {
  format: 'xlsx' | 'csv';
  status: 'on_site' | 'left' | 'all';
  fullIdNumbers: boolean;
}

interface Props {
  open: boolean;
  busy: boolean;
  isAdmin: boolean;
  error: string | null;
  onExport(choice: ExportChoice): void;
  onCancel(): void;
}

/** Roster export options; full ID numbers only for an admin, and the dialog says it is recorded. */
export function ExportDialog({ open, busy, isAdmin, error, onExport, onCancel }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>({ format: 'xlsx', status: 'all', fullIdNumbers: false });
  return (
    <Modal
      open={open}
      title={t('exportUi.title')}
      okText={t('exportUi.download')}
      cancelText={t('rec.cancel')}
      confirmLoading={busy}
      onOk={() => onExport(choice)}
      onCancel={onCancel}
    >
      <Form layout="vertical">
        <Form.Item label={t('exportUi.format')}>
          <Radio.Group
            value={choice.format}
            onChange={(e) => setChoice({ ...choice, format: e.target.value as ExportChoice['format'] })}
            options={[
              { value: 'xlsx', label: t('exportUi.xlsx') },
              { value: 'csv', label: t('exportUi.csv') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('exportUi.which')}>
          <Radio.Group
            value={choice.status}
            onChange={(e) => setChoice({ ...choice, status: e.target.value as ExportChoice['status'] })}
            options={[
              { value: 'all', label: t('workerList.statusAll') },
              { value: 'on_site', label: t('workerStatus.on_site') },
              { value: 'left', label: t('workerStatus.left') },
            ]}
          />
        </Form.Item>
        {isAdmin ? (
          <Form.Item extra={t('exportUi.fullIdsHelp')}>
            <Checkbox
              checked={choice.fullIdNumbers}
              onChange={(e) => setChoice({ ...choice, fullIdNumbers: e.target.checked })}
              data-testid="export-full-ids"
            >
              {t('exportUi.fullIds')}
            </Checkbox>
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('exportUi.maskedNote')}</Typography.Paragraph>
        )}
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
