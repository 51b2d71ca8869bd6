import { App as AntApp, Button, Flex, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStationView } from '../../../shared/contract/hub-views';
import { i18n } from '../i18n';
import { hubCall } from './api';
import { FiveHavesCell } from './FiveHavesCell';
import { hubTime } from './format';
import { StationFilters } from './StationFilters';
import { useStationFilter } from './useStationFilter';

/** The stations the caller sees: when each last synced, how stale, how far its sign-in chain is verified. */
export function StationsPage({ admin, onOpen }: { admin: boolean; onOpen: (s: HubStationView) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { stations: all, filter, setFilter, arg, reload: load } = useStationFilter();
  const [rows, setRows] = useState<HubStationView[]>([]);
  useEffect(() => {
    let live = true;
    void hubCall<HubStationView[]>('hub.stations', arg).then((r) => live && r.ok && setRows(r.value));
    return () => {
      live = false;
    };
  }, [arg, all]);
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
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <StationFilters stations={all} value={filter} onChange={setFilter} />
        {admin ? (
          <Upload accept=".json" showUploadList={false} beforeUpload={(f) => (void importBundle(f), false)}>
            <Button data-testid="hub-import-bundle">{t('hub.ui.importBundle')}</Button>
          </Upload>
        ) : null}
      </Flex>
      <Table<HubStationView>
        rowKey="stationId"
        size="small"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 950 }}
        dataSource={rows}
        data-testid="hub-stations"
        columns={[
          {
            title: t('hub.ui.station'),
            width: 170,
            render: (_v, r) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(r)} data-testid="hub-open-station">
                {r.name}
              </Button>
            ),
          },
          {
            title: t('hub.ui.enterprise'),
            width: 160,
            render: (_v, r) => (
              <>
                <div>{r.enterprise || '—'}</div>
                <Typography.Text type="secondary">{[r.city, r.district, r.township].filter(Boolean).join(' ')}</Typography.Text>
              </>
            ),
          },
          { title: t('hub.ui.state'), width: 90, render: (_v, r) => <Tag color={r.state === 'built' ? 'green' : r.state === 'building' ? 'blue' : 'default'}>{t(`stationState.${r.state}`)}</Tag> },
          { title: t('fiveHaves.title'), width: 100, render: (_v, r) => <FiveHavesCell items={r.fiveHaves} /> },
          {
            title: t('hub.ui.lastSync'),
            width: 160,
            render: (_v, r) => (
              <>
                <div>
                  <span dir="ltr">{hubTime(r.lastSyncAt)}</span>
                </div>
                {r.staleHours === null ? null : <Tag color={r.staleHours > 48 ? 'red' : r.staleHours > 24 ? 'orange' : 'green'}>{t('hub.ui.hoursAgo', { hours: r.staleHours })}</Tag>}
              </>
            ),
          },
          // The time is isolated (U+2066..U+2069) so a right-to-left sentence does not reorder its digits.
          { title: t('hub.ui.chain'), width: 160, render: (_v, r) => (r.chainVerifiedTo ? t('hub.ui.chainTo', { time: `\u2066${hubTime(r.chainVerifiedTo)}\u2069` }) : '—') },
          { title: t('hub.ui.people'), width: 100, render: (_v, r) => `${r.people} / ${r.workers}` },
        ]}
      />
    </>
  );
}
