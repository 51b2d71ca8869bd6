import { DeleteOutlined, DownloadOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionAttachment } from '../../../../shared/contract/evidence-types';
import { ATTACHMENT_MIMES, MAX_ATTACHMENT_BYTES, type AttachmentMime } from '../../../../shared/domain/evidence';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { blobBase64 } from '../../kiosk/evidence-photo';
import { readAsBase64, saveExport } from '../../records/files';

/** A thumbnail of a photo, made here so the station never decodes images: a small JPEG. */
async function thumbnailOf(file: Blob): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const canvas = document.createElement('canvas');
    const scale = 200 / Math.max(bitmap.width, bitmap.height);
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.6));
    return blob ? blobBase64(blob) : null;
  } catch {
    return null;
  }
}

/** The trainer's files of a session: photos of the room and the slides; they go on the sign-in sheet's last page. */
export function AttachmentsCard({ sessionId, editable }: { sessionId: string; editable: boolean }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<SessionAttachment[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => void call('attachments.list', { sessionId }).then((r) => r.ok && setItems(r.value)), [sessionId]);
  useEffect(load, [load]);

  const download = async (attachmentId: string) => {
    const r = await call('attachments.get', { attachmentId });
    if (r.ok) await saveExport(r.value);
  };

  const add = async (file: File) => {
    setError(null);
    if (!(ATTACHMENT_MIMES as readonly string[]).includes(file.type)) return setError(t('evidence.attachments.wrongType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(t('evidence.attachments.tooLarge'));
    setBusy(true);
    const thumb = file.type.startsWith('image/') ? await thumbnailOf(file) : null;
    const r = await call('attachments.add', { sessionId, name: file.name, mime: file.type as AttachmentMime, base64: await readAsBase64(file), thumb });
    setBusy(false);
    if (!r.ok) {
      const m = errorMessage(r.error);
      return setError(t(m.key, m.vars ?? {}));
    }
    load();
  };

  return (
    <Card
      size="small"
      title={t('evidence.attachments.title', { count: items.length })}
      data-testid="attachments"
      extra={
        editable ? (
          <Upload accept={ATTACHMENT_MIMES.join(',')} showUploadList={false} beforeUpload={(f) => (void add(f), false)}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid="attachments-add">
              {t('evidence.attachments.add')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('evidence.attachments.help')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} /> : null}
      <Flex wrap gap={12}>
        {items.map((a) => (
          <Flex key={a.id} vertical align="center" gap={4} style={{ width: 140 }} data-testid="attachment">
            {a.thumb ? <img src={a.thumb} alt="" style={{ maxWidth: 120, maxHeight: 90, objectFit: 'contain' }} /> : <FilePdfOutlined style={{ fontSize: 48 }} />}
            <Typography.Text ellipsis style={{ maxWidth: 136 }} title={a.name}>
              <bdi>{a.name}</bdi>
            </Typography.Text>
            <Flex gap={4}>
              <Button size="small" icon={<DownloadOutlined />} aria-label={t('evidence.attachments.download')} onClick={() => void download(a.id)} />
              {editable ? (
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('evidence.attachments.delete')} onClick={() => void call('attachments.delete', { attachmentId: a.id }).then(load)} />
              ) : null}
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
