import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEntry } from '../../../../shared/contract/report-types';
import type { Trade } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { errorMessage, fieldMessages } from '../../forms/errorText';

type ScopeKind = PlanEntry['scopeKind'];
interface Values {
  scopeKind: ScopeKind;
  scope: string;
  /** '' is the total (人次) target. */
  tradeId: string;
  target: number | null;
}

interface Props {
  open: boolean;
  stationId: string;
  year: number;
  /** The entry being edited, or null for a new one. */
  entry: PlanEntry | null;
  trades: Trade[];
  onClose(saved: boolean): void;
}

/** Adds or changes one yearly target: for the station, a township or a team; all trades or one. */
export function PlanDialog({ open, stationId, year, entry, trades, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = useLocalisedForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scopeKind = Form.useWatch('scopeKind', form) ?? 'station';

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue(
      entry
        ? { scopeKind: entry.scopeKind, scope: entry.scope, tradeId: entry.tradeId ?? '', target: entry.target }
        : { scopeKind: 'station', scope: '', tradeId: '', target: null },
    );
  }, [open, entry, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    const r = await call('plans.set', {
      stationId,
      year,
      scopeKind: v.scopeKind,
      scope: v.scopeKind === 'station' ? '' : v.scope.trim(),
      tradeId: v.tradeId || null,
      target: v.target ?? 0,
    });
    if (r.ok && entry && r.value.id !== entry.id) {
      // The scope or trade changed: that is another line of the plan, so the old one goes.
      const del = await call('plans.delete', { planId: entry.id });
      if (!del.ok) {
        setBusy(false);
        const m = errorMessage(del.error);
        return setError(t(m.key, m.vars ?? {}));
      }
    }
    setBusy(false);
    if (r.ok) return onClose(true);
    const issues = r.error.code === 'invalid_input' ? (r.error.details?.fields ?? []) : [];
    const { placed, unplaced } = fieldMessages(issues, { scope: 'scope', tradeId: 'tradeId', target: 'target' });
    form.setFields(placed.map((p) => ({ name: p.name as keyof Values, errors: [t(p.key)] })));
    if (!placed.length || unplaced.length) {
      const m = errorMessage(r.error);
      setError(t(m.key, m.vars ?? {}));
    }
  };

  return (
    <Modal
      open={open}
      title={entry ? t('reportsui.plan.edit') : t('reportsui.plan.add')}
      okText={t('reportsui.save')}
      cancelText={t('rec.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="plan-form">
        <Form.Item name="scopeKind" label={t('reportsui.plan.scopeKind')}>
          <Radio.Group
            options={(['station', 'township', 'team'] as const).map((k) => ({ value: k, label: t(`reportsui.scope.${k}`) }))}
            data-testid="plan-scope-kind"
          />
        </Form.Item>
        {scopeKind !== 'station' ? (
          <Form.Item
            name="scope"
            label={t(`reportsui.plan.scopeName.${scopeKind}`)}
            rules={[{ required: true, whitespace: true, message: t('field.required') }]}
          >
            <Input maxLength={50} data-testid="plan-scope" />
          </Form.Item>
        ) : null}
        <Form.Item name="tradeId" label={t('reportsui.plan.trade')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={[{ value: '', label: t('reportsui.plan.allTrades') }, ...trades.map((tr) => ({ value: tr.id, label: tr.name }))]}
            data-testid="plan-trade"
          />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('reportsui.plan.targetField')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <InputNumber min={0} max={10_000_000} precision={0} step={10} className="reports-plan-scope" data-testid="plan-target" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} data-testid="plan-form-error" /> : null}
        {/* Enter in any field saves: a form with several fields submits on Enter only through a submit button. */}
        <button type="submit" className="reports-implicit-submit" tabIndex={-1} aria-hidden="true" />
      </Form>
    </Modal>
  );
}
