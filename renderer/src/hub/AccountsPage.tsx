import { Alert, Button, Card, Form, Input, Radio, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubAccountView, HubStationView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';
import { hubTime } from './format';

interface NewAccount {
  username: string;
  password: string;
  role: 'admin' | 'viewer';
  stations?: string[];
}

/** Hub accounts: an admin sees and manages everything; a viewer (a company, a district) sees the stations chosen here. */
export function AccountsPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAccount>();
  const role = Form.useWatch('role', form);
  const [accounts, setAccounts] = useState<HubAccountView[]>([]);
  const [stations, setStations] = useState<HubStationView[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => void hubCall<HubAccountView[]>('hub.accounts', {}).then((r) => r.ok && setAccounts(r.value)), []);
  useEffect(load, [load]);
  useEffect(() => void hubCall<HubStationView[]>('hub.stations', {}).then((r) => r.ok && setStations(r.value)), []);
  const nameOf = new Map(stations.map((s) => [s.stationId, s.name]));
  const create = async (v: NewAccount) => {
    const r = await hubCall<{ id: string }>('hub.accounts.create', { ...v, stations: v.role === 'viewer' ? (v.stations ?? []) : undefined });
    setOutcome(r.ok ? { ok: true, text: t('hub.ui.accountMade', { username: v.username }) } : { ok: false, text: r.error.code === 'conflict' ? t('hub.ui.accountExists') : r.error.message });
    if (r.ok) form.resetFields();
    load();
  };
  return (
    <div data-testid="hub-accounts">
      <Card title={t('hub.ui.newAccount')} size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'viewer' }} onFinish={(v) => void create(v)} style={{ maxWidth: 560 }}>
          <Form.Item name="username" label={t('hub.ui.username')} rules={[{ required: true, message: t('field.required') }, { max: 50 }]}>
            <Input autoComplete="off" data-testid="hub-account-username" />
          </Form.Item>
          <Form.Item name="password" label={t('hub.ui.password')} rules={[{ required: true, message: t('field.required') }, { min: 8, message: t('hub.ui.passwordShort') }]}>
            <Input.Password autoComplete="new-password" data-testid="hub-account-password" />
          </Form.Item>
          <Form.Item name="role" label={t('hub.ui.role')}>
            <Radio.Group
              options={[
                { value: 'viewer', label: t('hub.ui.roleViewer') },
                { value: 'admin', label: t('hub.ui.roleAdmin') },
              ]}
            />
          </Form.Item>
          {role === 'viewer' ? (
            <Form.Item name="stations" label={t('hub.ui.viewerStations')} rules={[{ required: true, message: t('hub.ui.chooseStations') }]}>
              <Select mode="multiple" optionFilterProp="label" options={stations.map((s) => ({ value: s.stationId, label: s.name }))} data-testid="hub-account-stations" />
            </Form.Item>
          ) : null}
          <Button type="primary" htmlType="submit" data-testid="hub-account-create">
            {t('hub.ui.createAccount')}
          </Button>
        </Form>
        {outcome ? <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} style={{ marginTop: 12 }} data-testid="hub-account-outcome" /> : null}
      </Card>
      <Table<HubAccountView>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={accounts}
        data-testid="hub-account-list"
        columns={[
          { title: t('hub.ui.username'), dataIndex: 'username' },
          { title: t('hub.ui.role'), render: (_v, a) => <Tag color={a.role === 'admin' ? 'red' : 'blue'}>{t(a.role === 'admin' ? 'hub.ui.roleAdmin' : 'hub.ui.roleViewer')}</Tag> },
          { title: t('hub.ui.viewerStations'), render: (_v, a) => (a.role === 'admin' ? t('hub.ui.allStations') : a.stations.map((s) => nameOf.get(s) ?? s).join('、') || '—') },
          { title: t('hub.ui.createdAt'), render: (_v, a) => <span dir="ltr">{hubTime(a.createdAt)}</span> },
        ]}
      />
    </div>
  );
}
