import { Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanProgressRow } from '../../../../shared/contract/report-types';
import { scopeText, tradeText, yearsText } from './planLabels';

interface Props {
  rows: PlanProgressRow[];
  /** The annual report's next-year section has targets only. */
  targetsOnly?: boolean;
  testId: string;
}

/** Each target of the year beside what was done in the period and in the year so far. */
export function PlanProgressTable({ rows, targetsOnly = false, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Table<PlanProgressRow>
      size="small"
      rowKey="planId"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      locale={{ emptyText: t('reportsui.plan.none') }}
      columns={[
        {
          key: 'scope',
          title: t('reportsui.plan.scope'),
          render: (_: unknown, r) => (
            <>
              {scopeText(t, r.scopeKind, r.scope)}
              {r.yearTo > r.year ? <span dir="ltr"> ({yearsText(r.year, r.yearTo)})</span> : null}
            </>
          ),
        },
        { key: 'trade', title: t('reportsui.plan.trade'), render: (_: unknown, r) => tradeText(t, r.tradeName, r.kind) },
        { key: 'target', title: t('reports.plan.target'), dataIndex: 'target', align: 'end', className: 'reports-number', width: 110 },
        ...(targetsOnly
          ? []
          : [
              { key: 'donePeriod', title: t('reports.plan.donePeriod'), dataIndex: 'donePeriod', align: 'end' as const, className: 'reports-number', width: 110 },
              { key: 'ytd', title: t('reports.plan.doneYearToDate'), dataIndex: 'doneYearToDate', align: 'end' as const, className: 'reports-number', width: 110 },
              {
                key: 'percent',
                title: t('reports.plan.percent'),
                width: 200,
                render: (_: unknown, r: PlanProgressRow) =>
                  r.percent === null ? (
                    <Typography.Text type="secondary">{t('reportsui.plan.noTarget')}</Typography.Text>
                  ) : (
                    <Progress
                      percent={Math.min(100, r.percent)}
                      format={() => `${r.percent}%`}
                      status={r.percent >= 100 ? 'success' : 'normal'}
                      size="small"
                      data-testid="plan-percent"
                    />
                  ),
              },
            ]),
      ]}
    />
  );
}
