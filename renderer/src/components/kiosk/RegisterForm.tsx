import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Newcomer {
  name: string;
  idNumber: string;
}

/** On-the-spot registration of someone the kiosk did not know; the badge is printed later. */
export function RegisterForm({ initialIdNumber, busy, error, onSubmit, onCancel }: { initialIdNumber: string; busy: boolean; error: string | null; onSubmit(v: Newcomer): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Form<Newcomer> layout="vertical" size="large" initialValues={{ name: '', idNumber: initialIdNumber }} onFinish={(v) => onSubmit({ name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase() })} data-testid="kiosk-register">
      <p>{t('kioskui.register.help')}</p>
      <Form.Item name="name" label={t('kioskui.register.name')} rules={[{ required: true, whitespace: true, max: 50, message: t('kioskui.register.nameRule') }]}>
        <Input maxLength={50} data-testid="kiosk-register-name" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('kioskui.register.idNumber')} rules={[{ required: true, pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('kioskui.register.idRule') }]}>
        <Input maxLength={18} dir="ltr" autoComplete="off" data-testid="kiosk-register-id" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Flex gap={12} justify="flex-end">
        <Button onClick={onCancel}>{t('kioskui.common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="kiosk-register-submit">
          {t('kioskui.register.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
