import { Alert, Button, Card, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubEnrolmentCodeView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';
import { hubTime } from './format';

interface NewCode {
  code: string;
  expiresAt: string;
}

/** The hub admin gives a station PC a one-time code to enrol with; the code is shown here once and kept only as a hash. */
export function EnrolmentCodesPage() {
  const { t } = useTranslation();
  const [codes, setCodes] = useState<HubEnrolmentCodeView[]>([]);
  const [made, setMade] = useState<NewCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => void hubCall<HubEnrolmentCodeView[]>('hub.enrolmentCodes', {}).then((r) => r.ok && setCodes(r.value)), []);
  useEffect(load, [load]);
  const create = async (v: { label?: string; hours: number }) => {
    const r = await hubCall<NewCode>('hub.enrolmentCode.create', { label: v.label ?? '', hours: v.hours });
    setError(r.ok ? null : r.error.message);
    setMade(r.ok ? r.value : null);
    load();
  };
  const now = Date.now();
  const stateOf = (c: HubEnrolmentCodeView) =>
    c.usedAt ? <Tag color="green">{t('hub.ui.codeUsed', { node: c.nodeName ?? c.nodeId ?? '' })}</Tag> : Date.parse(c.expiresAt) < now ? <Tag>{t('hub.ui.codeExpired')}</Tag> : <Tag color="blue">{t('hub.ui.codeWaiting')}</Tag>;
  return (
    <div data-testid="hub-codes">
      <Card title={t('hub.ui.newCode')} size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" initialValues={{ hours: 72 }} onFinish={(v) => void create(v as { label?: string; hours: number })}>
          <Form.Item name="label" label={t('hub.ui.codeLabel')} rules={[{ max: 200 }]}>
            <Input style={{ width: 220 }} data-testid="hub-code-label" />
          </Form.Item>
          <Form.Item name="hours" label={t('hub.ui.codeHours')} rules={[{ required: true, message: t('field.required') }]}>
            <InputNumber min={1} max={720} precision={0} data-testid="hub-code-hours" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="hub-code-create">
            {t('hub.ui.createCode')}
          </Button>
        </Form>
        {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
        {made ? (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="hub-code-made"
            title={
              <Typography.Text copyable={{ text: made.code, tooltips: [t('hub.ui.copy'), t('hub.ui.copied')] }} style={{ fontSize: 22, fontFamily: 'monospace' }}>
                <span dir="ltr" data-testid="hub-code-value">
                  {made.code}
                </span>
              </Typography.Text>
            }
            description={t('hub.ui.codeOnce', { time: `\u2066${hubTime(made.expiresAt)}\u2069` })}
          />
        ) : null}
      </Card>
      <Table<HubEnrolmentCodeView>
        rowKey={(c) => `${c.createdAt}|${c.label}|${c.expiresAt}`}
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={codes}
        data-testid="hub-code-list"
        columns={[
          { title: t('hub.ui.codeLabel'), render: (_v, c) => c.label || '—' },
          { title: t('hub.ui.createdAt'), render: (_v, c) => <span dir="ltr">{hubTime(c.createdAt)}</span> },
          { title: t('hub.ui.expiresAt'), render: (_v, c) => <span dir="ltr">{hubTime(c.expiresAt)}</span> },
          { title: t('hub.ui.codeState'), render: (_v, c) => stateOf(c) },
          { title: t('hub.ui.createdBy'), dataIndex: 'createdBy' },
        ]}
      />
    </div>
  );
}
