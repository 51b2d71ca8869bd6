import { CloudDownloadOutlined, CloudUploadOutlined, DatabaseOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, InputNumber, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreStaged } from '../../../../shared/contract/trust-types';
import { call, uploadFile } from '../../api/client';
import { CreateBackupDialog } from '../../components/trust/CreateBackupDialog';
import { RestoreDialog, type RestoreSource } from '../../components/trust/RestoreDialog';
import { RestoreStagedPanel } from '../../components/trust/RestoreStagedPanel';
import { readAsBase64, saveExport } from '../../records/files';
import { errorText, formatBytes, formatTime } from './format';
import './trust.css';

/** Largest file the page offers to upload for a restore (the channel's own limit). */
const MAX_UPLOAD = 512 * 1024 * 1024;

/**
 * The backups folder: automatic and manual backups, "back up now", download, restore (checked now,
 * applied at the next start), and how many to keep.
 */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);
  const when = useCallback((iso: string) => formatTime(iso, i18n.language), [i18n.language]);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [keep, setKeep] = useState<number | null>(null);
  const [savedKeep, setSavedKeep] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [createBusy, setCreateBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const [upload, setUpload] = useState<File | null>(null);
  const [restoreBusy, setRestoreBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [staged, setStaged] = useState<{ facts: RestoreStaged; source: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    const r = await call('backups.list', {});
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    setBackups(r.value);
  }, [message, t, exists]);

  useEffect(() => {
    void load();
    void call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setKeep(r.value.backupKeep);
      setSavedKeep(r.value.backupKeep);
    });
  }, [load]);

  const create = async (passphrase: string | undefined) => {
    setCreateBusy(true);
    setCreateError(null);
    const r = await call('backups.create', passphrase === undefined ? {} : { passphrase });
    setCreateBusy(false);
    if (!r.ok) return setCreateError(errorText(t, exists, r.error));
    setCreating(false);
    void message.success(t('trustui.backups.created', { name: r.value.name }));
    void load();
  };

  const download = async (b: BackupInfo) => {
    const r = await call('backups.download', { name: b.name });
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    const saved = await saveExport(r.value);
    if ('error' in saved) void message.error(saved.error);
  };

  const pickFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_UPLOAD) return void message.error(t('trustui.restore.tooLarge'));
    setUpload(file);
    setRestoreError(null);
    setRestoring({ kind: 'upload', fileName: file.name });
  };

  const restore = async (passphrase: string | undefined) => {
    if (!restoring) return;
    setRestoreBusy(true);
    setRestoreError(null);
    let source: { name: string } | { upload: string } | { base64: string };
    if (restoring.kind === 'listed') source = { name: restoring.name };
    else {
      // In a browser the file streams to the station's disk first; the desktop app sends its bytes.
      const sent = upload ? await uploadFile('backups.restore', upload) : null;
      if (sent && !sent.ok) {
        setRestoreBusy(false);
        return setRestoreError(errorText(t, exists, sent.error));
      }
      source = sent ? { upload: sent.value.upload } : { base64: upload ? await readAsBase64(upload) : '' };
    }
    const r = await call('backups.restore', { ...source, ...(passphrase === undefined ? {} : { passphrase }) });
    setRestoreBusy(false);
    if (!r.ok) return setRestoreError(errorText(t, exists, r.error));
    setStaged({ facts: r.value, source: restoring.kind === 'listed' ? restoring.name : restoring.fileName });
    setRestoring(null);
    setUpload(null);
  };

  const saveKeep = async () => {
    if (keep === null) return;
    const r = await call('settings.update', { backupKeep: keep });
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    setSavedKeep(r.value.backupKeep);
    void message.success(t('trustui.common.saved'));
  };

  return (
    <Flex vertical gap={16} data-testid="backups-page">
      <Typography.Title level={2} className="page-title">
        {t('trustui.backups.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trustui.backups.intro', { keep: savedKeep ?? '…' })}</Typography.Paragraph>
      {staged ? <RestoreStagedPanel staged={staged.facts} source={staged.source} /> : null}
      <Card
        title={t('trustui.backups.listTitle')}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<CloudUploadOutlined />} onClick={() => fileInput.current?.click()} data-testid="restore-upload">
              {t('trustui.backups.restoreFile')}
            </Button>
            <Button
              type="primary"
              icon={<DatabaseOutlined />}
              onClick={() => {
                setCreateError(null);
                setCreating(true);
              }}
              data-testid="backup-now"
            >
              {t('trustui.backups.now')}
            </Button>
          </Flex>
        }
      >
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".sqlite,.enc,.db,application/octet-stream"
          data-testid="restore-file"
          onChange={(e) => {
            pickFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Table<BackupInfo>
          rowKey="name"
          dataSource={backups ?? []}
          loading={backups === null}
          pagination={false}
          data-testid="backups-table"
          locale={{ emptyText: <Empty description={t('trustui.backups.none')} /> }}
          columns={[
            { title: t('trustui.backups.col.name'), dataIndex: 'name', render: (v: string) => <span className="trust-code">{v}</span> },
            { title: t('trustui.backups.col.at'), dataIndex: 'at', render: (v: string) => when(v) },
            { title: t('trustui.backups.col.size'), dataIndex: 'bytes', render: (v: number) => <span className="trust-code trust-nowrap">{formatBytes(v)}</span> },
            {
              title: t('trustui.backups.col.encrypted'),
              dataIndex: 'encrypted',
              render: (v: boolean) => (v ? <Tag color="blue">{t('trustui.backups.encrypted')}</Tag> : <Tag>{t('trustui.backups.plain')}</Tag>),
            },
            {
              title: '',
              key: 'actions',
              render: (_: unknown, b) => (
                <Flex gap={8} wrap>
                  <Button size="small" icon={<CloudDownloadOutlined />} onClick={() => void download(b)}>
                    {t('trustui.backups.download')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    icon={<HistoryOutlined />}
                    onClick={() => {
                      setRestoreError(null);
                      setRestoring({ kind: 'listed', name: b.name, at: b.at, encrypted: b.encrypted });
                    }}
                    data-testid="backup-restore"
                  >
                    {t('trustui.backups.restore')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('trustui.backups.keepTitle')} data-testid="backup-keep">
        <Typography.Paragraph type="secondary">{t('trustui.backups.keepHelp')}</Typography.Paragraph>
        <Flex gap={8} align="center" wrap>
          <InputNumber<number>
            min={1}
            max={365}
            precision={0}
            value={keep}
            onChange={(v) => setKeep(v)}
            aria-label={t('trustui.backups.keepTitle')}
            data-testid="backup-keep-input"
          />
          <Button type="primary" onClick={() => void saveKeep()} disabled={keep === null || keep === savedKeep}>
            {t('trustui.common.save')}
          </Button>
        </Flex>
      </Card>
      <CreateBackupDialog open={creating} busy={createBusy} error={createError} onCreate={(p) => void create(p)} onCancel={() => setCreating(false)} />
      <RestoreDialog
        source={restoring}
        busy={restoreBusy}
        error={restoreError}
        formatTime={when}
        onRestore={(p) => void restore(p)}
        onCancel={() => {
          setRestoring(null);
          setUpload(null);
        }}
      />
    </Flex>
  );
}
