import { Alert, App as AntApp, Button, Card, ConfigProvider, DatePicker, Flex, Form, Input, Layout, Segmented, Table, Tabs, Tag, Typography, Upload } from 'antd';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReport, StatusTable } from '../../../shared/contract/report-types';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { rememberLanguage, switchLanguage, i18n } from '../i18n';
import { ugLocale } from '../locale/antd-ug';
import { themeFor } from '../theme';
import { hubCall, hubToken, setHubToken } from './api';

interface StationRow {
  stationId: string;
  name: string;
  enterprise: string;
  city: string;
  lastSyncAt: string | null;
  staleHours: number | null;
  chainVerifiedTo: string | null;
  retired: boolean;
  workers: number;
  people: number;
}

interface AcrossReport {
  stations: PeriodReport[];
  totals: { sessions: number; personTimes: number; distinctWorkers: number; classHours: number; creditedHours: number; distinctPeople: number };
}

const ANTD = { 'zh-CN': () => zhCN, ug: ugLocale, en: () => enUS } as const;
const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

function SignIn({ onIn }: { onIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: { username: string; password: string }) => {
    const r = await hubCall<{ token: string }>('hub.signIn', v);
    if (!r.ok) return setError(t('hub.ui.signInFailed'));
    setHubToken(r.value.token);
    onIn();
  };
  return (
    <Card title={t('hub.ui.signIn')} style={{ maxWidth: 420, margin: '48px auto' }} data-testid="hub-signin">
      {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
      <Form layout="vertical" requiredMark={false} onFinish={(v) => void submit(v as { username: string; password: string })}>
        <Form.Item name="username" label={t('hub.ui.username')} rules={[{ required: true, message: t('field.required') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('hub.ui.password')} rules={[{ required: true, message: t('field.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('hub.ui.signIn')}
        </Button>
      </Form>
    </Card>
  );
}

function Stations() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<StationRow[]>([]);
  const load = useCallback(() => void hubCall<StationRow[]>('hub.stations', {}).then((r) => r.ok && setRows(r.value)), []);
  useEffect(load, [load]);
  // A station's USB bundle: applied whole or not at all; the hub's answer says which and why.
  const importBundle = async (file: File) => {
    const r = await hubCall<{ outcome: string; message: string }>('hub.bundle.import', { bundle: await file.text() });
    if (r.ok) void message.success(`${t('hub.ui.bundleDone')} ${r.value.message}`);
    else {
      const reason = typeof r.error.details?.reason === 'string' ? `hub.reason.${r.error.details.reason}` : '';
      void message.error(`${t('hub.ui.bundleRefused')} ${reason && i18n.exists(reason) ? t(reason) : r.error.message}`, 10);
    }
    load();
  };
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Upload accept=".json" showUploadList={false} beforeUpload={(f) => (void importBundle(f), false)}>
          <Button data-testid="hub-import-bundle">{t('hub.ui.importBundle')}</Button>
        </Upload>
      </Flex>
      <Table<StationRow>
      rowKey="stationId"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="hub-stations"
      columns={[
        { title: t('hub.ui.station'), dataIndex: 'name' },
        { title: t('hub.ui.enterprise'), dataIndex: 'enterprise' },
        { title: t('hub.ui.lastSync'), render: (_v, r) => time(r.lastSyncAt) },
        {
          title: t('hub.ui.staleness'),
          render: (_v, r) => (r.staleHours === null ? '—' : <Tag color={r.staleHours > 48 ? 'red' : r.staleHours > 24 ? 'orange' : 'green'}>{t('hub.ui.hoursAgo', { hours: r.staleHours })}</Tag>),
        },
        { title: t('hub.ui.chain'), render: (_v, r) => (r.chainVerifiedTo ? t('hub.ui.chainTo', { time: time(r.chainVerifiedTo) }) : '—') },
        { title: t('hub.ui.people'), render: (_v, r) => `${r.people} / ${r.workers}` },
      ]}
      />
    </>
  );
}

function StatusTableView() {
  const { t } = useTranslation();
  const [table, setTable] = useState<StatusTable | null>(null);
  useEffect(() => {
    void hubCall<StatusTable>('hub.statusTable', {}).then((r) => r.ok && setTable(r.value));
  }, []);
  const download = async () => {
    const r = await hubCall<{ fileName: string; base64: string }>('hub.statusTable.export', { format: 'xlsx' });
    if (!r.ok) return;
    const a = document.createElement('a');
    a.href = `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${r.value.base64}`;
    a.download = r.value.fileName;
    a.click();
  };
  if (!table) return null;
  return (
    <div data-testid="hub-status-table" className="hub-print">
      <Flex gap={8} className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => void download()}>{t('hub.ui.xlsx')}</Button>
        <Button onClick={() => window.print()}>{t('hub.ui.print')}</Button>
      </Flex>
      <Typography.Title level={4} style={{ textAlign: 'center' }} lang="zh-CN" dir="ltr">
        {table.title}
      </Typography.Title>
      <Table
        rowKey="serial"
        size="small"
        bordered
        pagination={false}
        dataSource={table.rows}
        columns={(
          [
            ['serial', 'serial'],
            ['enterprise', 'enterprise'],
            ['address', 'address'],
            ['contactName', 'contactName'],
            ['contactUnitTitle', 'unitTitle'],
            ['contactMobile', 'mobile'],
            ['stateZh', 'state'],
          ] as const
        ).map(([dataIndex, header]) => ({ title: t(`print.status.headers.${header}`), dataIndex }))}
      />
    </div>
  );
}

function MonthReport() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const [report, setReport] = useState<AcrossReport | null>(null);
  const load = useCallback(async (m: string) => {
    const r = await hubCall<AcrossReport>('hub.periodReport', { kind: 'month', period: m });
    if (r.ok) setReport(r.value);
  }, []);
  useEffect(() => void load(month), [load, month]);
  const rows = report?.stations.map((s) => ({ ...s.totals, key: s.stationId, name: s.stationName })) ?? [];
  return (
    <div data-testid="hub-month-report">
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('hub.ui.month')}</Typography.Text>
        {/* antd's picker in the page's language, as the station's report pages: no native month input. */}
        <DatePicker
          picker="month"
          allowClear={false}
          format="YYYY-MM"
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label={t('hub.ui.month')}
        />
      </Flex>
      <Table
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('hub.ui.station'), dataIndex: 'name' },
          { title: t('hub.ui.sessions'), dataIndex: 'sessions' },
          { title: t('hub.ui.personTimes'), dataIndex: 'personTimes' },
          { title: t('hub.ui.workers'), dataIndex: 'distinctWorkers' },
          { title: t('hub.ui.classHours'), dataIndex: 'classHours' },
        ]}
        summary={() =>
          report ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('hub.ui.total', { people: report.totals.distinctPeople })}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{report.totals.sessions}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{report.totals.personTimes}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>{report.totals.distinctWorkers}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>{report.totals.classHours}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}

