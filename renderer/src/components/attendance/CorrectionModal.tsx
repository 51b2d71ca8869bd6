import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClockInput } from '../../forms/ClockInput';
import { defaultArrival, defaultLeaving, HHMM, onSession, type SessionSpan } from '../../records/attendanceTimes';

export type CorrectionAction = 'add' | 'excuse' | 'void' | 'sign_out';

export interface CorrectionTarget {
  action: CorrectionAction;
  workerId: string;
  name: string;
}

/** What the trainer entered: the reason, and for add / sign_out the times ('YYYY-MM-DDTHH:MM') they changed. */
export interface Correction {
  reason: string;
  at?: string;
  leftAt?: string;
}

/** A refusal to show on its field. */
export interface CorrectionError {
  field: 'reason' | 'at' | 'leftAt';
  message: string;
}

interface Values {
  reason: string;
  at: string;
  leftAt: string;
}

const TITLE_KEYS: Record<CorrectionAction, string> = {
  add: 'kioskui.live.correct.add',
  excuse: 'kioskui.live.correct.excuse',
  void: 'kioskui.live.correct.void',
  sign_out: 'kioskui.live.correct.sign_out',
};

/**
 * A trainer's correction needs a reason: it goes into the record with who made it. Adding someone takes
 * when they arrived (the session's start unless changed) and, if they already left, when; signing someone
 * out takes when they left (now, at most the end). Times are the 24-hour clock on the session's day.
 */
export function CorrectionModal({
  target,
  span,
  now,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  target: CorrectionTarget | null;
  span: SessionSpan;
  /** The station's wall clock now ('YYYY-MM-DDTHH:MM'). */
  now: string;
  busy: boolean;
  error: CorrectionError | null;
  onSubmit(c: Correction): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = useLocalisedForm<Values>();
  const action = target?.action;
  const defaults = useMemo(
    () => ({ reason: '', at: action === 'sign_out' ? defaultLeaving(span, now) : defaultArrival(span, now), leftAt: '' }),
    // The defaults are taken when the form opens, not at every tick of the clock.
    [target, span.startsAt, span.endsAt],
  );
  useEffect(() => {
    if (target) form.setFieldsValue(defaults);
  }, [target, form, defaults]);

  const timed = action === 'add' || action === 'sign_out';
  const clockRule = { pattern: HHMM, message: t('liveAdmin.correct.clockFormat') };
  const submit = (v: Values) => {
    const c: Correction = { reason: v.reason.trim() };
    // An unchanged default is left to the station (its clock, not this browser's).
    if (timed && v.at && v.at !== defaults.at) c.at = onSession(span, v.at) ?? undefined;
    if (action === 'add' && v.leftAt) c.leftAt = onSession(span, v.leftAt) ?? undefined;
    onSubmit(c);
  };
  const fieldError = (field: CorrectionError['field']) =>
    error?.field === field ? { validateStatus: 'error' as const, help: error.message } : {};

  return (
    <Modal
      open={target !== null}
      title={target ? t(TITLE_KEYS[target.action]) : ''}
      okText={t('kioskui.live.correct.confirm')}
      cancelText={t('kioskui.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ danger: target?.action === 'void' }}
    >
      {target && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={defaults} data-testid="correction-form">
          <Typography.Paragraph strong data-testid="correction-worker">
            {target.name}
          </Typography.Paragraph>
          {action === 'add' ? (
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  name="at"
                  label={t('liveAdmin.correct.arrival')}
                  extra={t('liveAdmin.correct.arrivalHelp', { time: span.startsAt.slice(11, 16) })}
                  rules={[{ required: true, message: t('field.required') }, clockRule]}
                  {...fieldError('at')}
                >
                  <ClockInput data-testid="correction-at" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="leftAt"
                  label={t('liveAdmin.correct.leftAt')}
                  extra={t('liveAdmin.correct.leftAtHelp')}
                  dependencies={['at']}
                  rules={[
                    clockRule,
                    ({ getFieldValue }) => ({
                      validator: (_r, v: string) => {
                        const a = onSession(span, getFieldValue('at') as string);
                        const l = v ? onSession(span, v) : null;
                        return a && l && l <= a ? Promise.reject(new Error(t('liveAdmin.correct.leftBeforeArrival'))) : Promise.resolve();
                      },
                    }),
                  ]}
                  {...fieldError('leftAt')}
                >
                  <ClockInput data-testid="correction-left-at" />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
          {action === 'sign_out' ? (
            <Form.Item
              name="at"
              label={t('liveAdmin.correct.leaving')}
              extra={t('liveAdmin.correct.leavingHelp', { time: span.endsAt.slice(11, 16) })}
              rules={[{ required: true, message: t('field.required') }, clockRule]}
              {...fieldError('at')}
            >
              <ClockInput data-testid="correction-at" className="clock-input-single" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="reason"
            label={t('kioskui.live.correct.reason')}
            extra={t('kioskui.live.correct.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('kioskui.live.correct.reasonRequired') }]}
            className="correction-reason-item"
            {...fieldError('reason')}
          >
            <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} data-testid="correction-reason" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
