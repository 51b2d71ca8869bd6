import { UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  src: string | null;
  busy: boolean;
  onPick(file: File): void;
  onRemove(): void;
}

/** The worker's photo for the badge: shows it, takes a new one (the container checks type and size). */
export function WorkerPhoto({ src, busy, onPick, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={8}>
      <Avatar shape="square" size={120} src={src ?? undefined} icon={src ? undefined : <UserOutlined />} data-testid="worker-photo" />
      <Flex gap={8}>
        <Upload
          accept="image/jpeg,image/png,image/webp"
          showUploadList={false}
          beforeUpload={(file) => {
            onPick(file);
            return false;
          }}
        >
          <Button size="small" loading={busy}>
            {src ? t('workerForm.photoReplace') : t('workerForm.photoAdd')}
          </Button>
        </Upload>
        {src ? (
          <Button size="small" onClick={onRemove} disabled={busy}>
            {t('workerForm.photoRemove')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
