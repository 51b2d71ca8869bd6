import { ArrowLeftOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportField, ImportPreview, ImportResult } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { ImportPreviewView, RefusedRows } from '../../components/records/ImportPreviewView';
import { saveExport, readAsBase64 } from '../../records/files';
import { useLanguage } from '../../state/language';
import { errorMessage } from '../../forms/errorText';
import { useStation } from '../../state/station';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'committing'; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult; preview: ImportPreview };

const MAX_FILE = 30 * 1024 * 1024;

/** Roster import: choose a file, see what would happen, adjust the columns, then commit in one go. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current } = useStation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [mapping, setMapping] = useState<Record<string, ImportField>>({});
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  const preview = async (f: { name: string; base64: string }, map: Record<string, ImportField>) => {
    if (!current) return;
    setStep({ kind: 'reading' });
    setError(null);
    const r = await call('imports.workersPreview', {
      stationId: current.id,
      fileName: f.name,
      base64: f.base64,
      mapping: Object.keys(map).length ? map : undefined,
    });
    if (!r.ok) {
      const reason = r.error.details?.reason;
      setError(typeof reason === 'string' ? t(reason) : t(errorMessage(r.error).key));
      setStep({ kind: 'choose' });
      return;
    }
    setDirty(false);
    setStep({ kind: 'preview', preview: r.value });
  };

  const choose = async (picked: File) => {
    if (picked.size > MAX_FILE) return setError(t('importUi.tooLarge'));
    const f = { name: picked.name, base64: await readAsBase64(picked) };
    setFile(f);
    setMapping({});
    await preview(f, {});
  };

  const commit = async (p: ImportPreview) => {
    setStep({ kind: 'committing', preview: p });
    const r = await call('imports.workersCommit', { previewId: p.previewId });
    if (!r.ok) {
      const reason = r.error.details?.reason;
      setError(typeof reason === 'string' ? t(reason) : t(errorMessage(r.error).key));
      return setStep({ kind: 'preview', preview: p });
    }
    setStep({ kind: 'done', result: r.value, preview: p });
  };

  const showing = step.kind === 'preview' || step.kind === 'committing' ? step.preview : null;
  const { language } = useLanguage();
  const [downloading, setDownloading] = useState(false);
  // The refused rows as a sheet to fix and import again (the preview keeps them after its commit).
  const downloadRefused = async (p: ImportPreview) => {
    setDownloading(true);
    const r = await call('imports.refusedRows', { previewId: p.previewId, language });
    setDownloading(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    const saved = await saveExport(r.value);
    if (!saved.saved && 'error' in saved) setError(saved.error);
  };
  const downloadButton = (p: ImportPreview) =>
    p.counts.refused > 0 ? (
      <Flex gap={8} align="center" wrap>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void downloadRefused(p)} data-testid="import-refused-download">
          {t('importClerk.download')}
        </Button>
        <Typography.Text type="secondary">{t('importClerk.downloadHelp')}</Typography.Text>
      </Flex>
    ) : null;
  return (
    <Flex vertical gap={16} data-testid="import-page">
      <Flex align="center" gap={12}>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={() => navigate('/workers')} aria-label={t('rec.back')} />
        <Typography.Title level={2} className="page-title">
          {t('importUi.title')}
        </Typography.Title>
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid="import-error" /> : null}
      {step.kind === 'choose' || step.kind === 'reading' ? (
        <Card>
          <Spin spinning={step.kind === 'reading'} description={t('importUi.reading')}>
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(f) => {
                void choose(f);
                return false;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('importUi.choose')}</p>
              <p className="ant-upload-hint">{t('importUi.chooseHelp')}</p>
            </Upload.Dragger>
          </Spin>
        </Card>
      ) : null}
      {showing ? (
        <>
          <Typography.Text>
            {t('importUi.file', { file: showing.fileName })}
            {showing.sheet ? ` · ${t('importUi.sheet', { sheet: showing.sheet })}` : ''}
          </Typography.Text>
          <ImportPreviewView preview={showing} mapping={mapping} onMap={(i, f) => {
              setMapping({ ...mapping, [String(i)]: f });
              setDirty(true);
            }} />
          {downloadButton(showing)}
          <Alert type="info" showIcon title={t('importUi.nothingYet')} />
          <Flex gap={8} wrap>
            <Button
              type="primary"
              loading={step.kind === 'committing'}
              disabled={dirty || showing.counts.add + showing.counts.update === 0}
              onClick={() => void commit(showing)}
              data-testid="import-commit"
            >
              {t('importUi.commit', { n: showing.counts.add + showing.counts.update })}
            </Button>
            <Button disabled={!dirty || !file} onClick={() => file && void preview(file, mapping)} data-testid="import-repreview">
              {t('importUi.repreview')}
            </Button>
            <Button onClick={() => { setStep({ kind: 'choose' }); setFile(null); setMapping({}); }}>{t('importUi.another')}</Button>
          </Flex>
        </>
      ) : null}
      {step.kind === 'done' ? (
        <>
        <Result
          status="success"
          title={t('importUi.done')}
          subTitle={t('importUi.doneCounts', { ...step.result })}
          data-testid="import-done"
          extra={
            <Button type="primary" onClick={() => navigate('/workers')} data-testid="import-back">
              {t('importUi.toList')}
            </Button>
          }
        />
        {step.preview.counts.refused > 0 ? (
          <Flex vertical gap={8} data-testid="import-done-refused">
            {downloadButton(step.preview)}
            <RefusedRows preview={step.preview} title={t('importClerk.doneRefused', { n: step.preview.counts.refused })} />
          </Flex>
        ) : null}
        </>
      ) : null}
    </Flex>
  );
}
