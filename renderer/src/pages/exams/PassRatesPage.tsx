import { Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassRateReport, PassRateRow } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { useVocab } from '../../records/useCatalogue';
import { labelOfCode } from '../../records/vocab';
import { useStation } from '../../state/station';

/** Pass rates of the exams taken in a period: per session, content category, trade and trainer. */
export function PassRatesPage() {
  const { t } = useTranslation();
  const { current } = useStation();
  const { vocab } = useVocab(current?.id);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs().endOf('month')]);
  const [report, setReport] = useState<PassRateReport | null>(null);
  useEffect(() => {
    if (!current) return;
    void call('exams.passRates', { stationId: current.id, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }).then((r) => r.ok && setReport(r.value));
  }, [current, range]);

  const table = (title: string, rows: PassRateRow[], label: (r: PassRateRow) => string, testId: string) => (
    <Card size="small" title={title}>
      <Table<PassRateRow>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid={testId}
        columns={[
          { title: t('exams.report.group'), key: 'label', render: (_, r) => <bdi>{label(r)}</bdi> },
          { title: t('exams.report.takers'), dataIndex: 'takers', width: 90 },
          { title: t('exams.report.passed'), dataIndex: 'passed', width: 90 },
          { title: t('exams.report.rate'), key: 'rate', width: 90, render: (_, r) => (r.rate === null ? '' : `${Math.round(r.rate * 1000) / 10}%`) },
          { title: t('exams.report.average'), key: 'avg', width: 110, render: (_, r) => (r.averagePercent === null ? '' : `${r.averagePercent}%`) },
        ]}
      />
    </Card>
  );
  if (!current) return null;
  return (
    <Flex vertical gap={12} data-testid="exam-pass-rates">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('exams.report.title')}
        </Typography.Title>
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
      </Flex>
      {report && (
        <>
          {table(t('exams.report.bySession'), report.bySession, (r) => r.label, 'exam-rates-session')}
          {table(t('exams.report.byCategory'), report.byCategory, (r) => labelOfCode(t, 'category', vocab.contentCategories, r.key), 'exam-rates-category')}
          {table(t('exams.report.byTrade'), report.byTrade, (r) => r.label || t('exams.report.noTrade'), 'exam-rates-trade')}
          {table(t('exams.report.byTrainer'), report.byTrainer, (r) => r.label, 'exam-rates-trainer')}
        </>
      )}
    </Flex>
  );
}
