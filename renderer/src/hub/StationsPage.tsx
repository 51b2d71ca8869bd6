import { App as AntApp, Button, Flex, Table, Tag, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStationView } from '../../../shared/contract/hub-views';
import { i18n } from '../i18n';
import { hubCall } from './api';
import { hubTime } from './format';

/** The stations the caller sees: when each last synced, how stale, how far its sign-in chain is verified. */
export function StationsPage({ admin, onOpen }: { admin: boolean; onOpen: (s: HubStationView) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<HubStationView[]>([]);
  const load = useCallback(() => void hubCall<HubStationView[]>('hub.stations', {}).then((r) => r.ok && setRows(r.value)), []);
  useEffect(load, [load]);
  // A station's USB bundle: applied whole or not at all; the hub's answer says which and why.
  const importBundle = async (file: File) => {
    const r = await hubCall<{ outcome: string; message: string }>('hub.bundle.import', { bundle: await file.text() });
    if (r.ok) void message.success(`${t('hub.ui.bundleDone')} ${r.value.message}`);
    else {
      const reason = typeof r.error.details?.reason === 'string' ? `hub.reason.${r.error.details.reason}` : '';
      void message.error(`${t('hub.ui.bundleRefused')} ${reason && i18n.exists(reason) ? t(reason) : r.error.message}`, 10);
    }
    load();
  };
  return (
    <>
      {admin ? (
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Upload accept=".json" showUploadList={false} beforeUpload={(f) => (void importBundle(f), false)}>
            <Button data-testid="hub-import-bundle">{t('hub.ui.importBundle')}</Button>
          </Upload>
        </Flex>
      ) : null}
      <Table<HubStationView>
        rowKey="stationId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        data-testid="hub-stations"
        columns={[
          {
            title: t('hub.ui.station'),
            render: (_v, r) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(r)} data-testid="hub-open-station">
                {r.name}
              </Button>
            ),
          },
          { title: t('hub.ui.enterprise'), dataIndex: 'enterprise' },
          { title: t('hub.ui.lastSync'), render: (_v, r) => <span dir="ltr">{hubTime(r.lastSyncAt)}</span> },
          {
            title: t('hub.ui.staleness'),
            render: (_v, r) => (r.staleHours === null ? '—' : <Tag color={r.staleHours > 48 ? 'red' : r.staleHours > 24 ? 'orange' : 'green'}>{t('hub.ui.hoursAgo', { hours: r.staleHours })}</Tag>),
          },
          { title: t('hub.ui.chain'), render: (_v, r) => (r.chainVerifiedTo ? t('hub.ui.chainTo', { time: hubTime(r.chainVerifiedTo) }) : '—') },
          { title: t('hub.ui.people'), render: (_v, r) => `${r.people} / ${r.workers}` },
        ]}
      />
    </>
  );
}
