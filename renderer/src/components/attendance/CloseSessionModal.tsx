import { Flex, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type EndedAt = 'now' | 'scheduled';

/**
 * Closing a session. Before its scheduled end it asks how it ended: now (its end moves to now and hours
 * are credited up to it) or at the scheduled end; nothing is chosen for the trainer. After the end, no
 * question.
 */
export function CloseSessionModal({
  open,
  title,
  early,
  now,
  scheduledEnd,
  busy,
  onClose,
  onCancel,
}: {
  open: boolean;
  title: string;
  /** Closing before the scheduled end of an open session. */
  early: boolean;
  /** 'HH:MM' now and at the scheduled end, for the two answers. */
  now: string;
  scheduledEnd: string;
  busy: boolean;
  onClose(endedAt: EndedAt | undefined): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [endedAt, setEndedAt] = useState<EndedAt | null>(null);
  useEffect(() => {
    if (open) setEndedAt(null);
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('kioskui.live.closeSession')}
      cancelText={t('kioskui.common.cancel')}
      okButtonProps={{ danger: true, disabled: early && endedAt === null }}
      confirmLoading={busy}
      onOk={() => onClose(early ? (endedAt ?? undefined) : undefined)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('kioskui.live.closeExplain')}</Typography.Paragraph>
      {early ? (
        <div data-testid="close-early">
          <Typography.Paragraph strong>{t('liveAdmin.close.question', { end: scheduledEnd })}</Typography.Paragraph>
          <Radio.Group value={endedAt} onChange={(e) => setEndedAt(e.target.value as EndedAt)} data-testid="close-ended-at">
            <Flex vertical gap={8}>
              <Radio value="now">
                <span data-testid="close-ended-now">{t('liveAdmin.close.now', { time: now })}</span>
              </Radio>
              <Radio value="scheduled">
                <span data-testid="close-ended-scheduled">{t('liveAdmin.close.scheduled', { time: scheduledEnd })}</span>
              </Radio>
            </Flex>
          </Radio.Group>
        </div>
      ) : null}
    </Modal>
  );
}
