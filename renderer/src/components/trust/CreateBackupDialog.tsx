import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  busy: boolean;
  error: string | null;
  onCreate(passphrase: string | undefined): void;
  onCancel(): void;
}

interface Values {
  passphrase?: string;
  confirm?: string;
}

/** "Back up now": an optional passphrase, typed twice, since a forgotten one cannot be recovered. */
export function CreateBackupDialog({ open, busy, error, onCreate, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = useLocalisedForm<Values>();
  return (
    <Modal
      open={open}
      title={t('trustui.backups.createTitle')}
      okText={t('trustui.backups.createOk')}
      cancelText={t('trustui.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => onCreate(v.passphrase ? v.passphrase : undefined)}
        data-testid="backup-create-form"
      >
        <Typography.Paragraph type="secondary">{t('trustui.backups.createHelp')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <Form.Item
          name="passphrase"
          label={t('trustui.backups.passphrase')}
          extra={t('trustui.backups.passphraseHint')}
          rules={[
            { min: 8, message: t('trustui.backups.passphraseShort') },
            { max: 1024, message: t('field.tooLong', { max: 1024 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="backup-passphrase" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('trustui.backups.passphraseAgain')}
          dependencies={['passphrase']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                (value ?? '') === (getFieldValue('passphrase') ?? '') ? Promise.resolve() : Promise.reject(new Error(t('trustui.backups.passphraseMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="backup-passphrase-again" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
