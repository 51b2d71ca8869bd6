import { Alert, Card, Col, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportIssue, ImportPreview } from '../../../../shared/contract/records';

export const IMPORT_FIELDS: ImportField[] = [
  'name', 'idType', 'idNumber', 'mobile', 'tradeName', 'skillLevel', 'employer', 'team', 'homeProvince', 'homeCounty',
  'homeTownship', 'mandarinLevel', 'traineeGroup', 'language', 'entryDate', 'exitDate', 'status', 'highRiskPost', 'insuranceMonths',
  'apprenticeLevel', 'apprenticeFrom', 'apprenticeTo', 'ignore',
];

interface Props {
  preview: ImportPreview;
  mapping: Record<string, ImportField>;
  onMap(index: number, field: ImportField): void;
}

function fieldLabelKey(f: ImportField): string {
  if (f === 'ignore') return 'importUi.ignoreColumn';
  if (f === 'tradeName' || f === 'tradeId') return 'workerForm.trade';
  return `workerForm.${f}`;
}

/** What an import would do, before anything is written: counts, the column mapping, refused rows, notes. */
export function ImportPreviewView({ preview, mapping, onMap }: Props) {
  const { t } = useTranslation();
  const issueText = (i: ImportIssue) => t(i.reason, i.params ?? {});
  const { counts } = preview;
  return (
    <Flex vertical gap={16} data-testid="import-preview">
      <Row gutter={[16, 16]}>
        {(
          [
            ['rows', counts.rows],
            ['add', counts.add],
            ['update', counts.update],
            ['unchanged', counts.unchanged],
            ['refused', counts.refused],
          ] as const
        ).map(([k, n]) => (
          <Col key={k} xs={12} md={4}>
            <Card size="small">
              <Statistic title={t(`importUi.count.${k}`)} value={n} data-testid={`import-count-${k}`} styles={{ content: k === 'refused' && n > 0 ? { color: '#cf1322' } : undefined }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('importUi.mapping')}>
        <Typography.Paragraph type="secondary">{t('importUi.mappingHelp', { row: preview.headerRow })}</Typography.Paragraph>
        <Table
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={preview.columns}
          columns={[
            { key: 'header', title: t('importUi.header'), dataIndex: 'header' },
            {
              key: 'field',
              title: t('importUi.field'),
              render: (_: unknown, c) => (
                <Select<ImportField>
                  className="mapping-select"
                  value={mapping[String(c.index)] ?? c.field}
                  onChange={(f) => onMap(c.index, f)}
                  options={IMPORT_FIELDS.map((f) => ({ value: f, label: t(fieldLabelKey(f)) }))}
                  aria-label={c.header}
                  data-testid={`mapping-${c.index}`}
                />
              ),
            },
          ]}
        />
      </Card>
      {preview.refused.length > 0 ? (
        <Card size="small" title={t('importUi.refusedRows', { n: counts.refused })}>
          <Table<ImportIssue>
            size="small"
            rowKey={(i) => `${i.row}-${i.column ?? ''}-${i.reason}`}
            dataSource={preview.refused}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { key: 'row', title: t('importUi.row'), dataIndex: 'row', width: 90 },
              { key: 'column', title: t('importUi.column'), dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '' },
              { key: 'reason', title: t('importUi.reason'), render: (_: unknown, i) => issueText(i) },
            ]}
            data-testid="import-refused"
          />
        </Card>
      ) : null}
      {preview.notes.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('importUi.notes')}
          description={
            <ul className="plain-list">
              {preview.notes.map((n, i) => (
                <li key={i}>{n.row ? `${t('importUi.row')} ${n.row}: ` : ''}{issueText(n)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
