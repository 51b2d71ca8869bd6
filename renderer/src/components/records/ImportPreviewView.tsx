import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportChange, ImportField, ImportIssue, ImportPreview } from '../../../../shared/contract/records';
import { useTradeName } from '../../records/useTradeName';

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

function fieldLabelKey(f: ImportField | string): string {
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
      {preview.changes.length > 0 ? <ImportChanges changes={preview.changes} capped={counts.add + counts.update > preview.changes.length} /> : null}
      {preview.refused.length > 0 ? <RefusedRows preview={preview} /> : null}
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

/** The refused rows: row, column and reason. Shown in the preview and again after the commit. */
export function RefusedRows({ preview, title }: { preview: ImportPreview; title?: string }) {
  const { t } = useTranslation();
  const issueText = (i: ImportIssue) => t(i.reason, i.params ?? {});
  const { counts } = preview;
  return (
        <Card size="small" title={title ?? t('importUi.refusedRows', { n: counts.refused })}>
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
  );
}

/** Each addition and update, an update field by field: old → new. */
function ImportChanges({ changes, capped }: { changes: ImportChange[]; capped: boolean }) {
  const { t } = useTranslation();
  const { trade } = useTradeName();
  const value = (field: string, v: string | number | null) => {
    if (v === null) return <Typography.Text type="secondary">{t('importClerk.empty')}</Typography.Text>;
    return <bdi>{field === 'tradeId' ? trade(String(v)) : String(v)}</bdi>;
  };
  return (
    <Card size="small" title={t('importClerk.changes')} data-testid="import-changes">
      <Typography.Paragraph type="secondary">
        {t('importClerk.changesHelp')} {capped ? t('importClerk.changesCapped', { n: changes.length }) : null}
      </Typography.Paragraph>
      <Table<ImportChange>
        size="small"
        rowKey="row"
        dataSource={changes}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'row', title: t('importUi.row'), dataIndex: 'row', width: 80 },
          {
            key: 'kind',
            title: '',
            width: 90,
            render: (_: unknown, c) => <Tag color={c.kind === 'add' ? 'green' : 'blue'}>{t(`importClerk.${c.kind}`)}</Tag>,
          },
          { key: 'name', title: t('workerForm.name'), render: (_: unknown, c) => <bdi>{c.name}</bdi> },
          { key: 'id', title: t('workerForm.idNumber'), render: (_: unknown, c) => <span dir="ltr">{c.idMasked}</span> },
          {
            key: 'fields',
            title: t('importClerk.changeColumn'),
            render: (_: unknown, c) =>
              c.kind === 'add' ? (
                <Typography.Text type="secondary">{t('importClerk.newWorker')}</Typography.Text>
              ) : (
                <ul className="plain-list import-change-list">
                  {c.fields.map((f) => (
                    <li key={f.field} data-testid="import-change">
                      {t(fieldLabelKey(f.field))}: {value(f.field, f.before)} <ArrowRightOutlined className="flip-rtl" /> {value(f.field, f.after)}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </Card>
  );
}
