import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Alert, Button, Card, DatePicker, Empty, Segmented, Spin, Table, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AnnualReport, FigureRow, PeriodKind, PeriodReport, ReportSession } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';
import { useVocab } from '../../records/useCatalogue';
import { vocabLabel } from '../../records/vocab';
import { useStation } from '../../state/station';
import { AnnualSection } from './AnnualSection';
import { FigureTable } from './FigureTable';
import { dateOf, isKind, isPeriod, PERIOD_KINDS, periodOf } from './periodParams';
import { PlanProgressTable } from './PlanProgressTable';
import { ReportTotals } from './ReportTotals';
import { ReportsNav } from './ReportsNav';
import { useExport } from './useExport';
import { useLoad } from './useLoad';

const isAnnual = (r: PeriodReport | AnnualReport): r is AnnualReport => 'outstandingTrainers' in r && 'fiveHaves' in r;

/** Monthly report, quarterly summary, annual report: on screen, as .xlsx, and on paper. */
export function PeriodReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current } = useStation();
  const stationId = current?.id;
  const { vocab } = useVocab(stationId);
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: PeriodKind = isKind(kindParam) ? kindParam : 'month';
  const periodParam = params.get('period');
  const period = isPeriod(kind, periodParam) ? periodParam : periodOf(kind, dayjs());
  const { busy, run } = useExport();

  const report = useLoad<PeriodReport | AnnualReport>(() => {
    if (!stationId) return null;
    return kind === 'year' ? call('reports.annual', { stationId, year: Number(period) }) : call('reports.period', { stationId, kind, period });
  }, [stationId, kind, period]);
  const r = report.data && report.data.period === period && report.data.kind === kind ? report.data : null;

  const sessions = useMemo(() => new Map<string, ReportSession>((r?.sessions ?? []).map((s) => [s.id, s])), [r]);
  const categoryLabel = (code: string, fallback?: string) => {
    const item = vocab.contentCategories.find((i) => i.code === code);
    return item ? vocabLabel(t, 'category', item) : (fallback ?? code);
  };

  const choose = (k: PeriodKind, p: string) => setParams({ kind: k, period: p }, { replace: true });
  const printUrl = stationId
    ? kind === 'year'
      ? `/print/report?kind=annual&year=${period}&station=${stationId}`
      : `/print/report?kind=${kind}&period=${period}&station=${stationId}`
    : '';

  const breakdown = (key: string, title: string, rows: FigureRow[], label: (row: FigureRow) => string) => ({
    key,
    label: title,
    children: r ? (
      <FigureTable
        rows={rows}
        total={r.totals}
        firstTitle={title}
        label={label}
        sessions={r.sessions}
        categoryLabel={(c) => categoryLabel(c)}
        testId={`figures-${key}`}
      />
    ) : null,
  });

  const periodName = t(`reportsui.periodName.${kind}`, { year: period.slice(0, 4), month: Number(period.slice(5, 7)), quarter: period.slice(6) });

  return (
    <ReportsNav
      testId="period-report-page"
      extra={
        <>
          <Segmented<PeriodKind>
            value={kind}
            onChange={(k) => choose(k, periodOf(k, dateOf(kind, period)))}
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reportsui.kind.${k}`) }))}
            data-testid="period-kind"
          />
          <DatePicker
            picker={kind}
            className="period-picker"
            allowClear={false}
            value={dateOf(kind, period)}
            format={kind === 'quarter' ? 'YYYY-[Q]Q' : undefined}
            onChange={(d) => d && choose(kind, periodOf(kind, d))}
            aria-label={t('reportsui.period')}
            data-testid="period-picker"
          />
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'xlsx'}
            disabled={!stationId}
            onClick={() => stationId && void run('xlsx', () => call('exports.periodReport', { stationId, kind, period }))}
            data-testid="period-export"
          >
            {t('reportsui.exportXlsx')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            disabled={!stationId}
            href={printUrl}
            onClick={(e) => {
              e.preventDefault();
              navigate(printUrl);
            }}
            data-testid="period-print"
          >
            {t('reportsui.print')}
          </Button>
        </>
      }
    >
      {report.error ? <Alert type="error" showIcon title={report.error} data-testid="report-error" /> : null}
      <Spin spinning={report.loading} description={t('reportsui.loading')}>
        {r ? (
          <div className="reports-body" data-testid="period-report" data-period={r.period}>
            <Typography.Title level={3} data-testid="report-heading">
              {t(`reportsui.heading.${kind}`, { period: periodName })}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('reportsui.rangeNote', { from: r.from, to: r.to })}
            </Typography.Paragraph>
            {r.totals.sessions === 0 ? (
              <Card>
                <Empty
                  description={
                    <span data-testid="period-empty">
                      <Typography.Text strong>{t('reportsui.empty', { period: periodName })}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary">{t('reportsui.emptyHelp')}</Typography.Text>
                    </span>
                  }
                >
                  <Link to="/sessions">{t('reportsui.toSessions')}</Link>
                </Empty>
              </Card>
            ) : (
              <>
                <ReportTotals report={r} />
                <Card title={t('reportsui.breakdowns')} size="small">
                  <Tabs
                    items={[
                      breakdown('category', t('reportsui.by.category'), r.byCategory, (row) => categoryLabel(row.key, row.label)),
                      breakdown('trade', t('reportsui.by.trade'), r.byTrade, (row) => (row.key ? row.label : t('reportsui.noTrade'))),
                      breakdown('trainer', t('reportsui.by.trainer'), r.byTrainer, (row) => row.label),
                      breakdown('team', t('reportsui.by.team'), r.byTeam, (row) => (row.key ? row.label : t('reportsui.noTeam'))),
                      breakdown('township', t('reportsui.by.township'), r.byTownship, (row) => (row.key ? row.label : t('reportsui.noTownship'))),
                      breakdown('nationalType', t('reportsui.by.nationalType'), r.byNationalType, (row) => (row.key ? t(`nationalType.${row.key}`) : t('reportsui.noNationalType'))),
                    ]}
                    data-testid="breakdown-tabs"
                  />
                </Card>
              </>
            )}
            <Card title={t('reportsui.planProgress')} size="small" className="reports-card">
              <PlanProgressTable rows={r.plan} testId="plan-progress" />
            </Card>
            {r.sessions.length ? (
              <Card title={t('reportsui.sessionsHeld', { n: r.sessions.length })} size="small" className="reports-card">
                <Table<ReportSession>
                  size="small"
                  rowKey="id"
                  dataSource={r.sessions}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  data-testid="report-sessions"
                  columns={[
                    {
                      key: 'when',
                      title: t('reportsui.session.when'),
                      width: 170,
                      render: (_: unknown, s) => <span dir="ltr">{s.startsAt.replace('T', ' ')}</span>,
                    },
                    { key: 'title', title: t('reportsui.session.title'), render: (_: unknown, s) => <Link to={`/sessions/${s.id}`}>{s.title}</Link> },
                    { key: 'category', title: t('reportsui.by.category'), render: (_: unknown, s) => categoryLabel(s.category, s.categoryLabel) },
                    { key: 'trainers', title: t('reportsui.by.trainer'), render: (_: unknown, s) => s.trainerNames.join(t('stationPage.listSeparator')) },
                    { key: 'hours', title: t('reports.figure.classHours'), dataIndex: 'classHours', align: 'end', width: 90 },
                    { key: 'people', title: t('reports.figure.personTimes'), dataIndex: 'personTimes', align: 'end', width: 100 },
                  ]}
                />
              </Card>
            ) : null}
            {kind === 'year' && isAnnual(r) ? <AnnualSection report={r} sessions={sessions} categoryLabel={(c) => categoryLabel(c)} /> : null}
          </div>
        ) : (
          <div className="reports-placeholder" />
        )}
      </Spin>
    </ReportsNav>
  );
}
