import { App, Button, Card, Flex, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

export function RulesCard({ stationId, canEdit }: { stationId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [minutes, setMinutes] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call('station.settings', { stationId }).then((r) => {
      if (r.ok) setMinutes(r.value.minutesPerClassHour);
    });
  }, [stationId]);

  const save = async () => {
    if (minutes === null) return;
    setBusy(true);
    const r = await call('station.updateSettings', { stationId, minutesPerClassHour: minutes });
    setBusy(false);
    if (r.ok) {
      setError(null);
      void message.success(t('settings.saved'));
    } else setError(t('stationPage.minutesRange'));
  };

  return (
    <Card title={t('stationPage.rules')} data-testid="station-rules">
      <Form layout="vertical" onFinish={() => void save()} disabled={!canEdit || busy}>
        <Form.Item
          label={t('stationPage.minutesPerClassHour')}
          extra={t('stationPage.minutesHelp')}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Flex gap={8}>
            <InputNumber
              min={10}
              max={120}
              value={minutes}
              onChange={(v) => setMinutes(v)}
              suffix={t('stationPage.minutes')}
              className="number-input"
              data-testid="minutes-per-hour"
            />
            <Button htmlType="submit" type="primary" loading={busy}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
    </Card>
  );
}
