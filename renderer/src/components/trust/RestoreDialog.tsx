import { Alert, Checkbox, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What is being restored: a backup from the list (its time known), or a file the admin picked. */
export type RestoreSource = { kind: 'listed'; name: string; at: string; encrypted: boolean } | { kind: 'upload'; fileName: string };

interface Props {
  source: RestoreSource | null;
  busy: boolean;
  error: string | null;
  formatTime(iso: string): string;
  onRestore(passphrase: string | undefined): void;
  onCancel(): void;
}

/**
 * The restore's confirmation: says plainly that everything entered since the backup is replaced,
 * that the current data is kept aside, and that the swap happens at the next start. The admin ticks
 * that they understand before the button works.
 */
export function RestoreDialog({ source, busy, error, formatTime, onRestore, onCancel }: Props) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const askPassphrase = source?.kind === 'upload' || (source?.kind === 'listed' && source.encrypted);
  const since = source?.kind === 'listed' ? formatTime(source.at) : null;
  return (
    <Modal
      open={source !== null}
      title={t('trustui.restore.title')}
      okText={t('trustui.restore.ok')}
      cancelText={t('trustui.common.cancel')}
      okButtonProps={{ danger: true, disabled: !understood || (source?.kind === 'listed' && source.encrypted && passphrase.length === 0) }}
      confirmLoading={busy}
      onOk={() => onRestore(passphrase ? passphrase : undefined)}
      onCancel={onCancel}
      afterClose={() => {
        setUnderstood(false);
        setPassphrase('');
      }}
      destroyOnHidden
    >
      <div data-testid="restore-dialog">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'source',
              label: t('trustui.restore.source'),
              children: <span className="trust-code">{source?.kind === 'listed' ? source.name : source?.fileName}</span>,
            },
            ...(since ? [{ key: 'at', label: t('trustui.restore.madeAt'), children: since }] : []),
          ]}
        />
        <Alert
          type="warning"
          showIcon
          className="restore-warning"
          title={since ? t('trustui.restore.replaceSince', { at: since }) : t('trustui.restore.replaceUpload')}
          description={t('trustui.restore.keptAside')}
          data-testid="restore-warning"
        />
        {error ? <Alert type="error" showIcon title={error} className="form-alert" data-testid="restore-error" /> : null}
        <Form layout="vertical" requiredMark={false}>
          {askPassphrase ? (
            <Form.Item
              label={t('trustui.restore.passphrase')}
              extra={source?.kind === 'upload' ? t('trustui.restore.passphraseIfAny') : null}
            >
              <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" data-testid="restore-passphrase" />
            </Form.Item>
          ) : null}
          <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="restore-understood">
            {t('trustui.restore.understood')}
          </Checkbox>
        </Form>
        <Typography.Paragraph type="secondary" className="restore-next">
          {t('trustui.restore.nextStart')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
