import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Select, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankImportReport, BankIssue } from '../../../../shared/contract/exam-types';
import type { VocabItem } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { readAsBase64 } from '../../records/files';
import { vocabOptions } from '../../records/vocab';

/** A 题库 file: checked first (each problem by row and column), then imported. */
export function BankImportDialog({ stationId, categories, onClose }: { stationId: string; categories: readonly VocabItem[]; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [defaultCategory, setDefaultCategory] = useState('safety');
  const [report, setReport] = useState<BankImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (f: { name: string; base64: string }, commit: boolean) => {
    setBusy(true);
    setError(null);
    const r = await call('exams.importBank', { stationId, fileName: f.name, base64: f.base64, commit, partial: commit, defaultCategory });
    setBusy(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    setReport(r.value);
  };
  const reason = (i: BankIssue) => t(i.reason, { ...(i.params ?? {}) });
  const issues = [...(report?.refused ?? []), ...(report?.notes ?? [])];

  return (
    <Modal open width={760} title={t('exams.import.title')} onCancel={() => onClose(report?.committed ?? false)} footer={null}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary">{t('exams.import.help')}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void readAsBase64(f).then((base64) => {
                const next = { name: f.name, base64 };
                setFile(next);
                setReport(null);
                void send(next, false);
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="exam-import-pick">{file ? file.name : t('exams.import.pick')}</Button>
          </Upload>
          <span>{t('exams.import.defaultCategory')}</span>
          <Select style={{ minWidth: 160 }} value={defaultCategory} options={vocabOptions(t, 'category', categories)} onChange={setDefaultCategory} />
        </Flex>
        {error && <Alert type="error" title={error} />}
        {report && (
          <Alert
            type={report.committed ? 'success' : report.refused.length ? 'warning' : 'info'}
            data-testid="exam-import-summary"
            title={t(report.committed ? 'exams.import.done' : 'exams.import.checked', { rows: report.rows, added: report.added, existing: report.existing, refused: report.refused.length })}
          />
        )}
        {issues.length > 0 && (
          <Table<BankIssue>
            size="small"
            rowKey={(i) => `${i.row}:${i.column}:${i.reason}`}
            dataSource={issues}
            pagination={{ pageSize: 8 }}
            columns={[
              { title: t('exams.import.row'), dataIndex: 'row', width: 70, render: (r: number) => (r ? r : '') },
              { title: t('exams.import.column'), dataIndex: 'column', width: 140 },
              { title: t('exams.import.reason'), key: 'reason', render: (_, i) => reason(i) },
            ]}
          />
        )}
        {report && !report.committed && report.added > 0 && file && (
          <Button type="primary" loading={busy} onClick={() => void send(file, true)} data-testid="exam-import-commit">
            {t('exams.import.commit', { count: report.added })}
          </Button>
        )}
      </Flex>
    </Modal>
  );
}
