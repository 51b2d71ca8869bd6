import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Switch, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract/types';
import { call } from '../../api/client';
import { applyErrors } from '../../forms/applyErrors';
import { errorText } from './format';
import './trust.css';

interface PinForm {
  currentPassword: string;
  pin: string;
  confirmPin: string;
}

const PIN_FIELDS = { currentPassword: 'currentPassword', pin: 'pin' } as const;

/** "My kiosk PIN": what a trainer types at the kiosk to register a newcomer or leave the kiosk window. */
function KioskPinCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalisedForm<PinForm>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (v: PinForm) => {
    setBusy(true);
    setAlert(null);
    const r = await call('auth.setPin', { currentPassword: v.currentPassword, pin: v.pin });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, PIN_FIELDS, t));
    form.resetFields();
    void message.success(t('trustui.settings.pinSaved'));
  };

  return (
    <Card title={t('trustui.settings.pinTitle')} data-testid="settings-pin">
      <Typography.Paragraph type="secondary">{t('trustui.settings.pinHelp')}</Typography.Paragraph>
      <Form<PinForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} disabled={busy} className="narrow-form">
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Form.Item name="currentPassword" label={t('settings.password.current')} rules={[{ required: true, message: t('field.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="pin"
          label={t('trustui.settings.pin')}
          rules={[
            { required: true, message: t('field.required') },
            { pattern: /^\d{4,8}$/, message: t('trustui.accounts.pinFormat') },
          ]}
        >
          <Input.Password inputMode="numeric" maxLength={8} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="confirmPin"
          label={t('trustui.accounts.pinAgain')}
          dependencies={['pin']}
          rules={[
            { required: true, message: t('field.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('trustui.accounts.pinMismatch'))),
            }),
          ]}
        >
          <Input.Password inputMode="numeric" maxLength={8} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('trustui.settings.pinSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

type SecurityValues = Pick<Settings, 'allowTablets' | 'lanAdmin' | 'idleLockMinutes' | 'backupKeep'>;

/** The admin's station-wide switches: tablets on the LAN, management from other PCs, the idle lock's wait, backups kept. */
function SecurityCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);
  const [form] = useLocalisedForm<SecurityValues>();
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return setAlert(errorText(t, exists, r.error));
      form.setFieldsValue({ allowTablets: r.value.allowTablets, lanAdmin: r.value.lanAdmin, idleLockMinutes: r.value.idleLockMinutes, backupKeep: r.value.backupKeep });
      setLoaded(true);
    });
  }, [form, t, exists]);

  const save = async (v: SecurityValues) => {
    setBusy(true);
    setAlert(null);
    const r = await call('settings.update', v);
    setBusy(false);
    if (!r.ok) return setAlert(errorText(t, exists, r.error));
    void message.success(t('trustui.common.saved'));
  };

  return (
    <Card title={t('trustui.settings.securityTitle')} data-testid="settings-security">
      <Form<SecurityValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)} disabled={busy || !loaded} className="narrow-form">
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Form.Item name="allowTablets" label={t('trustui.settings.allowTablets')} extra={t('trustui.settings.allowTabletsHelp')} valuePropName="checked">
          <Switch data-testid="settings-allow-tablets" />
        </Form.Item>
        <Form.Item name="lanAdmin" label={t('trustui.settings.lanAdmin')} extra={t('trustui.settings.lanAdminHelp')} valuePropName="checked">
          <Switch data-testid="settings-lan-admin" />
        </Form.Item>
        <Form.Item
          name="idleLockMinutes"
          label={t('trustui.settings.idleLock')}
          extra={t('trustui.settings.idleLockHelp')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <InputNumber<number> min={1} max={240} precision={0} suffix={t('trustui.settings.minutes')} data-testid="settings-idle-lock" />
        </Form.Item>
        <Form.Item
          name="backupKeep"
          label={t('trustui.backups.keepTitle')}
          extra={t('trustui.backups.keepHelp')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <InputNumber<number> min={1} max={365} precision={0} data-testid="settings-backup-keep" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('trustui.common.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** The trust helper's part of the settings page: everyone's kiosk PIN; the admin's security switches. */
export function TrustSettingsCards({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Flex vertical gap={16}>
      <KioskPinCard />
      {isAdmin ? <SecurityCard /> : null}
    </Flex>
  );
}
