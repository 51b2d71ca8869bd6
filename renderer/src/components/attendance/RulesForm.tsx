import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Button, Form, InputNumber, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationSettings } from '../../../../shared/contract/records';

export type AttendanceRules = Pick<StationSettings, 'signInOpensMinutesBefore' | 'lateAfterMinutes' | 'signOutRequired' | 'fullCreditShare' | 'repeatScanSeconds'>;

interface FormValues extends Omit<AttendanceRules, 'fullCreditShare'> {
  /** Shown as a percentage; stored as a share (0.5 to 1). */
  fullCreditPercent: number;
}

/** The attendance rules, each with a line saying what it does. Read-only for a trainer. */
export function RulesForm({ value, editable, busy, onSave }: { value: AttendanceRules; editable: boolean; busy: boolean; onSave(rules: AttendanceRules): void }) {
  const { t } = useTranslation();
  const [form] = useLocalisedForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({ ...value, fullCreditPercent: Math.round(value.fullCreditShare * 100) });
  }, [form, value]);
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      disabled={!editable}
      className="rules-form"
      data-testid="rules-form"
      onFinish={({ fullCreditPercent, ...rest }) => onSave({ ...rest, fullCreditShare: fullCreditPercent / 100 })}
    >
      <Form.Item name="signInOpensMinutesBefore" label={t('kioskui.rules.opens')} extra={t('kioskui.rules.opensHelp')}>
        <InputNumber min={0} max={240} precision={0} suffix={t('kioskui.rules.minutes')} />
      </Form.Item>
      <Form.Item name="lateAfterMinutes" label={t('kioskui.rules.late')} extra={t('kioskui.rules.lateHelp')}>
        <InputNumber min={0} max={120} precision={0} suffix={t('kioskui.rules.minutes')} />
      </Form.Item>
      <Form.Item name="signOutRequired" label={t('kioskui.rules.signOut')} extra={t('kioskui.rules.signOutHelp')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="fullCreditPercent" label={t('kioskui.rules.fullCredit')} extra={t('kioskui.rules.fullCreditHelp')}>
        <InputNumber min={50} max={100} precision={0} suffix="%" />
      </Form.Item>
      <Form.Item name="repeatScanSeconds" label={t('kioskui.rules.repeat')} extra={t('kioskui.rules.repeatHelp')}>
        <InputNumber min={1} max={120} precision={0} suffix={t('kioskui.rules.seconds')} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={busy} data-testid="rules-save">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
