import { useLocalisedForm } from '../forms/useLocalisedForm';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { call } from '../api/client';
import { applyErrors } from '../forms/applyErrors';
import { errorMessage } from '../forms/errorText';
import { useSession } from '../state/session';
import { TrustSettingsCards } from './trust/SettingsCards';
import { HubSyncCard } from './hub/HubSyncCard';
import { Link } from 'react-router';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const PASSWORD_FIELDS = { currentPassword: 'currentPassword', newPassword: 'newPassword' } as const;

function DefaultLanguageCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<Language | null>(null);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((result) => {
      if (result.ok) setValue(result.value.uiLanguage);
      else setAlert(t(errorMessage(result.error).key));
    });
  }, [t]);

  const save = async () => {
    if (!value) return;
    setSaving(true);
    const result = await call('settings.update', { uiLanguage: value });
    setSaving(false);
    if (result.ok) void message.success(t('settings.saved'));
    else setAlert(t(errorMessage(result.error).key));
  };

  return (
    <Card title={t('settings.language.title')} data-testid="settings-language">
      <Typography.Paragraph type="secondary">{t('settings.language.help')}</Typography.Paragraph>
      {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('settings.language.field')} htmlFor="station-default-language">
          <Flex gap={8} wrap align="center">
            <Select<Language>
              id="station-default-language"
              className="language-select station-language-select"
              style={{ width: 240 }}
              value={value ?? undefined}
              loading={value === null}
              disabled={!canEdit}
              onChange={setValue}
              options={LANGUAGES.map((lang) => ({ value: lang, label: <span lang={lang}>{LANGUAGE_NAMES[lang]}</span> }))}
            />
            <Button type="primary" onClick={() => void save()} loading={saving} disabled={!canEdit || value === null}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      {canEdit ? null : <Typography.Paragraph type="secondary">{t('settings.adminOnly')}</Typography.Paragraph>}
    </Card>
  );
}

function ChangePasswordCard() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [form] = useLocalisedForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (values: PasswordForm) => {
    setBusy(true);
    setAlert(null);
    const result = await call('auth.changePassword', {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    setBusy(false);
    if (!result.ok) {
      setAlert(applyErrors(form, result.error, PASSWORD_FIELDS, t));
      return;
    }
    // The core ends every session of the account, this one too: sign in again with the new password.
    // The frame's gate then shows sign-in, which says why.
    await signOut('passwordChanged');
  };

  return (
    <Card title={t('settings.password.title')} data-testid="settings-password">
      <Typography.Paragraph type="secondary">{t('settings.password.help')}</Typography.Paragraph>
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        disabled={busy}
        className="narrow-form"
      >
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Form.Item
          name="currentPassword"
          label={t('settings.password.current')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('settings.password.new')}
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
          label={t('settings.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('field.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('field.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('settings.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const isAdmin = state.status === 'ready' && state.whoami.role === 'admin';
  return (
    <Flex vertical gap={16} data-testid="settings-page">
      <Typography.Title level={2} className="page-title">
        {t('settings.title')}
      </Typography.Title>
      <DefaultLanguageCard canEdit={isAdmin} />
      <ChangePasswordCard />
      <TrustSettingsCards isAdmin={isAdmin} />
      {isAdmin ? <HubSyncCard /> : null}
      <Card size="small">
        <Link to="/about" data-testid="about-link">
          {t('about.link')}
        </Link>
      </Card>
    </Flex>
  );
}
