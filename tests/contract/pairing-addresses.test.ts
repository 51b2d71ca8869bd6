import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { dispatch } from '../../main/app/dispatch';
import { lanAddresses } from '../../main/app/network';
import { followTabletSetting } from '../../main/electron/lan';
import { HTTP } from '../../shared/contract/bridge';
import { kiosk, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { testCore } from '../support/temp';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24`,
});

describe('the PC’s LAN addresses', () => {
  it('keep IPv4 addresses a tablet could reach: no loopback, no IPv6, no link-local; site LAN ranges first', () => {
    const found = lanAddresses({
      lo: [v4('127.0.0.1', true), { ...v4('::1', true), family: 'IPv6', scopeid: 0 }],
      wwan: [v4('100.64.3.4')],
      'Wi-Fi': [v4('192.168.1.23'), { ...v4('fe80::1'), family: 'IPv6', scopeid: 1 }],
      以太网: [v4('169.254.10.2'), v4('10.0.0.5')],
      dup: [v4('10.0.0.5')],
    });
    expect(found).toEqual([
      { address: '192.168.1.23', interfaceName: 'Wi-Fi' },
      { address: '10.0.0.5', interfaceName: '以太网' },
      { address: '100.64.3.4', interfaceName: 'wwan' },
    ]);
  });
});

describe('devices.addresses', () => {
  it('answers the LAN addresses, the port the LAN host listens on and the "allow tablets" switch', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    core.network.addresses = () => [{ address: '192.168.1.23', interfaceName: 'Wi-Fi' }];

    // No host yet (the desktop app with tablets off): no port.
    expect(await dispatch(core, admin, 'devices.addresses', {})).toEqual({
      ok: true,
      value: { addresses: [{ address: '192.168.1.23', interfaceName: 'Wi-Fi' }], port: null, listeningOnLan: false, allowTablets: false },
    });

    // The desktop app's switch starts the LAN host on every interface: its port is the one to use.
    const tablets = followTabletSetting(core, '/nonexistent', () => {}, 0);
    await dispatch(core, admin, 'settings.update', { allowTablets: true });
    await tablets.settled();
    const lanPort = Number(new URL(tablets.current()!.url).port);
    const on = await dispatch(core, admin, 'devices.addresses', {});
    expect(on).toMatchObject({ ok: true, value: { port: lanPort, listeningOnLan: true, allowTablets: true } });

    // Switched off, the host goes and so does its port.
    await dispatch(core, admin, 'settings.update', { allowTablets: false });
    await tablets.settled();
    expect(await dispatch(core, admin, 'devices.addresses', {})).toMatchObject({ ok: true, value: { port: null, listeningOnLan: false, allowTablets: false } });
    tablets.stop();
  });

  it('over HTTP: a host on loopback only says tablets cannot reach it; kiosks and strangers may not ask', async () => {
    const { core } = testCore();
    const { admin, token } = await setUp(core);
    const { rpc, url } = await startHost(core);
    const r = await rpc('devices.addresses', {}, { [HTTP.sessionHeader]: token });
    expect(r.status).toBe(200);
    expect(r.body.value).toMatchObject({ port: Number(new URL(url).port), listeningOnLan: false, allowTablets: false });
    expect(Array.isArray(r.body.value.addresses)).toBe(true);
    for (const a of r.body.value.addresses as { address: string }[]) expect(a.address).not.toMatch(/^127\./);

    expect((await rpc('devices.addresses', {})).status).toBe(401);
    expect(await dispatch(core, kiosk, 'devices.addresses', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(core, admin, 'devices.addresses', { port: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
