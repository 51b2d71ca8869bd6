import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useStation } from '../../state/station';

export function NewStationButton() {
  const { t } = useTranslation();
  const { select, reload } = useStation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!name.trim()) return setError(t('field.required'));
    setBusy(true);
    const r = await call('station.create', { name: name.trim() });
    setBusy(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    await reload();
    select(r.value.id);
    setOpen(false);
    setName('');
  };

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="station-new">
        {t('stationPage.newStation')}
      </Button>
      <Modal
        open={open}
        title={t('stationPage.newStation')}
        okText={t('rec.create')}
        cancelText={t('rec.cancel')}
        confirmLoading={busy}
        onOk={() => void create()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('stationPage.newStationHelp')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void create()}>
          <Form.Item label={t('stationPage.name')} validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
            <Input autoFocus maxLength={100} value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => void create()} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
