import { describe, expect, it } from 'vitest';
import { createHubAccount, resolveCaller, signIn } from '../../main/hub/services/accounts';
import { hubDispatch } from '../../main/hub/http/dispatch';
import { reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';

const h = useHub();

describe('plans across stations', () => {
  it('the hub sets a station\'s targets; the station receives them with its next sync and counts against them as the hub does', async () => {
    const hub = await h.hub();
    const a = await reportStation();
    const b = await reportStation();
    await a.held({ category: 'skills', startsAt: '2026-03-03T09:00', endsAt: '2026-03-03T11:00' }, a.people);
    await b.held({ category: 'skills', startsAt: '2026-03-04T09:00', endsAt: '2026-03-04T11:00' }, b.people.slice(0, 2));
    const [sa, sb] = [await enrol(a.core, a.admin, hub), await enrol(b.core, b.admin, hub)];
    await sa.pushNow();
    await sb.pushNow();
    await createHubAccount(hub.core.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
    const county = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'county', 'county-pass-1')).token);
    for (const [s, target] of [[a, 40], [b, 25]] as const) {
      const r = await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: s.stationId, year: 2026, target });
      expect(r.ok).toBe(true);
    }
    await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: a.stationId, year: 2026, tradeName: '钢筋工', target: 10 });

    // Nothing new at station A, yet its next sync brings the targets down.
    const r = await sa.pushNow();
    expect(r.plansChanged).toBe(2);
    const plans = a.core.reports.plans(a.stationId, 2026) as { entries?: { kind: string; tradeName: string; target: number }[] } | { kind: string; tradeName: string; target: number }[];
    const entries = Array.isArray(plans) ? plans : (plans.entries ?? []);
    expect(entries.map((e) => [e.kind, e.tradeName, e.target]).sort()).toEqual([
      ['total', '', 40],
      ['trade', '钢筋工', 10],
    ]);
    expect(a.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'hub_plan_received'").pluck().get()).toBe(2);
    // Received once: the next sync changes nothing (no revision ping-pong).
    expect((await sa.pushNow()).plansChanged).toBe(0);
    await sb.pushNow();

    const progress = await hubDispatch(hub.core, county, 'hub.plans.progress', { month: '2026-03' });
    expect(progress.ok).toBe(true);
    const value = (progress as { value: { stations: { stationId: string; rows: { tradeName: string; target: number; doneYearToDate: number }[] }[]; total: { target: number; done: number } } }).value;
    const ofA = value.stations.find((s) => s.stationId === a.stationId)!;
    // The hub counts as station A counts itself.
    const atA = a.core.reports.period(a.stationId, 'month', '2026-03').plan.map((p) => [p.tradeName, p.target, p.doneYearToDate]);
    expect(ofA.rows.map((p) => [p.tradeName, p.target, p.doneYearToDate])).toEqual(atA);
    expect(value.total).toEqual({ target: 65, done: 6 });
  });

  it("lists the year's targets a caller may see, each waiting until its station's next sync brings it back as the station's own", async () => {
    const hub = await h.hub();
    const a = await reportStation();
    const b = await reportStation();
    const [sa, sb] = [await enrol(a.core, a.admin, hub), await enrol(b.core, b.admin, hub)];
    await sa.pushNow();
    await sb.pushNow();
    await createHubAccount(hub.core.pool, 'test', { username: 'county', password: 'county-pass-1', role: 'admin' });
    await createHubAccount(hub.core.pool, 'test', { username: 'company', password: 'viewer-pass-1', role: 'viewer', stations: [b.stationId] });
    const county = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'county', 'county-pass-1')).token);
    const company = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'company', 'viewer-pass-1')).token);
    await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: a.stationId, year: 2026, target: 40 });
    await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: b.stationId, year: 2026, scopeKind: 'township', scope: '团结镇', target: 12 });
    await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: b.stationId, year: 2027, target: 99 });
    const list = async (caller: typeof county) => {
      const r = await hubDispatch(hub.core, caller, 'hub.plans.list', { year: 2026 });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { stationId: string; scopeKind: string; scope: string; target: number; atStation: boolean; setBy: string }[]).map((p) => [p.stationId, p.scopeKind, p.scope, p.target, p.atStation, p.setBy]);
    };
    expect(await list(county)).toEqual([
      [a.stationId, 'station', '', 40, false, 'county'],
      [b.stationId, 'township', '团结镇', 12, false, 'county'],
    ]);
    // The station takes its target with a push, and sends it back as its own plan entry with the next.
    await sa.pushNow();
    await sa.pushNow();
    expect((await list(county)).map((p) => p[4])).toEqual([true, false]);
    // A changed target waits again until the station holds the new figure.
    await hubDispatch(hub.core, county, 'hub.plans.set', { stationId: a.stationId, year: 2026, target: 45 });
    expect((await list(county))[0]!.slice(3, 5)).toEqual([45, false]);
    // A viewer sees only their stations' targets, and may not set one.
    expect(await list(company)).toEqual([[b.stationId, 'township', '团结镇', 12, false, 'county']]);
    expect(await hubDispatch(hub.core, company, 'hub.plans.set', { stationId: b.stationId, year: 2026, target: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
