import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { HTTP } from '../../shared/contract/bridge';
import { setUp } from '../support/callers';
import { startHost } from '../support/http';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';

async function pairedTablet() {
  const { core, clock } = testCore({ at: '2026-03-01T23:55:00.000Z' });
  const { admin, token: adminToken } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const { rpc, url } = await startHost(core);
  const start = await rpc('devices.startPairing', { stationId }, { [HTTP.sessionHeader]: adminToken });
  const paired = await rpc('devices.pair', { code: start.body.value.code, name: '门口平板1' });
  expect(paired.status).toBe(200);
  const kioskToken = paired.body.value.token as string;
  return { core, clock, admin, adminToken, stationId, rpc, url, kioskToken, deviceId: paired.body.value.deviceId as string };
}

describe('kiosk devices over the LAN host', () => {
  it('pair with a one-time code; the code cannot be used twice', async () => {
    const { core, rpc, adminToken, stationId } = await pairedTablet();
    const stored = core.db.prepare('SELECT token_hash FROM devices').pluck().get() as string;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    const start = await rpc('devices.startPairing', { stationId }, { [HTTP.sessionHeader]: adminToken });
    const code = start.body.value.code as string;
    expect((await rpc('devices.pair', { code, name: '二号' })).status).toBe(200);
    expect((await rpc('devices.pair', { code, name: '三号' })).body.error.code).toBe('invalid_input');
  });

  it('may call kiosk channels only: admin channels are forbidden to a kiosk token', async () => {
    const { rpc, kioskToken, stationId } = await pairedTablet();
    const h = { [HTTP.sessionHeader]: kioskToken };
    expect((await rpc('kiosk.state', {}, h)).status).toBe(200);
    for (const [name, input] of [
      ['workers.search', { stationId }],
      ['station.list', {}],
      ['attendance.live', { sessionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }],
      ['devices.startPairing', { stationId }],
      ['settings.update', { uiLanguage: 'en' }],
    ] as const) {
      const r = await rpc(name, input, h);
      expect(r.status, name).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
  });

  it('sign a worker in from the tablet, and stop working once revoked', async () => {
    const { core, admin, rpc, kioskToken, stationId, deviceId } = await pairedTablet();
    const [w] = addWorkers(core, stationId, [{ name: '张三' }]);
    const created = await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: { title: '班前讲话', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T08:30' },
    });
    if (!created.ok) throw new Error('no session');
    const sessionId = (created.value as { id: string }[])[0]!.id;
    const h = { [HTTP.sessionHeader]: kioskToken };
    const state = await rpc('kiosk.state', {}, h);
    expect(state.body.value.session).toMatchObject({ id: sessionId, title: '班前讲话' });
    const scan = await rpc('kiosk.scan', { sessionId, code: w!.badge, method: 'badge', idempotencyKey: 'tablet-0001' }, h);
    expect(scan.body.value).toMatchObject({ outcome: 'signed_in', worker: { name: '张三' } });
    expect(core.db.prepare('SELECT device_id FROM attendance_events').pluck().get()).toBe(deviceId);

    await dispatch(core, admin, 'devices.revoke', { deviceId });
    const after = await rpc('kiosk.state', {}, h);
    expect(after.status).toBe(401);
  });

  it('are confined to their own station', async () => {
    const { core, admin, rpc, kioskToken } = await pairedTablet();
    const other = await dispatch(core, admin, 'station.create', { name: '另一个项目' });
    if (!other.ok) throw new Error('no station');
    const otherId = (other.value as { id: string }).id;
    const r = await rpc('kiosk.state', { stationId: otherId }, { [HTTP.sessionHeader]: kioskToken });
    expect(r.body.error.code).toBe('forbidden');
  });

  it('hear only their own station’s session and attendance events', async () => {
    const { url, kioskToken, core, stationId } = await pairedTablet();
    const controller = new AbortController();
    const res = await fetch(new URL(HTTP.events, url), { headers: { [HTTP.sessionHeader]: kioskToken }, signal: controller.signal });
    const reader = res.body!.getReader();
    core.events.emit({ type: 'devices.changed', stationId });
    core.events.emit({ type: 'attendance.changed', stationId: 'OTHER', sessionId: 'x' });
    core.events.emit({ type: 'sessions.changed', stationId, sessionIds: ['s1'] });
    let text = '';
    while (!text.includes('sessions.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).not.toContain('devices.changed');
    expect(text).not.toContain('OTHER');
  });

  it('lose their open event stream the moment they are revoked; other screens keep theirs', async () => {
    const { url, rpc, kioskToken, adminToken, deviceId } = await pairedTablet();
    const open = (token: string) => fetch(new URL(HTTP.events, url), { headers: { [HTTP.sessionHeader]: token } });
    const tablet = await open(kioskToken);
    const admin = await open(adminToken);
    expect(tablet.status).toBe(200);
    const tabletReader = tablet.body!.getReader();
    const adminReader = admin.body!.getReader();
    await tabletReader.read(); // ": connected"
    await adminReader.read();

    const revoked = await rpc('devices.revoke', { deviceId }, { [HTTP.sessionHeader]: adminToken });
    expect(revoked.status).toBe(200);

    const ended = async () => {
      for (;;) if ((await tabletReader.read()).done) return 'ended';
    };
    const timeout = new Promise<string>((r) => setTimeout(() => r('still open'), 2000));
    expect(await Promise.race([ended(), timeout])).toBe('ended');
    // The admin's stream stays open and hears the change.
    let text = '';
    while (!text.includes('devices.changed')) {
      const { value, done: over } = await adminReader.read();
      if (over) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain(`"revokedDeviceId":"${deviceId}"`);
    await adminReader.cancel();
    // And the token opens no new stream.
    expect((await open(kioskToken)).status).toBe(401);
  });

  it('refuse requests without a token or with a made-up one', async () => {
    const { rpc } = await pairedTablet();
    expect((await rpc('kiosk.state', {})).status).toBe(401);
    expect((await rpc('kiosk.state', {}, { [HTTP.sessionHeader]: 'A'.repeat(43) })).status).toBe(401);
  });
});
