import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Popconfirm, Switch, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubSyncStatus } from '../../../../shared/contract/channels/hub-sync';
import { call } from '../../api/client';
import { saveExport } from '../../records/files';
import { errorText, formatTime } from '../trust/format';

interface EnrolForm {
  hubUrl: string;
  code: string;
  move: boolean;
}

/**
 * The station's hub: enrol with the hub admin's code, see the last successful sync and what waits,
 * sync now, write the USB bundle, and choose whether full ID numbers go (off unless turned on).
 */
export function HubSyncCard() {
  const { t, i18n } = useTranslation();
  const exists = (k: string) => i18n.exists(k);
  const { message } = App.useApp();
  const [status, setStatus] = useState<HubSyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [form] = Form.useForm<EnrolForm>();

  const load = useCallback(async () => {
    const r = await call('hubSync.status', {});
    if (r.ok) setStatus(r.value);
  }, []);
  useEffect(() => void load(), [load]);

  const enrol = async (v: EnrolForm) => {
    setBusy(true);
    setAlert(null);
    const r = await call('hubSync.enrol', { hubUrl: v.hubUrl, code: v.code, move: v.move ?? false });
    setBusy(false);
    if (!r.ok) {
      const reason = typeof r.error.details?.reason === 'string' ? `hub.reason.${r.error.details.reason}` : '';
      return setAlert(reason && exists(reason) ? t(reason) : r.error.message || errorText(t, exists, r.error));
    }
    setStatus(r.value);
    form.resetFields();
    void message.success(t('hub.station.enrolled'));
  };

  const pushNow = async () => {
    setBusy(true);
    const r = await call('hubSync.pushNow', {});
    setBusy(false);
    if (!r.ok) {
      void load();
      return void message.error(r.error.message || errorText(t, exists, r.error));
    }
    setStatus(r.value.status);
    void message.success(r.value.batches ? t('hub.station.synced', { rows: r.value.rows, events: r.value.events }) : t('hub.station.upToDate'));
  };

  const bundle = async () => {
    const r = await call('hubSync.exportBundle', {});
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    const saved = await saveExport(r.value);
    if ('error' in saved) void message.error(saved.error);
  };

  const share = async (on: boolean) => {
    const r = await call('hubSync.shareIds', { on });
    if (r.ok) setStatus(r.value);
    else void message.error(errorText(t, exists, r.error));
  };

  const enrolled = status?.enrolled === true;
  return (
    <Card title={t('hub.station.title')} data-testid="settings-hub">
      <Typography.Paragraph type="secondary">{t('hub.station.help')}</Typography.Paragraph>
      {enrolled && status ? (
        <>
          <Descriptions size="small" column={1} bordered className="hub-status">
            <Descriptions.Item label={t('hub.station.hub')}>
              <span dir="ltr">{status.hubUrl}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('hub.station.lastSync')}>{status.lastSyncAt ? formatTime(status.lastSyncAt) : t('hub.station.never')}</Descriptions.Item>
            <Descriptions.Item label={t('hub.station.waiting')}>{t('hub.station.waitingValue', { revisions: status.waiting.revisions, events: status.waiting.events })}</Descriptions.Item>
          </Descriptions>
          {status.lastError ? <Alert type="warning" showIcon title={t('hub.station.lastError')} description={status.lastError} className="form-alert" data-testid="hub-last-error" /> : null}
          <Flex gap={8} wrap style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => void pushNow()} loading={busy} data-testid="hub-sync-now">
              {t('hub.station.syncNow')}
            </Button>
            <Button onClick={() => void bundle()} data-testid="hub-bundle">
              {t('hub.station.bundle')}
            </Button>
          </Flex>
          <Flex gap={8} align="center" style={{ marginTop: 12 }}>
            <Popconfirm title={status.shareIds ? t('hub.station.shareOffConfirm') : t('hub.station.shareOnConfirm')} onConfirm={() => void share(!status.shareIds)}>
              <Switch checked={status.shareIds} data-testid="hub-share-ids" />
            </Popconfirm>
            <Typography.Text>{t('hub.station.shareIds')}</Typography.Text>
          </Flex>
        </>
      ) : null}
      <Form<EnrolForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void enrol(v)} disabled={busy} className="narrow-form" style={{ marginTop: enrolled ? 16 : 0 }}>
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Form.Item name="hubUrl" label={t('hub.station.hubUrl')} rules={[{ required: true, message: t('field.required') }]}>
          <Input dir="ltr" placeholder="http://192.168.1.10:8790" autoComplete="off" />
        </Form.Item>
        <Form.Item name="code" label={t('hub.station.code')} rules={[{ required: true, message: t('field.required') }]}>
          <Input dir="ltr" placeholder="XXXX-XXXX-XXXX" autoComplete="off" />
        </Form.Item>
        {enrolled ? (
          <Form.Item name="move" valuePropName="checked" rules={[{ validator: (_r, v: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('hub.station.moveRequired')))) }]}>
            <Checkbox>{t('hub.station.move')}</Checkbox>
          </Form.Item>
        ) : null}
        <Button htmlType="submit" loading={busy} data-testid="hub-enrol">
          {enrolled ? t('hub.station.moveSubmit') : t('hub.station.enrol')}
        </Button>
      </Form>
    </Card>
  );
}
