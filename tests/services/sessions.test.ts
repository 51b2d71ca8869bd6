import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import type { Core } from '../../main/app/core';
import { setUp, call } from '../support/callers';
import { testCore } from '../support/temp';

type S = { id: string; startsAt: string; endsAt: string; classHours: number; state: string; seriesId: string | null; trainerNames: string[]; title: string };


async function station() {
  const { core } = testCore();
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const trainer = await call(core, admin, 'trainers.create', { stationId, fields: { name: '李国强', kind: 'technical_worker', phone: '0750-3831969' } });
  return { core, admin, stationId, trainerId: trainer.id };
}

const talk = { title: '班前安全教育', category: 'safety', nationalType: '003001' as const, startsAt: '2026-03-02T07:30', endsAt: '2026-03-02T08:15' };

describe('training sessions', () => {
  it('compute class hours from the duration at the station’s minutes per class hour, or take an override', async () => {
    const { core, admin, stationId, trainerId } = await station();
    const [s] = await call(core, admin, 'sessions.create', { stationId, fields: { ...talk, trainerIds: [trainerId] } });
    expect(s).toMatchObject({ classHours: 1, state: 'planned', trainerNames: ['李国强'] });
    await call(core, admin, 'station.updateSettings', { stationId, minutesPerClassHour: 60 });
    const [long] = await call(core, admin, 'sessions.create', { stationId, fields: { ...talk, startsAt: '2026-03-03T08:00', endsAt: '2026-03-03T11:00' } });
    expect(long!.classHours).toBe(3);
    const [fixed] = await call(core, admin, 'sessions.update', { sessionId: long!.id, fields: { classHoursOverride: 2.5 } });
    expect(fixed!.classHours).toBe(2.5);
  });

  it('may cross midnight but must end after it starts', async () => {
    const { core, admin, stationId } = await station();
    const [night] = await call(core, admin, 'sessions.create', { stationId, fields: { ...talk, startsAt: '2026-03-02T22:30', endsAt: '2026-03-03T00:00' } });
    expect(night!.classHours).toBe(2);
    const bad = await dispatch(core, admin, 'sessions.create', { stationId, fields: { ...talk, endsAt: '2026-03-02T07:00' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'fields.endsAt' }] } } });
    const impossible = await dispatch(core, admin, 'sessions.create', { stationId, fields: { ...talk, startsAt: '2026-02-30T07:30' } });
    expect(impossible).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('repeat as a series (the daily pre-shift talk), skipping weekends when asked', async () => {
    const { core, admin, stationId } = await station();
    const created = await call(core, admin, 'sessions.create', {
      stationId,
      fields: talk,
      repeat: { freq: 'daily', until: '2026-03-15', skipWeekends: true },
    });
    // 2026-03-02 is a Monday: two working weeks.
    expect(created).toHaveLength(10);
    expect(new Set(created.map((s) => s.seriesId)).size).toBe(1);
    expect(created.map((s) => s.startsAt.slice(11))).toEqual(Array(10).fill('07:30'));
    const weekly = await call(core, admin, 'sessions.create', { stationId, fields: talk, repeat: { freq: 'weekly', until: '2026-03-31', weekdays: [1, 4] } });
    expect(weekly.map((s) => s.startsAt.slice(0, 10))).toEqual(['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26', '2026-03-30']);
    const tooLong = await dispatch(core, admin, 'sessions.create', { stationId, fields: talk, repeat: { freq: 'daily', until: '2028-03-15' } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('change this and the following sessions of a series, keeping each one’s date', async () => {
    const { core, admin, stationId } = await station();
    const created = await call(core, admin, 'sessions.create', { stationId, fields: talk, repeat: { freq: 'daily', until: '2026-03-06' } });
    const third = created[2]!;
    const changed = await call(core, admin, 'sessions.update', {
      sessionId: third.id,
      fields: { startsAt: '2026-03-04T07:00', endsAt: '2026-03-04T07:45', title: '班前讲话' },
      scope: 'following',
    });
    expect(changed.map((s) => [s.startsAt, s.endsAt, s.title])).toEqual([
      ['2026-03-04T07:00', '2026-03-04T07:45', '班前讲话'],
      ['2026-03-05T07:00', '2026-03-05T07:45', '班前讲话'],
      ['2026-03-06T07:00', '2026-03-06T07:45', '班前讲话'],
    ]);
    const first = await call(core, admin, 'sessions.get', { sessionId: created[0]!.id });
    expect(first).toMatchObject({ startsAt: '2026-03-02T07:30', title: '班前安全教育' });
  });

  it('move through planned, open, closed and cancelled only along allowed paths', async () => {
    const { core, admin, stationId } = await station();
    const [s] = await call(core, admin, 'sessions.create', { stationId, fields: talk });
    const noReason = await dispatch(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'cancelled' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'reason' }] } } });
    expect(await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'open' })).toMatchObject({ state: 'open' });
    expect(await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'closed' })).toMatchObject({ state: 'closed' });
    const edit = await dispatch(core, admin, 'sessions.update', { sessionId: s!.id, fields: { title: 'x' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const jump = await dispatch(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'cancelled', reason: '下雨' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'bad_transition' } } });
  });

  it('refuse trainers, trades and categories of another station or none', async () => {
    const { core, admin, stationId } = await station();
    const unknown = await dispatch(core, admin, 'sessions.create', { stationId, fields: { ...talk, category: 'karaoke' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'fields.category' }] } } });
    const other = await call(core, admin, 'station.create', { name: '另一个站' });
    const theirs = await call(core, admin, 'trainers.create', { stationId: other.id, fields: { name: '赵六', kind: 'backbone' } });
    const cross = await dispatch(core, admin, 'sessions.create', { stationId, fields: { ...talk, trainerIds: [theirs.id] } });
    expect(cross).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'fields.trainerIds.0' }] } } });
  });

  it('list by date range, state, trainer and title', async () => {
    const { core, admin, stationId, trainerId } = await station();
    await call(core, admin, 'sessions.create', { stationId, fields: { ...talk, trainerIds: [trainerId] }, repeat: { freq: 'daily', until: '2026-03-11' } });
    await call(core, admin, 'sessions.create', { stationId, fields: { ...talk, title: '钢筋绑扎技能培训', category: 'skills', startsAt: '2026-03-05T14:00', endsAt: '2026-03-05T17:00' } });
    const range = await call(core, admin, 'sessions.list', { stationId, from: '2026-03-03', to: '2026-03-05' });
    expect(range.total).toBe(4);
    const byTitle = await call(core, admin, 'sessions.list', { stationId, q: '钢筋' });
    expect(byTitle.rows.map((s) => s.title)).toEqual(['钢筋绑扎技能培训']);
    const byTrainer = await call(core, admin, 'sessions.list', { stationId, trainerId });
    expect(byTrainer.total).toBe(10);
    const pct = await call(core, admin, 'sessions.list', { stationId, q: '%' });
    expect(pct.total).toBe(0);
  });
});
