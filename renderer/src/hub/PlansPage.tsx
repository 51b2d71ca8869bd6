import { DatePicker, Flex, Progress, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubPlanProgressAcross, HubPlanView, HubStationView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';
import { PlanTargetForm } from './PlanTargetForm';

interface ProgressRow {
  key: string;
  stationName: string;
  scope: string;
  tradeName: string;
  target: number;
  done: number;
  percent: number | null;
}

/** The year's targets across stations: what the hub set, whether each station holds it, and progress as each station counts it. */
export function PlansPage({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const year = Number(month.slice(0, 4));
  const [stations, setStations] = useState<HubStationView[]>([]);
  const [plans, setPlans] = useState<HubPlanView[]>([]);
  const [progress, setProgress] = useState<HubPlanProgressAcross | null>(null);
  useEffect(() => void hubCall<HubStationView[]>('hub.stations', {}).then((r) => r.ok && setStations(r.value)), []);
  const load = useCallback(() => {
    void hubCall<HubPlanView[]>('hub.plans.list', { year }).then((r) => r.ok && setPlans(r.value));
    void hubCall<HubPlanProgressAcross>('hub.plans.progress', { month }).then((r) => r.ok && setProgress(r.value));
  }, [month, year]);
  useEffect(load, [load]);
  const scopeText = (kind: string, scope: string) => (kind === 'station' ? t('hub.ui.scopeStation') : `${t(kind === 'township' ? 'hub.ui.scopeTownship' : 'hub.ui.scopeTeam')} ${scope}`);
  const rows: ProgressRow[] = (progress?.stations ?? []).flatMap((s) =>
    s.rows.map((p, i) => ({ key: `${s.stationId}|${i}`, stationName: s.stationName, scope: scopeText(p.scopeKind, p.scope), tradeName: p.tradeName, target: p.target, done: p.doneYearToDate, percent: p.percent })),
  );
  const total = progress?.total;
  return (
    <div data-testid="hub-plans">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('hub.ui.progressTo')}</Typography.Text>
        <DatePicker picker="month" allowClear={false} format="YYYY-MM" value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} aria-label={t('hub.ui.progressTo')} data-testid="hub-plan-month" />
      </Flex>
      {admin ? <PlanTargetForm year={year} stations={stations} onSet={load} /> : null}
      <Typography.Title level={5}>{t('hub.ui.targetsSet', { year })}</Typography.Title>
      <Table<HubPlanView>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={plans}
        data-testid="hub-plan-list"
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('hub.ui.station'), dataIndex: 'stationName' },
          { title: t('hub.ui.scope'), render: (_v, p) => scopeText(p.scopeKind, p.scope) },
          { title: t('hub.ui.trade'), render: (_v, p) => p.tradeName || t('hub.ui.allTrades') },
          { title: t('hub.ui.target'), dataIndex: 'target', align: 'end' },
          { title: t('hub.ui.delivery'), render: (_v, p) => (p.atStation ? <Tag color="green">{t('hub.ui.atStation')}</Tag> : <Tag color="orange">{t('hub.ui.waitsForSync')}</Tag>) },
        ]}
      />
      <Typography.Title level={5}>{t('hub.ui.progressTitle', { month })}</Typography.Title>
      <Table<ProgressRow>
        size="small"
        bordered
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 860 }}
        dataSource={rows}
        data-testid="hub-plan-progress"
        columns={[
          { title: t('hub.ui.station'), dataIndex: 'stationName', width: 220 },
          { title: t('hub.ui.scope'), dataIndex: 'scope', width: 120 },
          { title: t('hub.ui.trade'), width: 120, render: (_v, r) => r.tradeName || t('hub.ui.allTrades') },
          { title: t('hub.ui.target'), dataIndex: 'target', align: 'end', width: 110 },
          { title: t('hub.ui.done'), dataIndex: 'done', align: 'end', width: 110 },
          { title: t('hub.ui.percent'), width: 180, render: (_v, r) => (r.percent === null ? '—' : <Progress percent={Math.round(r.percent)} size="small" />) },
        ]}
        summary={() =>
          total ? (
            <Table.Summary.Row data-testid="hub-plan-total">
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('hub.ui.planTotal')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="end">
                {total.target}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="end">
                {total.done}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{total.target ? <Progress percent={Math.round((total.done / total.target) * 100)} size="small" /> : '—'}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