/** The hub's screens: its stations, seed 004's table across them, a month across them. */
export function HubApp() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
  const [signedIn, setSignedIn] = useState(() => hubToken() !== null);
  const change = async (l: Language) => {
    await switchLanguage(l);
    rememberLanguage(l);
    setLang(l);
  };
  return (
    <ConfigProvider locale={ANTD[lang]()} direction={directionOf(lang)} theme={themeFor(lang)} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }} className="no-print">
            <Typography.Text style={{ color: '#fff', fontSize: 18 }}>{t('hub.ui.title')}</Typography.Text>
            <Flex gap={8} align="center">
              <Segmented<Language> value={lang} onChange={(l) => void change(l)} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
              {signedIn ? (
                <Button
                  onClick={() => {
                    setHubToken(null);
                    setSignedIn(false);
                  }}
                >
                  {t('hub.ui.signOut')}
                </Button>
              ) : null}
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            {signedIn ? (
              <Tabs
                items={[
                  { key: 'stations', label: t('hub.ui.tabStations'), children: <Stations /> },
                  { key: 'status', label: t('hub.ui.tabStatus'), children: <StatusTableView /> },
                  { key: 'month', label: t('hub.ui.tabMonth'), children: <MonthReport /> },
                ]}
              />
            ) : (
              <SignIn onIn={() => setSignedIn(true)} />
            )}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
