import { useLocalisedForm } from '../forms/useLocalisedForm';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { AuthLayout } from '../components/AuthLayout';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { applyErrors } from '../forms/applyErrors';
import { useLanguage } from '../state/language';
import { useSession } from '../state/session';

interface SignInForm {
  username: string;
  password: string;
}

const FIELDS = { username: 'username', password: 'password' } as const;

/** Where a page sent us before sign-in, so signing in returns there. */
export interface SignInLocationState {
  from?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { signIn, signOutReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInLocationState;
  const [form] = useLocalisedForm<SignInForm>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (values: SignInForm) => {
    setBusy(true);
    setAlert(null);
    const result = await signIn(values.username, values.password);
    setBusy(false);
    if (!result.ok) {
      setAlert(applyErrors(form, result.error, FIELDS, t));
      form.setFieldValue('password', '');
      form.focusField('password');
      return;
    }
    navigate(state.from && state.from !== '/signin' ? state.from : '/', { replace: true });
  };

  return (
    <AuthLayout
      appName={t('app.name')}
      title={t('signin.title')}
      toolbar={<LanguageSwitcher value={language} onChange={(l) => void setLanguage(l)} label={t('language.label')} />}
    >
      <Form<SignInForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ username: 'admin' }}
        onFinish={(v) => void submit(v)}
        disabled={busy}
        data-testid="signin-form"
      >
        {signOutReason === 'passwordChanged' && !alert ? (
          <Alert type="success" showIcon title={t('signin.passwordChanged')} className="form-alert" />
        ) : null}
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" role="alert" data-testid="signin-error" /> : null}
        <Form.Item
          name="username"
          label={t('signin.username')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input autoComplete="username" maxLength={50} />
        </Form.Item>
        <Form.Item name="password" label={t('signin.password')} rules={[{ required: true, message: t('field.required') }]}>
          <Input.Password autoFocus autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('signin.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
