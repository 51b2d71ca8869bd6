import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FigureRow, ReportSession } from '../../../../shared/contract/report-types';
import { SessionLinks } from './SessionLinks';

interface Props {
  rows: FigureRow[];
  total: FigureRow;
  /** The first column's heading (category, trade, trainer, team). */
  firstTitle: string;
  label(row: FigureRow): string;
  /** The report's sessions, which each row's sessionIndexes point into. */
  sessions: readonly ReportSession[];
  categoryLabel(code: string): string;
  testId: string;
}

const NUMBERS = ['sessions', 'personTimes', 'distinctWorkers', 'classHours', 'creditedHours'] as const;

/** One breakdown of a period report; every row opens to the sessions behind its figures. */
export function FigureTable({ rows, total, firstTitle, label, sessions, categoryLabel, testId }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<FigureRow>['columns'] = [
    { key: 'label', title: firstTitle, render: (_: unknown, r) => label(r) },
    ...NUMBERS.map((k) => ({
      key: k,
      title: t(`reports.figure.${k}`),
      dataIndex: k,
      align: 'end' as const,
      className: 'reports-number',
      width: 110,
    })),
  ];
  return (
    <Table<FigureRow>
      size="small"
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid={testId}
      expandable={{
        expandRowByClick: true,
        rowExpandable: (r) => r.sessionIndexes.length > 0,
        expandedRowRender: (r) => <SessionLinks sessions={r.sessionIndexes.map((i) => sessions[i]!)} categoryLabel={categoryLabel} />,
      }}
      onRow={() => ({ className: 'clickable-row' })}
      summary={() => (
        <Table.Summary.Row className="reports-total-row">
          <Table.Summary.Cell index={0} />
          <Table.Summary.Cell index={1}>{t('reportsui.total')}</Table.Summary.Cell>
          {NUMBERS.map((k, i) => (
            <Table.Summary.Cell key={k} index={i + 2} align="end" className="reports-number">
              {total[k]}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
