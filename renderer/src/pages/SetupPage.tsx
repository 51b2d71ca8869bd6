import { useLocalisedForm } from '../forms/useLocalisedForm';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { call } from '../api/client';
import { AuthLayout } from '../components/AuthLayout';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { applyErrors } from '../forms/applyErrors';
import { useLanguage } from '../state/language';
import { useSession } from '../state/session';

interface SetupForm {
  stationName: string;
  adminName: string;
  adminPassword: string;
  confirmPassword: string;
  language: Language;
}

/** Contract paths of setup.init, mapped to this form's fields. */
const FIELDS = { stationName: 'stationName', adminName: 'adminName', adminPassword: 'adminPassword', language: 'language' } as const;

export function SetupPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [form] = useLocalisedForm<SetupForm>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (values: SetupForm) => {
    setBusy(true);
    setAlert(null);
    const result = await call('setup.init', {
      stationName: values.stationName,
      adminName: values.adminName,
      adminPassword: values.adminPassword,
      language: values.language,
    });
    if (!result.ok) {
      setBusy(false);
      setAlert(applyErrors(form, result.error, FIELDS, t));
      return;
    }
    await refresh();
    navigate('/', { replace: true });
  };

  // The picker and the switcher are one choice: what a newcomer sets here is what they then read.
  const pick = (lang: Language) => {
    form.setFieldValue('language', lang);
    void setLanguage(lang);
  };

  return (
    <AuthLayout
      appName={t('app.name')}
      title={t('setup.title')}
      subtitle={t('setup.subtitle')}
      toolbar={<LanguageSwitcher value={language} onChange={pick} label={t('language.label')} />}
    >
      <Form<SetupForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ language }}
        onFinish={(v) => void submit(v)}
        disabled={busy}
        data-testid="setup-form"
      >
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Form.Item
          name="stationName"
          label={t('setup.stationName')}
          extra={t('setup.stationNameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('field.required') },
            { max: 100, message: t('field.tooLong', { max: 100 }) },
          ]}
        >
          <Input autoFocus maxLength={100} placeholder={t('setup.stationNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="adminName"
          label={t('setup.adminName')}
          extra={t('setup.adminNameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('field.required') },
            { max: 50, message: t('field.tooLong', { max: 50 }) },
          ]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="adminPassword"
          label={t('setup.adminPassword')}
          extra={t('setup.adminPasswordHelp')}
          rules={[
            { required: true, message: t('field.required') },
            { min: 8, message: t('field.passwordTooShort') },
            { max: 128, message: t('field.tooLong', { max: 128 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('setup.confirmPassword')}
          dependencies={['adminPassword']}
          rules={[
            { required: true, message: t('field.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('adminPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('field.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="language" label={t('setup.language')} extra={t('setup.languageHelp')}>
          <Select<Language>
            onChange={pick}
            options={LANGUAGES.map((lang) => ({ value: lang, label: <span lang={lang}>{LANGUAGE_NAMES[lang]}</span> }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
