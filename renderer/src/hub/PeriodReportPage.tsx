import { PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Segmented, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubPeriodReport } from '../../../shared/contract/hub-views';
import type { PeriodKind } from '../../../shared/contract/report-types';
import { dateOf, PERIOD_KINDS, periodOf } from '../pages/reports/periodParams';
import { hubCall } from './api';
import { StationFilters } from './StationFilters';
import { useStationFilter } from './useStationFilter';

const FIGURES = ['sessions', 'personTimes', 'distinctWorkers', 'classHours', 'creditedHours'] as const;
const HEADER: Record<(typeof FIGURES)[number], string> = {
  sessions: 'hub.ui.sessions',
  personTimes: 'hub.ui.personTimes',
  distinctWorkers: 'hub.ui.workers',
  classHours: 'hub.ui.classHours',
  creditedHours: 'hub.ui.creditedHours',
};

/** A month, quarter or year across the caller's stations: each station's own figures, then the sums. */
export function PeriodReportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [period, setPeriod] = useState(() => periodOf('month', dayjs()));
  const { stations, filter, setFilter, arg } = useStationFilter();
  const [report, setReport] = useState<HubPeriodReport | null>(null);
  useEffect(() => {
    let live = true;
    void hubCall<HubPeriodReport>('hub.periodReport', { kind, period, ...arg }).then((r) => live && r.ok && setReport(r.value));
    return () => {
      live = false;
    };
  }, [kind, period, arg]);
  const shown = report && report.kind === kind && report.period === period ? report : null;
  const rows = shown?.stations.map((s) => ({ ...s.totals, key: s.stationId, name: s.stationName })) ?? [];
  const periodName = t(`reportsui.periodName.${kind}`, { year: period.slice(0, 4), month: Number(period.slice(5, 7)), quarter: period.slice(6) });
  return (
    <div data-testid="hub-period-report" data-period={shown?.period ?? ''} className="hub-print">
      <Flex gap={8} align="center" wrap className="no-print" style={{ marginBottom: 12 }}>
        <Segmented<PeriodKind>
          value={kind}
          onChange={(k) => {
            setPeriod(periodOf(k, dateOf(kind, period)));
            setKind(k);
          }}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reportsui.kind.${k}`) }))}
          data-testid="hub-period-kind"
        />
        {/* antd's picker in the page's language, as the station's report pages: no native month input. */}
        <DatePicker
          picker={kind}
          allowClear={false}
          value={dateOf(kind, period)}
          format={kind === 'quarter' ? 'YYYY-[Q]Q' : kind === 'month' ? 'YYYY-MM' : 'YYYY'}
          onChange={(d) => d && setPeriod(periodOf(kind, d))}
          aria-label={t('reportsui.period')}
          data-testid="hub-period-picker"
        />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="hub-period-print">
          {t('hub.ui.print')}
        </Button>
        <StationFilters stations={stations} value={filter} onChange={setFilter} />
      </Flex>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('hub.ui.periodHeading', { period: periodName })}
      </Typography.Title>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[{ title: t('hub.ui.station'), dataIndex: 'name' }, ...FIGURES.map((f) => ({ title: t(HEADER[f]), dataIndex: f, align: 'end' as const }))]}
        summary={() =>
          shown ? (
            <Table.Summary.Row data-testid="hub-period-total">
              <Table.Summary.Cell index={0}>{t('hub.ui.total', { people: shown.totals.distinctPeople })}</Table.Summary.Cell>
              {FIGURES.map((f, i) => (
                <Table.Summary.Cell key={f} index={i + 1} align="end">
                  {shown.totals[f]}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
