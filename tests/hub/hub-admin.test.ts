import { describe, expect, it } from 'vitest';
import { HUB_CHANNELS, type HubChannelName } from '../../shared/contract/hub-channels';
import { createHubAccount, signIn } from '../../main/hub/services/accounts';
import { reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';

const h = useHub();

/** A channel called as the hub's page calls it: over HTTP with a bearer token. */
async function rpc(url: string, token: string | null, name: string, input: unknown) {
  const res = await fetch(`${url}/hub/api/rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } } };
}

describe("the hub's admin screens' channels", () => {
  it('lists enrolment codes (never the code itself) and accounts with their stations (never a password hash)', async () => {
    const hub = await h.hub();
    await createHubAccount(hub.core.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
    const admin = (await signIn(hub.core.pool, 'county', 'county-pass-1')).token;

    const made = await rpc(hub.host.url, admin, 'hub.enrolmentCode.create', { label: '二标段', hours: 24 });
    expect(made.status).toBe(200);
    const { code, expiresAt } = made.body.value as { code: string; expiresAt: string };
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const codes = await rpc(hub.host.url, admin, 'hub.enrolmentCodes', {});
    expect(codes.body.value).toEqual([{ label: '二标段', createdBy: 'county', createdAt: expect.any(String), expiresAt, usedAt: null, nodeId: null, nodeName: null }]);
    expect(JSON.stringify(codes.body)).not.toContain(code);
    // A used code names the station PC that enrolled with it.
    const s = await reportStation();
    await enrol(s.core, s.admin, hub);
    const used = (await rpc(hub.host.url, admin, 'hub.enrolmentCodes', {})).body.value as { usedAt: string | null; nodeName: string | null }[];
    expect(used.filter((c) => c.usedAt).map((c) => c.nodeName)).toEqual([s.core.stations.first()!.name]);

    const viewer = await rpc(hub.host.url, admin, 'hub.accounts.create', { username: 'company', password: 'viewer-pass-1', role: 'viewer', stations: ['s-2', 's-1'] });
    expect(viewer.status).toBe(200);
    const accounts = await rpc(hub.host.url, admin, 'hub.accounts', {});
    expect((accounts.body.value as { username: string; role: string; stations: string[]; disabled: boolean }[]).map((a) => [a.username, a.role, a.stations, a.disabled])).toEqual([
      ['county', 'admin', [], false],
      ['company', 'viewer', ['s-1', 's-2'], false],
    ]);
    expect(JSON.stringify(accounts.body)).not.toMatch(/scrypt|password/i);
    expect(await rpc(hub.host.url, admin, 'hub.accounts.create', { username: 'company', password: 'another-pass-1', role: 'viewer' })).toMatchObject({ status: 409 });
  });

  it('refuses every admin channel to a viewer, and every channel but sign-in to no one', async () => {
    const hub = await h.hub();
    await createHubAccount(hub.core.pool, 'test', { username: 'company', password: 'viewer-pass-1', role: 'viewer', stations: ['s-1'] });
    const viewer = (await signIn(hub.core.pool, 'company', 'viewer-pass-1')).token;
    const adminChannels = (Object.keys(HUB_CHANNELS) as HubChannelName[]).filter((n) => HUB_CHANNELS[n].access === 'admin');
    expect(adminChannels).toEqual(expect.arrayContaining(['hub.enrolmentCode.create', 'hub.enrolmentCodes', 'hub.accounts', 'hub.accounts.create', 'hub.plans.set']));
    for (const name of adminChannels) {
      const r = await rpc(hub.host.url, viewer, name, {});
      expect([name, r.status, r.body.error?.code]).toEqual([name, 403, 'forbidden']);
      const anon = await rpc(hub.host.url, null, name, {});
      expect([name, anon.status]).toEqual([name, 401]);
    }
    // Refused before anything was done: no account, no code came of the viewer's calls.
    expect((await hub.core.pool.query('SELECT count(*)::int AS n FROM hub_enrolment_codes')).rows[0].n).toBe(0);
    expect((await hub.core.pool.query('SELECT count(*)::int AS n FROM hub_accounts')).rows[0].n).toBe(1);
  });
});
