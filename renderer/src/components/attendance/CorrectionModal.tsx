import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export type CorrectionAction = 'add' | 'excuse' | 'void' | 'sign_out';

export interface CorrectionTarget {
  action: CorrectionAction;
  workerId: string;
  name: string;
}

const TITLE_KEYS: Record<CorrectionAction, string> = {
  add: 'kioskui.live.correct.add',
  excuse: 'kioskui.live.correct.excuse',
  void: 'kioskui.live.correct.void',
  sign_out: 'kioskui.live.correct.sign_out',
};

/** A trainer's correction needs a reason: it goes into the record with who made it. */
export function CorrectionModal({ target, busy, error, onSubmit, onCancel }: { target: CorrectionTarget | null; busy: boolean; error: string | null; onSubmit(reason: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);
  return (
    <Modal
      open={target !== null}
      title={target ? t(TITLE_KEYS[target.action]) : ''}
      okText={t('kioskui.live.correct.confirm')}
      cancelText={t('kioskui.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ danger: target?.action === 'void' }}
    >
      {target && (
        <Form form={form} layout="vertical" onFinish={(v) => onSubmit(v.reason.trim())} initialValues={{ reason: '' }}>
          <Typography.Paragraph strong data-testid="correction-worker">
            {target.name}
          </Typography.Paragraph>
          <Form.Item
            name="reason"
            label={t('kioskui.live.correct.reason')}
            extra={t('kioskui.live.correct.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('kioskui.live.correct.reasonRequired') }]}
            validateStatus={error ? 'error' : undefined}
            help={error ?? undefined}
          >
            <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} data-testid="correction-reason" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
