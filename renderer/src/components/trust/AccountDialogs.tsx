import { Alert, Col, Form, Input, Modal, Row, Select, Typography, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface NewAccount {
  username: string;
  displayName: string;
  role: 'admin' | 'trainer';
  password: string;
  pin?: string;
}

export type NewAccountForm = NewAccount & { confirmPassword: string; confirmPin?: string };

const PIN = /^\d{4,8}$/;

/**
 * "Type it again" rule: the field must equal `other`. An empty field is left to the required rule
 * where there is one (`emptyOk`), so it does not get two messages at once.
 */
const sameAs = (other: string, t: TFunction, key: string, emptyOk = false) => ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
  validator: (_rule: unknown, value: string | undefined) =>
    (emptyOk && !value) || (value ?? '') === ((getFieldValue(other) as string | undefined) ?? '')
      ? Promise.resolve()
      : Promise.reject(new Error(t(key))),
});

const passwordRules = (t: TFunction) => [
  { required: true, message: t('field.required') },
  { min: 8, message: t('field.passwordTooShort') },
  { max: 128, message: t('field.tooLong', { max: 128 }) },
];

const pinRules = (t: TFunction, required: boolean) => [
  ...(required ? [{ required: true, message: t('field.required') }] : []),
  { pattern: PIN, message: t('trustui.accounts.pinFormat') },
];

interface CreateProps {
  open: boolean;
  busy: boolean;
  error: string | null;
  form: FormInstance<NewAccountForm>;
  onCreate(account: NewAccount): void;
  onCancel(): void;
}

/** A new account, a trainer unless chosen otherwise: password typed twice, kiosk PIN optional. */
export function CreateAccountDialog({ open, busy, error, form, onCreate, onCancel }: CreateProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('trustui.accounts.createTitle')}
      okText={t('trustui.accounts.createOk')}
      cancelText={t('trustui.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form<NewAccountForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: 'trainer' }}
        data-testid="account-create-form"
        onFinish={({ confirmPassword: _c, confirmPin: _p, pin, ...v }) => onCreate({ ...v, ...(pin ? { pin } : {}) })}
      >
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <Form.Item
          name="username"
          label={t('trustui.accounts.username')}
          extra={t('trustui.accounts.usernameHelp')}
          rules={[
            { required: true, message: t('field.required') },
            { pattern: /^[A-Za-z0-9_.-]{2,30}$/, message: t('trustui.accounts.usernameFormat') },
          ]}
        >
          <Input autoComplete="off" dir="ltr" data-testid="account-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('trustui.accounts.displayName')} rules={[{ required: true, message: t('field.required') }, { max: 50, message: t('field.tooLong', { max: 50 }) }]}>
          <Input autoComplete="off" data-testid="account-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('trustui.accounts.role')}>
          <Select
            options={[
              { value: 'trainer', label: t('trustui.value.role.trainer') },
              { value: 'admin', label: t('trustui.value.role.admin') },
            ]}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="password" label={t('trustui.accounts.password')} rules={passwordRules(t)}>
              <Input.Password autoComplete="new-password" data-testid="account-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="confirmPassword"
              label={t('trustui.accounts.passwordAgain')}
              dependencies={['password']}
              rules={[{ required: true, message: t('field.required') }, sameAs('password', t, 'field.passwordMismatch', true)]}
            >
              <Input.Password autoComplete="new-password" data-testid="account-password-again" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('trustui.accounts.pinHelp')}</Typography.Paragraph>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="pin" label={t('trustui.accounts.pinOptional')} rules={pinRules(t, false)}>
              <Input.Password inputMode="numeric" autoComplete="off" maxLength={8} data-testid="account-pin" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="confirmPin" label={t('trustui.accounts.pinAgain')} dependencies={['pin']} rules={[sameAs('pin', t, 'trustui.accounts.pinMismatch')]}>
              <Input.Password inputMode="numeric" autoComplete="off" maxLength={8} data-testid="account-pin-again" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export type ResetKind = 'password' | 'pin';

interface ResetProps {
  kind: ResetKind | null;
  who: string;
  busy: boolean;
  error: string | null;
  form: FormInstance<{ value: string; confirm: string }>;
  onReset(value: string): void;
  onCancel(): void;
}

/** A new password or PIN for someone who forgot theirs; a new password also ends their open sessions. */
export function ResetDialog({ kind, who, busy, error, form, onReset, onCancel }: ResetProps) {
  const { t } = useTranslation();
  const pin = kind === 'pin';
  return (
    <Modal
      open={kind !== null}
      title={pin ? t('trustui.accounts.resetPinTitle', { name: who }) : t('trustui.accounts.resetPasswordTitle', { name: who })}
      okText={t('trustui.accounts.resetOk')}
      cancelText={t('trustui.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => onReset(v.value)} data-testid="account-reset-form">
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <Alert type="info" showIcon className="form-alert" title={pin ? t('trustui.accounts.resetPinHelp') : t('trustui.accounts.resetPasswordHelp')} />
        <Form.Item name="value" label={pin ? t('trustui.accounts.newPin') : t('trustui.accounts.newPassword')} rules={pin ? pinRules(t, true) : passwordRules(t)}>
          {pin ? (
            <Input.Password inputMode="numeric" autoComplete="off" maxLength={8} data-testid="account-reset-value" />
          ) : (
            <Input.Password autoComplete="new-password" data-testid="account-reset-value" />
          )}
        </Form.Item>
        <Form.Item
          name="confirm"
          label={pin ? t('trustui.accounts.pinAgain') : t('trustui.accounts.passwordAgain')}
          dependencies={['value']}
          rules={[{ required: true, message: t('field.required') }, sameAs('value', t, pin ? 'trustui.accounts.pinMismatch' : 'field.passwordMismatch', true)]}
        >
          <Input.Password autoComplete="off" data-testid="account-reset-again" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
