import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportImportIssue } from '../../../../shared/contract/report-types';

/** The cells an import refused (or noted): row, column and the reason in the reader's language. */
export function ImportIssues({ issues, testId }: { issues: ReportImportIssue[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<ReportImportIssue>
      size="small"
      rowKey={(i) => `${i.row}-${i.column ?? ''}-${i.reason}-${JSON.stringify(i.params ?? {})}`}
      dataSource={issues}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid={testId}
      columns={[
        { key: 'row', title: t('reportsui.import.row'), dataIndex: 'row', width: 80 },
        { key: 'column', title: t('reportsui.import.column'), dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '' },
        { key: 'reason', title: t('reportsui.import.reason'), render: (_: unknown, i) => t(i.reason, i.params ?? {}) },
      ]}
    />
  );
}
