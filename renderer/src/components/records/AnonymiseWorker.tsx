import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerDetail } from '../../../../shared/contract/records';
import type { Result } from '../../../../shared/contract/result';
import { errorMessage } from '../../forms/errorText';

interface Props {
  worker: WorkerDetail;
  /** The page's call to workers.anonymise (components do not reach the API themselves). */
  anonymise(): Promise<Result<WorkerDetail>>;
  onDone(worker: WorkerDetail): void;
}

/** Refusals the core explains by reason. */
const REASONS: Record<string, string> = {
  'workers.not_left': 'trustui.anonymise.notLeft',
  'workers.already_anonymised': 'trustui.anonymise.already',
};

/**
 * Anonymising a worker who has left, on their request (PIPL): the admin types the worker's name to
 * confirm, having read that identity goes and attendance counts stay. Only for workers who have left.
 */
export function AnonymiseWorker({ worker, anonymise, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = worker.status === 'left';

  const run = async () => {
    setBusy(true);
    setError(null);
    const r = await anonymise();
    setBusy(false);
    if (!r.ok) {
      const reason = r.error.details?.reason;
      const key = typeof reason === 'string' ? REASONS[reason] : undefined;
      const m = errorMessage(r.error);
      return setError(key ? t(key) : t(m.key, m.vars ?? {}));
    }
    setOpen(false);
    void message.success(t('trustui.anonymise.done'));
    onDone(r.value);
  };

  return (
    <Flex vertical gap={4} align="start" data-testid="anonymise-worker">
      <Button danger icon={<EyeInvisibleOutlined />} disabled={!left} onClick={() => setOpen(true)} data-testid="anonymise-open">
        {t('trustui.anonymise.button')}
      </Button>
      {left ? null : <Typography.Text type="secondary">{t('trustui.anonymise.notLeft')}</Typography.Text>}
      <Modal
        open={open}
        title={t('trustui.anonymise.title')}
        okText={t('trustui.anonymise.ok')}
        cancelText={t('trustui.common.cancel')}
        okButtonProps={{ danger: true, disabled: typed.trim() !== worker.name.trim() }}
        confirmLoading={busy}
        onOk={() => void run()}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          setTyped('');
          setError(null);
        }}
        destroyOnHidden
      >
        <Flex vertical gap={12} data-testid="anonymise-dialog">
          <Alert type="warning" showIcon title={t('trustui.anonymise.goes')} description={t('trustui.anonymise.stays')} />
          <Typography.Paragraph className="anonymise-prompt">
            {t('trustui.anonymise.typeName')} <bdi className="confirm-name">{worker.name}</bdi>
          </Typography.Paragraph>
          <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" aria-label={t('trustui.anonymise.typeName')} data-testid="anonymise-name" />
          {error ? <Alert type="error" showIcon title={error} /> : null}
        </Flex>
      </Modal>
    </Flex>
  );
}
