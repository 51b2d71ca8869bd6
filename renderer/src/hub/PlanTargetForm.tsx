import { Alert, Button, Card, Form, Input, InputNumber, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStationView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';

interface TargetFields {
  stationId: string;
  scopeKind: 'station' | 'township';
  scope?: string;
  tradeName?: string;
  target: number;
}

/** The hub admin sets a station's target for the year: the station gets it with its next sync. */
export function PlanTargetForm({ year, stations, onSet }: { year: number; stations: HubStationView[]; onSet: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TargetFields>();
  const scopeKind = Form.useWatch('scopeKind', form);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (v: TargetFields) => {
    const r = await hubCall('hub.plans.set', { stationId: v.stationId, year, scopeKind: v.scopeKind, scope: v.scopeKind === 'township' ? (v.scope ?? '') : '', tradeName: v.tradeName ?? '', target: v.target });
    setOutcome(r.ok ? { ok: true, text: t('hub.ui.targetSet') } : { ok: false, text: r.error.message });
    if (r.ok) onSet();
  };
  return (
    <Card title={t('hub.ui.setTarget', { year })} size="small" style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline" requiredMark={false} initialValues={{ scopeKind: 'station' }} onFinish={(v) => void submit(v)} style={{ rowGap: 8 }}>
        <Form.Item name="stationId" label={t('hub.ui.station')} rules={[{ required: true, message: t('field.required') }]}>
          <Select style={{ width: 240 }} options={stations.map((s) => ({ value: s.stationId, label: s.name }))} data-testid="hub-plan-station" />
        </Form.Item>
        <Form.Item name="scopeKind">
          <Segmented
            options={[
              { value: 'station', label: t('hub.ui.scopeStation') },
              { value: 'township', label: t('hub.ui.scopeTownship') },
            ]}
          />
        </Form.Item>
        {scopeKind === 'township' ? (
          <Form.Item name="scope" label={t('hub.ui.filter.township')} rules={[{ required: true, message: t('field.required') }, { max: 100 }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="tradeName" label={t('hub.ui.trade')} rules={[{ max: 100 }]}>
          <Input style={{ width: 140 }} placeholder={t('hub.ui.allTrades')} />
        </Form.Item>
        <Form.Item name="target" label={t('hub.ui.target')} rules={[{ required: true, message: t('field.required') }]}>
          <InputNumber min={0} max={10_000_000} precision={0} data-testid="hub-plan-target" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="hub-plan-set">
          {t('hub.ui.setTargetButton')}
        </Button>
      </Form>
      {outcome ? <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} style={{ marginTop: 12 }} data-testid="hub-plan-outcome" /> : null}
    </Card>
  );
}
