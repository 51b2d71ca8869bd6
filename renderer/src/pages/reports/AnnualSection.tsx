import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AnnualReport, ReportSession, TrainerOutput } from '../../../../shared/contract/report-types';
import { FiveHavesPanel } from '../../components/records/FiveHavesPanel';
import { PlanProgressTable } from './PlanProgressTable';
import { SessionLinks } from './SessionLinks';

interface Props {
  report: AnnualReport;
  sessions: ReadonlyMap<string, ReportSession>;
  categoryLabel(code: string): string;
}

/** What the annual report adds (seed 004): the station's state and five haves, its best trainers, next year's plan. */
export function AnnualSection({ report, sessions, categoryLabel }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nextYear = Number(report.period) + 1;
  return (
    <>
      <Card title={t('reportsui.annual.station')} size="small" data-testid="annual-station">
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'state',
              label: t('stationPage.state'),
              children: <Tag color={report.stationState === 'built' ? 'success' : 'processing'}>{t(`stationState.${report.stationState}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <FiveHavesPanel items={report.fiveHaves} />
      <Card title={t('reportsui.annual.trainers')} size="small">
        <Table<TrainerOutput>
          size="small"
          rowKey="trainerId"
          pagination={false}
          dataSource={report.outstandingTrainers}
          data-testid="annual-trainers"
          locale={{ emptyText: t('reportsui.annual.noTrainers') }}
          expandable={{
            expandRowByClick: true,
            rowExpandable: (r) => r.sessionIds.length > 0,
            expandedRowRender: (r) => <SessionLinks sessions={r.sessionIds.flatMap((id) => sessions.get(id) ?? [])} categoryLabel={categoryLabel} />,
          }}
          onRow={() => ({ className: 'clickable-row' })}
          columns={[
            { key: 'rank', title: t('reportsui.annual.rank'), width: 70, render: (_: unknown, _r, i) => i + 1 },
            { key: 'name', title: t('reportsui.by.trainer'), dataIndex: 'name' },
            { key: 'sessions', title: t('reports.figure.sessions'), dataIndex: 'sessions', align: 'end', width: 110 },
            { key: 'hours', title: t('reportsui.annual.hoursTaught'), dataIndex: 'hoursTaught', align: 'end', width: 110 },
            { key: 'attendees', title: t('reportsui.annual.attendees'), dataIndex: 'attendees', align: 'end', width: 110 },
          ]}
        />
      </Card>
      <Card
        title={t('reportsui.annual.nextYear', { year: nextYear })}
        size="small"
        extra={
          <Button size="small" onClick={() => navigate(`/reports/plans?year=${nextYear}`)} data-testid="annual-edit-plan">
            {t('reportsui.annual.editPlan')}
          </Button>
        }
      >
        <PlanProgressTable rows={report.nextYearPlan} targetsOnly testId="annual-next-plan" />
      </Card>
    </>
  );
}
