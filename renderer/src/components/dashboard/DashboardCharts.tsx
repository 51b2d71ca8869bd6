import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard, PlanProgressRow, TrainerOutput } from '../../../../shared/contract/report-types';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { FigureTable } from './FigureTable';
import { progressBars, twoAxisBars, type ChartLook } from './options';
import { useTradeName } from '../../records/useTradeName';

interface Props {
  data: Dashboard;
  look: ChartLook;
  categoryLabel(code: string, fallback: string): string;
}

/** More trainers than this and the chart shows the busiest; the table lists everyone. */
const CHART_TRAINERS = 12;
const HEIGHT = 300;

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;

/** The four figures of a year with closed sessions, each a chart with a table behind it. */
export function DashboardCharts({ data, look, categoryLabel }: Props) {
  const { t } = useTranslation();
  const names = {
    sessions: t('reports.figure.sessions'),
    personTimes: t('reports.figure.personTimes'),
    classHours: t('reports.figure.classHours'),
    credited: t('reports.figure.creditedHours'),
    hoursTaught: t('dashboard.hoursTaught'),
    attendees: t('dashboard.attendees'),
    target: t('reports.plan.target'),
    done: t('reports.plan.doneYearToDate'),
  };

  const { trade: tradeName } = useTradeName();
  const months = data.perMonth.map((m) => ({ ...m, label: t(`dashboard.month.${Number(m.month.slice(5))}`) }));
  const cats = data.hoursByCategory.map((c) => ({ ...c, label: categoryLabel(c.category, c.label) }));
  const scopeLabel = (p: PlanProgressRow) =>
    p.scopeKind === 'station' ? t('dashboard.plan.scope.station') : t(`dashboard.plan.scope.${p.scopeKind}`, { name: p.scope });
  const tradeLabel = (p: PlanProgressRow) =>
    p.kind === 'broker' ? t('reportsui.plan.broker') : p.tradeName ? tradeName(p.tradeName) : t('dashboard.plan.allTrades');

  const perMonthOption = twoAxisBars(
    look,
    months.map((m) => m.label),
    [{ name: names.sessions, data: months.map((m) => m.sessions) }],
    [{ name: names.personTimes, data: months.map((m) => m.personTimes) }],
  );
  const hoursOption = twoAxisBars(
    look,
    cats.map((c) => c.label),
    [{ name: names.classHours, data: cats.map((c) => c.classHours) }],
    [{ name: names.credited, data: cats.map((c) => c.creditedHours) }],
  );
  const planOption = progressBars(
    look,
    data.plan.map((p) => ({ label: `${scopeLabel(p)} · ${tradeLabel(p)}`, target: p.target, done: p.doneYearToDate, percent: p.percent })),
    { target: names.target, done: names.done },
  );
  const top = data.trainers.slice(0, CHART_TRAINERS);
  const trainersOption = twoAxisBars(
    look,
    top.map((x) => x.name),
    [
      { name: names.sessions, data: top.map((x) => x.sessions) },
      { name: names.hoursTaught, data: top.map((x) => x.hoursTaught) },
    ],
    [{ name: names.attendees, data: top.map((x) => x.attendees) }],
  );

  const perMonthTitle = t('dashboard.perMonth.title');
  const hoursTitle = t('dashboard.hours.title');
  const planTitle = t('dashboard.plan.title');
  const trainersTitle = t('dashboard.trainers.title');
  const chartLabel = (title: string) => t('dashboard.chartOf', { title });
  const none = (key: string) => <Typography.Text type="secondary">{t(key)}</Typography.Text>;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          id="per-month"
          title={perMonthTitle}
          chart={<EChart option={perMonthOption} height={HEIGHT} label={chartLabel(perMonthTitle)} testId="dash-per-month-chart" />}
          table={
            <FigureTable
              caption={perMonthTitle}
              testId="dash-per-month-table"
              rows={months}
              rowKey={(m) => m.month}
              columns={[
                { key: 'month', title: t('dashboard.month'), value: (m) => m.label },
                { key: 'sessions', title: names.sessions, numeric: true, value: (m) => m.sessions },
                { key: 'personTimes', title: names.personTimes, numeric: true, value: (m) => m.personTimes },
              ]}
              totals={{
                label: t('dashboard.total'),
                values: { sessions: sum(months.map((m) => m.sessions)), personTimes: sum(months.map((m) => m.personTimes)) },
              }}
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          id="hours"
          title={hoursTitle}
          chart={<EChart option={hoursOption} height={HEIGHT} label={chartLabel(hoursTitle)} testId="dash-hours-chart" />}
          table={
            <FigureTable
              caption={hoursTitle}
              testId="dash-hours-table"
              rows={cats}
              rowKey={(c) => c.category}
              columns={[
                { key: 'category', title: t('dashboard.category'), value: (c) => c.label },
                { key: 'classHours', title: names.classHours, numeric: true, value: (c) => c.classHours },
                { key: 'creditedHours', title: names.credited, numeric: true, value: (c) => c.creditedHours },
              ]}
              totals={{
                label: t('dashboard.total'),
                values: { classHours: sum(cats.map((c) => c.classHours)), creditedHours: sum(cats.map((c) => c.creditedHours)) },
              }}
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          id="plan"
          title={planTitle}
          empty={data.plan.length ? undefined : none('dashboard.plan.none')}
          chart={<EChart option={planOption} height={Math.max(160, 60 + data.plan.length * 32)} label={chartLabel(planTitle)} testId="dash-plan-chart" />}
          table={
            <FigureTable
              caption={planTitle}
              testId="dash-plan-table"
              rows={data.plan}
              rowKey={(p) => p.planId}
              columns={[
                { key: 'scope', title: t('dashboard.plan.scope'), value: scopeLabel },
                { key: 'trade', title: t('dashboard.plan.trade'), value: tradeLabel },
                { key: 'target', title: names.target, numeric: true, value: (p) => p.target },
                { key: 'done', title: names.done, numeric: true, value: (p) => p.doneYearToDate },
                { key: 'percent', title: t('reports.plan.percent'), numeric: true, value: (p) => (p.percent === null ? '' : `${p.percent}%`) },
              ]}
            />
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          id="trainers"
          title={trainersTitle}
          empty={data.trainers.length ? undefined : none('dashboard.trainers.none')}
          chart={<EChart option={trainersOption} height={HEIGHT} label={chartLabel(trainersTitle)} testId="dash-trainers-chart" />}
          table={
            <FigureTable<TrainerOutput>
              caption={trainersTitle}
              testId="dash-trainers-table"
              rows={data.trainers}
              rowKey={(x) => x.trainerId}
              columns={[
                { key: 'trainer', title: t('dashboard.trainer'), value: (x) => x.name },
                { key: 'sessions', title: names.sessions, numeric: true, value: (x) => x.sessions },
                { key: 'hoursTaught', title: names.hoursTaught, numeric: true, value: (x) => x.hoursTaught },
                { key: 'attendees', title: names.attendees, numeric: true, value: (x) => x.attendees },
              ]}
            />
          }
        />
      </Col>
    </Row>
  );
}
