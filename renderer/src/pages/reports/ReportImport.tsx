import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportImportIssue } from '../../../../shared/contract/report-types';
import type { Result } from '../../../../shared/contract/result';
import { errorMessage } from '../../forms/errorText';
import { readAsBase64 } from '../../records/files';
import { ImportIssues } from './ImportIssues';

/** What a dry run or a commit says, in the shape both report imports share. */
export interface ImportOutcome {
  count: number;
  issues: ReportImportIssue[];
  notes: ReportImportIssue[];
}

interface Props {
  /** Runs the import: dryRun true only reads the file, false writes. */
  send(file: { fileName: string; base64: string }, dryRun: boolean): Promise<Result<ImportOutcome>>;
  /** Button label for choosing the file. */
  chooseLabel: string;
  /** How the preview counts what would be written ({{n}}). */
  countKey: string;
  /** The commit button ({{n}}). */
  commitKey: string;
  onDone(outcome: ImportOutcome): void;
  testId: string;
}

const MAX_FILE = 20 * 1024 * 1024;

/**
 * A spreadsheet import in two steps: a dry run shows what would be written and every problem; only
 * the second step writes. With problems, writing the rest needs a second confirmation.
 */
export function ReportImport({ send, chooseLabel, countKey, commitKey, onDone, testId }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState<'reading' | 'writing' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const failure = (r: Extract<Result<unknown>, { ok: false }>) => {
    const reason = r.error.details?.reason;
    if (typeof reason === 'string' && reason.includes('.')) return t(reason, (r.error.details?.params as Record<string, string>) ?? {});
    const m = errorMessage(r.error);
    return t(m.key, m.vars ?? {});
  };

  const choose = async (picked: File) => {
    setError(null);
    setPreview(null);
    if (picked.size > MAX_FILE) return setError(t('reportsui.import.tooLarge'));
    setBusy('reading');
    const f = { fileName: picked.name, base64: await readAsBase64(picked) };
    const r = await send(f, true);
    setBusy(null);
    if (!r.ok) return setError(failure(r));
    setFile(f);
    setPreview(r.value);
  };

  const write = async () => {
    if (!file) return;
    setBusy('writing');
    const r = await send(file, false);
    setBusy(null);
    if (!r.ok) return setError(failure(r));
    setFile(null);
    setPreview(null);
    onDone(r.value);
  };

  const commit = () => {
    if (!preview) return;
    if (!preview.issues.length) return void write();
    modal.confirm({
      title: t('reportsui.import.confirmTitle'),
      content: t('reportsui.import.confirmSkip', { problems: preview.issues.length, n: preview.count }),
      okText: t(commitKey, { n: preview.count }),
      cancelText: t('rec.cancel'),
      onOk: () => write(),
    });
  };

  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Flex gap={8} align="center" wrap>
        <Upload
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy === 'reading'} data-testid={`${testId}-choose`}>
            {chooseLabel}
          </Button>
        </Upload>
        {file ? <Typography.Text type="secondary">{file.fileName}</Typography.Text> : null}
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid={`${testId}-error`} /> : null}
      {preview ? (
        <Card size="small" title={t('reportsui.import.preview')} data-testid={`${testId}-preview`}>
          <Flex vertical gap={12}>
            <Alert
              type={preview.issues.length ? 'warning' : 'info'}
              showIcon
              title={t(countKey, { n: preview.count })}
              description={
                preview.issues.length ? t('reportsui.import.problems', { n: preview.issues.length }) : t('reportsui.import.nothingYet')
              }
              data-testid={`${testId}-summary`}
            />
            {preview.issues.length ? <ImportIssues issues={preview.issues} testId={`${testId}-issues`} /> : null}
            {preview.notes.length ? (
              <Alert
                type="info"
                title={t('reportsui.import.notes')}
                description={
                  <ul className="reports-sessions-list">
                    {preview.notes.map((n, i) => (
                      <li key={i}>
                        {n.row ? `${t('reportsui.import.row')} ${n.row}: ` : ''}
                        {t(n.reason, n.params ?? {})}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Flex gap={8} wrap>
              <Button
                type={preview.issues.length ? 'default' : 'primary'}
                danger={preview.issues.length > 0}
                disabled={preview.count === 0}
                loading={busy === 'writing'}
                onClick={commit}
                data-testid={`${testId}-commit`}
              >
                {t(commitKey, { n: preview.count })}
              </Button>
              <Button
                onClick={() => {
                  setFile(null);
                  setPreview(null);
                }}
                data-testid={`${testId}-discard`}
              >
                {t('rec.cancel')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
