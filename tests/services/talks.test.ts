// 班前讲话 in two taps: the team and a recent topic; today's planned talk of the team's series is used,
// else a new one; talks count under their own category in the period report.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import type { Caller } from '../../shared/contract/access';
import type { PeriodReport } from '../../shared/contract/report-types';
import type { TrainingSession } from '../../shared/contract/records';
import type { TalkTopic } from '../../shared/contract/safety-education-types';
import { setUp } from '../support/callers';
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';

async function call<T>(core: Core, caller: Caller, name: string, input: unknown): Promise<T> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details)}`);
  return r.value as T;
}

describe('pre-shift talks', () => {
  it('start in two taps, offer the team’s recent topics first, and reuse today’s planned talk of the team’s series', async () => {
    // 07:20 station time on 2026-03-02.
    const { core, clock } = testCore({ at: '2026-03-01T23:20:00.000Z' });
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const [zhang] = addWorkers(core, stationId, [{ name: '张三', team: '钢筋班' }]);
    const kiosk: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal', stationId };

    const first = await call<TrainingSession>(core, admin, 'talks.start', { stationId, team: '钢筋班', topic: '高处作业系好安全带' });
    expect(first).toMatchObject({ category: 'pre_shift_talk', state: 'open', startsAt: '2026-03-02T07:20', endsAt: '2026-03-02T07:35', audience: { kind: 'team', value: '钢筋班' } });
    const scan = await call<{ outcome: string }>(core, kiosk, 'kiosk.scan', { sessionId: first.id, code: zhang!.badge, method: 'badge', idempotencyKey: 'talk-scan-0001' });
    expect(scan.outcome).toBe('signed_in');
    clock.set('2026-03-01T23:40:00.000Z');
    await call(core, admin, 'sessions.setState', { sessionId: first.id, state: 'closed' });

    await call(core, admin, 'talks.start', { stationId, team: '木工班', topic: '电锯防护罩' });
    expect((await call<TalkTopic[]>(core, admin, 'talks.topics', { stationId, team: '钢筋班' })).map((t) => t.title)).toEqual(['高处作业系好安全带', '电锯防护罩']);
    expect((await call<TalkTopic[]>(core, admin, 'talks.topics', { stationId, team: '木工班' })).map((t) => t.title)).toEqual(['电锯防护罩', '高处作业系好安全带']);

    // The team's daily talk set up as a series: tomorrow's planned one is given under tomorrow's topic.
    const series = await call<TrainingSession[]>(core, admin, 'sessions.create', {
      stationId,
      fields: { title: '班前讲话', category: 'pre_shift_talk', startsAt: '2026-03-03T07:00', endsAt: '2026-03-03T07:15', audience: { kind: 'team', value: '钢筋班' } },
      repeat: { freq: 'daily', until: '2026-03-05' },
    });
    clock.set('2026-03-02T22:58:00.000Z');
    const given = await call<TrainingSession>(core, admin, 'talks.start', { stationId, team: '钢筋班', topic: '临边防护' });
    expect(given.id).toBe(series[0]!.id);
    expect(given).toMatchObject({ title: '临边防护', state: 'open', startsAt: '2026-03-03T07:00' });
    expect(core.db.prepare("SELECT count(*) FROM training_sessions WHERE category = 'pre_shift_talk'").pluck().get()).toBe(5);

    // Talks are their own category in the reports.
    const report = await call<PeriodReport>(core, admin, 'reports.period', { stationId, kind: 'month', period: '2026-03' });
    const talks = report.byCategory.find((r) => r.key === 'pre_shift_talk');
    expect(talks).toMatchObject({ label: '班前讲话' });
    expect(report.byCategory.find((r) => r.key === 'safety')).toBeUndefined();
  });
});
