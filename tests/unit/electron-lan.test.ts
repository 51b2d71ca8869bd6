import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { followTabletSetting } from '../../main/electron/lan';
import { setUp } from '../support/callers';
import { testCore } from '../support/temp';

describe('the desktop app’s "allow tablets" switch', () => {
  it('serves the LAN host on all interfaces only while the setting is on', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const errors: string[] = [];
    const tablets = followTabletSetting(core, '/nonexistent', (m) => errors.push(m), 0);
    await tablets.settled();
    expect(tablets.current()).toBeUndefined();

    await dispatch(core, admin, 'settings.update', { allowTablets: true });
    await tablets.settled();
    const host = tablets.current();
    expect(host).toBeDefined();
    expect((host!.server.address() as { address: string }).address).toBe('0.0.0.0');
    const res = await fetch(new URL('/api/rpc/app.info', host!.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(200);

    await dispatch(core, admin, 'settings.update', { allowTablets: false });
    await tablets.settled();
    expect(tablets.current()).toBeUndefined();
    expect(host!.server.listening).toBe(false);
    tablets.stop();
    expect(errors).toEqual([]);
  });
});
