import { describe, expect, it } from 'vitest';
import { hubDispatch } from '../../main/hub/http/dispatch';
import { createHubAccount, resolveCaller, signIn } from '../../main/hub/services/accounts';
import { hubStatusTable, listStations } from '../../main/hub/services/views';
import { reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';

const h = useHub();

/** A station placed somewhere, with a profile that meets some of the five haves and not others. */
async function placed(enterprise: string, city: string, district: string, township: string, area: number | null, equipment: string[]) {
  const s = await reportStation();
  s.core.db
    .prepare('UPDATE stations SET enterprise = ?, city = ?, district = ?, township = ?, area_m2 = ?, address = ?, equipment_json = ?, state = ? WHERE id = ?')
    .run(enterprise, city, district, township, area, '团结路1号', JSON.stringify(equipment), area === null ? 'planned' : 'built', s.stationId);
  return s;
}

describe("the hub's stations list", () => {
  it('filters by company, city, district and township, and shows each station its five haves and 建设状况 as the station computes them', async () => {
    const hub = await h.hub();
    const a = await placed('建工集团', '巴州', '尉犁县', '团结镇', 60, ['audio_video']);
    const b = await placed('建工集团', '巴州', '库尔勒市', '铁克其乡', null, []);
    const c = await placed('路桥公司', '巴州', '尉犁县', '兴平镇', 10, ['teaching_aids', 'audio_video']);
    for (const s of [a, b, c]) await (await enrol(s.core, s.admin, hub)).pushNow();
    await createHubAccount(hub.core.pool, 'test', { username: 'admin', password: 'hub-admin-1', role: 'admin' });
    const admin = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'admin', 'hub-admin-1')).token);
    const ids = (f: Parameters<typeof listStations>[2]) => listStations(hub.core.pool, admin, f).then((l) => l.map((s) => s.stationId));

    expect(await ids({})).toEqual([a.stationId, b.stationId, c.stationId]);
    expect(await ids({ enterprise: '建工集团' })).toEqual([a.stationId, b.stationId]);
    expect(await ids({ district: '尉犁县' })).toEqual([a.stationId, c.stationId]);
    expect(await ids({ district: '尉犁县', township: '兴平镇' })).toEqual([c.stationId]);
    expect(await ids({ city: '巴州', enterprise: '路桥公司' })).toEqual([c.stationId]);
    expect(await ids({ township: '无此镇' })).toEqual([]);
    expect((await hubStatusTable(hub.core.pool, admin, { district: '库尔勒市' })).rows.map((r) => r.stationId)).toEqual([b.stationId]);
    // Through the channel: the filter's fields pass its schema; an unknown field does not.
    const viaChannel = await hubDispatch(hub.core, admin, 'hub.stations', { filter: { township: '团结镇' } });
    expect(viaChannel.ok && (viaChannel.value as { stationId: string }[]).map((s) => s.stationId)).toEqual([a.stationId]);
    expect(await hubDispatch(hub.core, admin, 'hub.stations', { filter: { county: '尉犁县' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const list = await listStations(hub.core.pool, admin);
    for (const [i, s] of [a, b, c].entries()) {
      expect(list[i]!.fiveHaves).toEqual(s.core.stations.fiveHaves(s.stationId));
      expect(list[i]).toMatchObject({ district: s === b ? '库尔勒市' : '尉犁县', state: s === b ? 'planned' : 'built' });
    }
    // Not all alike: the venue and equipment differ between them.
    expect(list.map((s) => s.fiveHaves.filter((f) => f.met).map((f) => f.key))).toEqual([
      ['venue', 'equipment', 'trainers'],
      ['trainers'],
      ['equipment', 'trainers'],
    ]);
  });
});
