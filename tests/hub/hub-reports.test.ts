import { describe, expect, it } from 'vitest';
import { hubPeriodReport } from '../../main/hub/services/report-facts';
import { createHubAccount, resolveCaller, signIn } from '../../main/hub/services/accounts';
import { hubDispatch } from '../../main/hub/http/dispatch';
import { hubPeriodReportAcross, hubStatusTable, listStations, setHubFiler } from '../../main/hub/services/views';
import type { PeriodReport } from '../../shared/contract/report-types';
import { call, reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';
import { readXlsxWithPython } from '../support/xlsx-read';

const h = useHub();

/** A station with a month of varied training: skills with levels, safety, national language, a merge, certificates, plans. */
async function busyStation(variant: number) {
  const s = await reportStation();
  const [zhang, li, wang, ayi] = s.people as [(typeof s.people)[0], (typeof s.people)[0], (typeof s.people)[0], (typeof s.people)[0]];
  await call(s.core, s.admin, 'workers.update', { workerId: ayi.id, fields: { mandarinLevel: 'none' } });
  await call(s.core, s.admin, 'workers.update', { workerId: wang.id, fields: { mandarinLevel: 'basic' } });
  await call(s.core, s.admin, 'plans.set', { stationId: s.stationId, year: 2026, target: 100 + variant });
  await call(s.core, s.admin, 'plans.set', { stationId: s.stationId, year: 2026, scopeKind: 'township', scope: '团结镇', tradeId: s.trade('砌筑工'), target: 4 });
  await s.held({ category: 'skills', skillLevel: 'L3', nationalType: '003004', startsAt: '2026-02-20T08:00', endsAt: '2026-02-20T09:30' }, [zhang, li]);
  await s.held({ category: 'skills', skillLevel: 'L3', nationalType: '003004', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' }, variant === 1 ? [zhang] : [zhang, li]);
  await s.held({ category: 'skills', nationalType: '003004', startsAt: '2026-03-03T08:00', endsAt: '2026-03-03T09:30' }, [zhang, wang, ayi]);
  await s.held({ category: 'safety', startsAt: `2026-03-0${4 + variant}T08:00`, endsAt: `2026-03-0${4 + variant}T09:30` }, [zhang, li, wang, ayi].slice(variant));
  await s.held({ category: 'national_language', startsAt: '2026-03-09T08:00', endsAt: '2026-03-09T09:30' }, [ayi, wang]);
  await s.held({ category: 'safety', startsAt: '2026-04-01T08:00', endsAt: '2026-04-01T09:30' }, [zhang]);
  await call(s.core, s.admin, 'certificates.add', { workerId: zhang.id, fields: { kind: 'skill_level', tradeId: null, level: 'L4', issuedOn: '2026-02-01' } });
  s.core.db.prepare("UPDATE stations SET enterprise = ?, city = '尉犁县', address = ?, contact_name = '王经理', state = 'built' WHERE id = ?").run(`建工集团第${variant}项目部`, `团结路${variant}号`, s.stationId);
  return s;
}

describe('reports at the hub', () => {
  it('a month computed at three stations and at the hub: the same figures, by the same code', async () => {
    const hub = await h.hub();
    const stations = [await busyStation(0), await busyStation(1), await busyStation(2)];
    for (const s of stations) await (await enrol(s.core, s.admin, hub)).pushNow();
    const atStations: PeriodReport[] = stations.map((s) => s.core.reports.period(s.stationId, 'month', '2026-03'));
    for (const [i, s] of stations.entries()) {
      const atHub = await hubPeriodReport(hub.core.pool, s.stationId, 'month', '2026-03');
      expect(atHub).toEqual(atStations[i]);
    }
    // The figures are not trivially empty, and differ between stations.
    expect(atStations.map((r) => r.totals.personTimes)).toEqual([11, 9, 9]);
    expect(atStations[0]!.plan.length).toBe(2);
    expect(atStations[0]!.certificateRate.withCertificate).toBe(1);

    await createHubAccount(hub.core.pool, 'test', { username: 'admin', password: 'hub-admin-1', role: 'admin' });
    const admin = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'admin', 'hub-admin-1')).token);
    const across = await hubPeriodReportAcross(hub.core.pool, admin, 'month', '2026-03');
    expect(across.stations.map((r) => r.stationId)).toEqual(stations.map((s) => s.stationId));
    expect(across.totals.personTimes).toBe(29);
    // The same four people (the fixture's ID numbers) at the three stations: four people at the hub.
    expect(across.totals.distinctWorkers).toBe(12);
    expect(across.totals.distinctPeople).toBe(4);
  });

  it("seed 004's status table across stations, in the station's own form and .xlsx; a viewer sees only their stations", async () => {
    const hub = await h.hub();
    const stations = [await busyStation(0), await busyStation(1), await busyStation(2)];
    for (const s of stations) await (await enrol(s.core, s.admin, hub)).pushNow();
    await setHubFiler(hub.core.pool, { unit: '尉犁县', adminLevel: 'county', contactName: '李科长', fixedPhone: '0996-1234567', mobile: '13800000000' });
    await createHubAccount(hub.core.pool, 'test', { username: 'admin', password: 'hub-admin-1', role: 'admin' });
    await createHubAccount(hub.core.pool, 'test', { username: 'company', password: 'viewer-pass-1', role: 'viewer', stations: [stations[0]!.stationId, stations[2]!.stationId] });
    const admin = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'admin', 'hub-admin-1')).token);
    const viewer = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'company', 'viewer-pass-1')).token);

    const t = await hubStatusTable(hub.core.pool, admin);
    expect(t.title).toBe('尉犁县（单位）开展“提升站”建设初步情况表');
    expect(t.rows.map((r) => [r.serial, r.enterprise, r.stateZh])).toEqual([
      [1, '建工集团第0项目部', '已建'],
      [2, '建工集团第1项目部', '已建'],
      [3, '建工集团第2项目部', '已建'],
    ]);
    expect(t.filler).toEqual({ name: '李科长', fixedPhone: '0996-1234567', mobile: '13800000000' });
    const file = await hubDispatch(hub.core, admin, 'hub.statusTable.export', { format: 'xlsx' });
    expect(file.ok).toBe(true);
    const sheet = readXlsxWithPython(Buffer.from((file as { value: { base64: string } }).value.base64, 'base64'))[0]!;
    expect(sheet.rows[0]![0]).toBe(t.title);
    expect(sheet.rows.some((r) => r[1] === '建工集团第2项目部')).toBe(true);

    expect((await listStations(hub.core.pool, viewer)).map((s) => s.stationId)).toEqual([stations[0]!.stationId, stations[2]!.stationId]);
    expect((await hubStatusTable(hub.core.pool, viewer)).rows).toHaveLength(2);
    const outside = await hubDispatch(hub.core, viewer, 'hub.periodReport', { kind: 'month', period: '2026-03', filter: { stationIds: [stations[1]!.stationId] } });
    expect(outside).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'out_of_scope', stationId: stations[1]!.stationId } } });
    const drill = await hubDispatch(hub.core, viewer, 'hub.station.sessions', { stationId: stations[1]!.stationId, from: '2026-03-01', to: '2026-03-31' });
    expect(drill).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await hubDispatch(hub.core, viewer, 'hub.enrolmentCode.create', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await hubDispatch(hub.core, { role: 'anonymous' }, 'hub.stations', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    // The drill-down shows masked ID numbers only.
    const own = await hubDispatch(hub.core, viewer, 'hub.station.sessions', { stationId: stations[0]!.stationId, from: '2026-03-01', to: '2026-03-31' });
    const text = JSON.stringify(own);
    expect(text).toContain('********');
    expect(text).not.toContain(stations[0]!.people[0]!.idNumber);

    const list = await listStations(hub.core.pool, admin);
    expect(list[0]).toMatchObject({ workers: 4, people: 4, retired: false, lastSyncVia: 'push', staleHours: 0 });
    expect(list[0]!.chainVerifiedTo).toMatch(/^2026-03-31T23:59/);
  });
});
