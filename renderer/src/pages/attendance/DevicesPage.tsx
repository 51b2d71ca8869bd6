import { TabletOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device, PairingAddresses as Addresses } from '../../../../shared/contract/attendance-types';
import { call, subscribe } from '../../api/client';
import { PairingAddresses, tabletOrigins } from '../../components/attendance/PairingAddresses';
import { PairingPanel } from '../../components/attendance/PairingPanel';
import { RulesForm, type AttendanceRules } from '../../components/attendance/RulesForm';
import { errorMessage } from '../../forms/errorText';
import { useSession } from '../../state/session';
import { useStation } from '../../state/station';
import { formatTime } from '../trust/format';
import { NoKioskPinAlert } from '../../components/trust/NoKioskPinAlert';

const when = (iso: string | null) => (iso ? formatTime(iso) : '');

/** Kiosk tablets paired with this station, pairing a new one, and the attendance rules. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { current } = useStation();
  const { state } = useSession();
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [pairing, setPairing] = useState<{ code: string; expiresAt: string } | null>(null);
  const [rules, setRules] = useState<AttendanceRules | null>(null);
  const [saving, setSaving] = useState(false);
  const known = useRef<Set<string>>(new Set());
  const stationId = current?.id;
  const isAdmin = state.status === 'ready' && state.whoami.role === 'admin';
  // The address the admin's browser used (127.0.0.1, or app:// in the desktop app) is no use to a tablet:
  // the PC's LAN addresses are, on the port the LAN host listens on.
  const [addresses, setAddresses] = useState<Addresses | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const origins = tabletOrigins(addresses);
  const origin = origins.find((o) => o.origin === chosen)?.origin ?? origins[0]?.origin ?? null;

  const showError = useCallback(
    (error: Parameters<typeof errorMessage>[0]) => {
      const m = errorMessage(error);
      void message.error(t(m.key, m.vars ?? {}));
    },
    [message, t],
  );

  const load = useCallback(async () => {
    if (!stationId) return;
    const r = await call('devices.list', { stationId });
    if (!r.ok) return showError(r.error);
    setDevices(r.value);
  }, [stationId, showError]);

  const loadAddresses = useCallback(async () => {
    const r = await call('devices.addresses', {});
    if (r.ok) setAddresses(r.value);
  }, []);

  useEffect(() => {
    if (!stationId) return;
    void load();
    void loadAddresses();
    void call('station.settings', { stationId }).then((r) => {
      if (r.ok) setRules(r.value);
    });
    let again: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((e) => {
      if (e.type === 'devices.changed') void load();
      if (e.type === 'settings.changed') {
        void call('station.settings', { stationId }).then((r) => r.ok && setRules(r.value));
        // The desktop app starts or stops its LAN host with "allow tablets": ask again once it has.
        void loadAddresses();
        clearTimeout(again);
        again = setTimeout(() => void loadAddresses(), 1000);
      }
    });
    return () => {
      unsubscribe();
      clearTimeout(again);
    };
  }, [stationId, load, loadAddresses]);

  // A tablet that paired while the code was on screen: say so and close the code.
  useEffect(() => {
    if (!devices || !pairing) return;
    const fresh = devices.find((d) => !known.current.has(d.id) && !d.revokedAt);
    if (fresh) {
      setPairing(null);
      void message.success(t('kioskui.devices.paired', { name: fresh.name }));
    }
  }, [devices, pairing, message, t]);

  const startPairing = async () => {
    if (!stationId) return;
    known.current = new Set((devices ?? []).map((d) => d.id));
    const r = await call('devices.startPairing', { stationId });
    if (!r.ok) return showError(r.error);
    setPairing(r.value);
  };

  const revoke = async (device: Device) => {
    const r = await call('devices.revoke', { deviceId: device.id });
    if (!r.ok) return showError(r.error);
    void message.success(t('kioskui.devices.revoked', { name: device.name }));
    void load();
  };

  const saveRules = async (next: AttendanceRules) => {
    if (!stationId) return;
    setSaving(true);
    const r = await call('station.updateSettings', { stationId, ...next });
    setSaving(false);
    if (!r.ok) return showError(r.error);
    setRules(r.value);
    void message.success(t('kioskui.rules.saved'));
  };

  return (
    <Flex vertical gap={24} data-testid="devices-page">
      <Typography.Title level={3} className="page-title">
        {t('kioskui.devices.title')}
      </Typography.Title>
      <NoKioskPinAlert />
      <Card
        title={t('kioskui.devices.listTitle')}
        extra={
          <Button type="primary" icon={<TabletOutlined />} onClick={() => void startPairing()} data-testid="pair-tablet">
            {t('kioskui.devices.pair')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('kioskui.devices.intro')}</Typography.Paragraph>
        <Table<Device>
          rowKey="id"
          dataSource={devices ?? []}
          loading={devices === null}
          pagination={false}
          data-testid="devices-table"
          locale={{ emptyText: <Empty description={t('kioskui.devices.none')} /> }}
          columns={[
            { title: t('kioskui.devices.col.name'), dataIndex: 'name' },
            { title: t('kioskui.devices.col.paired'), dataIndex: 'createdAt', render: when },
            { title: t('kioskui.devices.col.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => (v ? when(v) : t('kioskui.devices.never')) },
            {
              title: t('kioskui.devices.col.state'),
              key: 'state',
              render: (_: unknown, d) =>
                d.revokedAt ? <Tag>{t('kioskui.devices.stateRevoked', { at: when(d.revokedAt) })}</Tag> : <Tag color="green">{t('kioskui.devices.stateActive')}</Tag>,
            },
            {
              title: '',
              key: 'actions',
              render: (_: unknown, d) =>
                d.revokedAt ? null : (
                  <Popconfirm
                    title={t('kioskui.devices.revokeConfirm', { name: d.name })}
                    description={t('kioskui.devices.revokeExplain')}
                    okText={t('kioskui.devices.revoke')}
                    cancelText={t('kioskui.common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void revoke(d)}
                  >
                    <Button danger size="small" data-testid="device-revoke">
                      {t('kioskui.devices.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('trustui.pairing.title')} data-testid="pairing-addresses-card">
        <PairingAddresses info={addresses} chosen={origin} onChoose={setChosen} isAdmin={isAdmin} />
      </Card>

      <Card title={t('kioskui.rules.title')}>
        <Typography.Paragraph type="secondary">{isAdmin ? t('kioskui.rules.intro') : t('kioskui.rules.adminOnly')}</Typography.Paragraph>
        {rules && <RulesForm value={rules} editable={isAdmin} busy={saving} onSave={(r) => void saveRules(r)} />}
      </Card>

      <Modal open={pairing !== null} title={t('kioskui.devices.pairTitle')} footer={null} onCancel={() => setPairing(null)} destroyOnHidden width={480}>
        {pairing && <PairingPanel code={pairing.code} expiresAt={pairing.expiresAt} origin={origin} />}
        {pairing && origins.length === 0 ? <Alert type="info" showIcon title={t('trustui.pairing.noQr')} className="pairing-no-qr" /> : null}
        {pairing && origins.length !== 1 ? <PairingAddresses info={addresses} chosen={origin} onChoose={setChosen} isAdmin={isAdmin} /> : null}
        {pairing && (
          <Flex justify="center" className="pairing-again">
            <Button onClick={() => void startPairing()}>{t('kioskui.devices.newCode')}</Button>
          </Flex>
        )}
      </Modal>
    </Flex>
  );
}
