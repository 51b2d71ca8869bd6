import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { EduReport, EduReportRow } from '../../../../shared/contract/safety-education-types';
import { call } from '../../api/client';
import { useStation } from '../../state/station';
import { useExport } from '../reports/useExport';
import { useLoad } from '../reports/useLoad';

/** 三级安全教育 completion: cleared / in progress / not started per team and trade, and the month's newcomers. */
export function EduReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stationId = useStation().current?.id;
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const m = month.format('YYYY-MM');
  const report = useLoad<EduReport>(() => (stationId ? call('safetyEducation.report', { stationId, month: m }) : null), [stationId, m]);
  const { busy, run } = useExport();
  const r = report.data;

  const groupTable = (rows: EduReportRow[], head: string, testId: string, cards: boolean) => (
    <Table<EduReportRow>
      rowKey="group"
      size="small"
      data-testid={testId}
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15 } : false}
      columns={[
        { title: head, dataIndex: 'group', render: (g: string) => g || t('edu.report.unset') },
        { title: t('edu.report.cleared'), dataIndex: 'cleared', align: 'end' },
        { title: t('edu.report.inProgress'), dataIndex: 'inProgress', align: 'end' },
        { title: t('edu.report.notStarted'), dataIndex: 'notStarted', align: 'end' },
        { title: t('edu.report.total'), dataIndex: 'total', align: 'end' },
        ...(cards
          ? [{
              title: '',
              key: 'cards',
              render: (_: unknown, g: EduReportRow) =>
                g.group ? (
                  <Button size="small" icon={<PrinterOutlined />} onClick={() => navigate(`/print/edu-cards?team=${encodeURIComponent(g.group)}&station=${stationId ?? ''}`)} data-testid="edu-team-cards">
                    {t('edu.report.printCards')}
                  </Button>
                ) : null,
            }]
          : []),
      ]}
    />
  );

  return (
    <Flex vertical gap={16} data-testid="edu-report-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} className="page-title">
          {t('edu.report.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <DatePicker picker="month" allowClear={false} value={month} onChange={(v) => v && setMonth(v)} aria-label={t('edu.report.month')} data-testid="edu-report-month" />
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'xlsx'}
            disabled={!stationId}
            onClick={() => stationId && void run('xlsx', () => call('exports.safetyEducationReport', { stationId, month: m }))}
            data-testid="edu-report-export"
          >
            {t('edu.report.export')}
          </Button>
        </Flex>
      </Flex>
      {report.error ? <Alert type="error" showIcon title={report.error} /> : null}
      <Typography.Paragraph type="secondary">{t('edu.report.help')}</Typography.Paragraph>
      {r ? (
        <>
          <Row gutter={[16, 16]}>
            {(
              [
                ['cleared', r.totals.cleared],
                ['inProgress', r.totals.inProgress],
                ['notStarted', r.totals.notStarted],
                ['total', r.totals.total],
              ] as const
            ).map(([k, n]) => (
              <Col key={k} xs={12} md={6}>
                <Card size="small" data-testid={`edu-total-${k}`}>
                  <Statistic title={t(`edu.report.${k}`)} value={n} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('edu.report.byTeam')} size="small">
                {groupTable(r.byTeam, t('workerForm.team'), 'edu-by-team', true)}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('edu.report.byTrade')} size="small">
                {groupTable(r.byTrade, t('workerForm.trade'), 'edu-by-trade', false)}
              </Card>
            </Col>
          </Row>
          <Card title={t('edu.report.newcomers', { month: m, count: r.newcomers.length })} size="small">
            <Table
              rowKey="workerId"
              size="small"
              data-testid="edu-newcomers"
              dataSource={r.newcomers}
              pagination={r.newcomers.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('workerForm.name'), dataIndex: 'name', render: (n: string, w) => <Link to={`/workers/${w.workerId}`}>{n}</Link> },
                { title: t('workerForm.team'), dataIndex: 'team' },
                { title: t('workerForm.trade'), dataIndex: 'tradeName' },
                { title: t('edu.report.entryDate'), dataIndex: 'entryDate', render: (d: string | null) => <span dir="ltr">{d ?? ''}</span> },
                { title: t('edu.title'), key: 'state', render: (_: unknown, w) => t(`edu.state.${w.state === 'cleared' ? 'cleared' : 'notCleared'}`) },
                { title: t('edu.col.missing'), key: 'due', render: (_: unknown, w) => w.due.map((l) => t(`edu.level.${l}`)).join(t('edu.levelSeparator')) },
              ]}
            />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
