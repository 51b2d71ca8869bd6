import { describe, expect, it } from 'vitest';
import { hubDispatch } from '../../main/hub/http/dispatch';
import { createHubAccount, resolveCaller, signIn } from '../../main/hub/services/accounts';
import { stationSessions } from '../../main/hub/services/drill-down';
import { maskIdNumber } from '../../shared/domain/id-number';
import { reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';

const h = useHub();

describe("the hub's drill-down into a station's sessions", () => {
  it("gives each session's sign-in sheet as the station holds it: names, masked IDs, times and credited hours", async () => {
    const hub = await h.hub();
    const s = await reportStation();
    const [zhang, li, wang] = s.people as [(typeof s.people)[0], (typeof s.people)[0], (typeof s.people)[0]];
    await s.held({ title: '二月安全课', startsAt: '2026-02-27T08:00', endsAt: '2026-02-27T09:30' }, [zhang]);
    const march = await s.held({ title: '三月钢筋课', category: 'skills', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T10:00' }, [zhang, li]);
    await s.held({ title: '三月底安全课', startsAt: '2026-03-31T18:00', endsAt: '2026-03-31T19:00' }, [wang]);
    await (await enrol(s.core, s.admin, hub)).pushNow();
    await createHubAccount(hub.core.pool, 'test', { username: 'admin', password: 'hub-admin-1', role: 'admin' });
    const admin = await resolveCaller(hub.core.pool, (await signIn(hub.core.pool, 'admin', 'hub-admin-1')).token);

    const sessions = await stationSessions(hub.core.pool, admin, s.stationId, '2026-03-01', '2026-03-31');
    // The range is station dates, both ends included: February's session is out, March 31's evening is in.
    expect(sessions.map((x) => x.title)).toEqual(['三月钢筋课', '三月底安全课']);
    const first = sessions[0]!;
    expect(first).toMatchObject({ id: march, category: 'skills', state: 'closed', present: 2, trainers: ['刘师傅'] });
    const atStation = s.core.db
      .prepare('SELECT w.name, w.id_number, a.signed_in_at, a.signed_out_at, a.credited_hours FROM attendance a JOIN workers w ON w.id = a.worker_id WHERE a.session_id = ? ORDER BY a.signed_in_at, w.name')
      .all(march) as { name: string; id_number: string; signed_in_at: string; signed_out_at: string | null; credited_hours: number }[];
    expect(first.attendees.map((a) => [a.name, a.idMasked, a.signedIn, a.signedOut, a.hours])).toEqual(
      atStation.map((a) => [a.name, maskIdNumber(a.id_number), a.signed_in_at, a.signed_out_at, a.credited_hours]),
    );
    expect(first.attendees.every((a) => a.hours !== null && a.hours > 0)).toBe(true);
    expect(first.classHours).toBeGreaterThan(0);
    // The whole number never leaves the hub in the drill-down, whoever asks.
    const text = JSON.stringify(await hubDispatch(hub.core, admin, 'hub.station.sessions', { stationId: s.stationId, from: '2026-02-01', to: '2026-03-31' }));
    for (const p of [zhang, li, wang]) expect(text).not.toContain(p.idNumber);
    expect(text).toContain(maskIdNumber(zhang.idNumber));
  });
});
