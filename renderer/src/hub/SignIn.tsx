import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hubCall, setHubToken } from './api';

export function SignIn({ onIn }: { onIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: { username: string; password: string }) => {
    const r = await hubCall<{ token: string }>('hub.signIn', v);
    if (!r.ok) return setError(t('hub.ui.signInFailed'));
    setHubToken(r.value.token);
    onIn();
  };
  return (
    <Card title={t('hub.ui.signIn')} style={{ maxWidth: 420, margin: '48px auto' }} data-testid="hub-signin">
      {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
      <Form layout="vertical" requiredMark={false} onFinish={(v) => void submit(v as { username: string; password: string })}>
        <Form.Item name="username" label={t('hub.ui.username')} rules={[{ required: true, message: t('field.required') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('hub.ui.password')} rules={[{ required: true, message: t('field.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('hub.ui.signIn')}
        </Button>
      </Form>
    </Card>
  );
}
