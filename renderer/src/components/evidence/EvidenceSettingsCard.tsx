import { Alert, App, Button, Card, Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSettings } from '../../../../shared/contract/evidence-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';

/** The station's sign-in photo rule: off by default, the days kept, and the consent text the kiosk shows. */
export function EvidenceSettingsCard({ stationId, canEdit }: { stationId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<EvidenceSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('evidence.settings', { stationId }).then((r) => r.ok && setValue(r.value));
  }, [stationId]);
  const save = async () => {
    if (!value) return;
    setBusy(true);
    const r = await call('evidence.updateSettings', { stationId, settings: value });
    setBusy(false);
    if (r.ok) {
      setValue(r.value);
      setError(null);
      void message.success(t('settings.saved'));
    } else {
      const m = errorMessage(r.error);
      setError(t(m.key, m.vars ?? {}));
    }
  };
  return (
    <Card title={t('evidence.settings.title')} loading={!value} data-testid="evidence-settings">
      {value ? (
        <Form layout="vertical" onFinish={() => void save()} disabled={!canEdit || busy}>
          <Typography.Paragraph type="secondary">{t('evidence.settings.help')}</Typography.Paragraph>
          <Form.Item label={t('evidence.settings.enabled')}>
            <Switch checked={value.enabled} onChange={(on) => setValue({ ...value, enabled: on })} data-testid="evidence-enabled" />
          </Form.Item>
          <Form.Item label={t('evidence.settings.retention')} extra={t('evidence.settings.retentionHelp')}>
            <InputNumber min={1} max={3650} value={value.retentionDays} onChange={(v) => setValue({ ...value, retentionDays: v ?? 180 })} suffix={t('evidence.days')} className="number-input" data-testid="evidence-retention" />
          </Form.Item>
          <Form.Item label={t('evidence.settings.consentPreview')}>
            <Typography.Paragraph className="evidence-consent-preview" data-testid="evidence-consent-preview" style={{ margin: 0 }}>
              {t('evidence.kiosk.consent', { days: value.retentionDays })}
            </Typography.Paragraph>
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Flex>
            <Button htmlType="submit" type="primary" loading={busy} data-testid="evidence-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </Card>
  );
}
