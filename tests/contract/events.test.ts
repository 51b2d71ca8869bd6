// Live updates follow the contract: a channel's definition lists the events it raises, dispatch sends
// them once the handler has run, and one audience rule decides who hears each, in every host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, raiser } from '../../main/app/dispatch';
import type { Caller } from '../../shared/contract/access';
import { channels } from '../../shared/contract/channels';
import { EVENT_AUDIENCE, mayHear, type StationEvent } from '../../shared/contract/events';
import { sourceFiles } from '../arch/graph';
import { call, setUp } from '../support/callers';
import { withCheckDigit } from '../support/roster';
import { ROOT } from '../support/cli';
import { testCore } from '../support/temp';

const fields = (name: string) => ({
  name, idType: 'resident' as const, idNumber: withCheckDigit('44070319900101123'), tradeId: null, mobile: '', skillLevel: null, employer: '', team: '', homeProvince: '', homeCounty: '',
  homeTownship: '', mandarinLevel: null, traineeGroup: null, language: 'zh-CN' as const, entryDate: null, exitDate: null, status: 'on_site' as const,
  highRiskPost: null, insuranceMonths: null, apprenticeLevel: null, apprenticeFrom: null, apprenticeTo: null,
});

describe('events in the contract', () => {
  it('only channels that change records raise events', () => {
    const raising = Object.entries(channels).filter(([, def]) => (def as { raises?: readonly string[] }).raises?.length);
    expect(raising.length).toBeGreaterThan(20);
    for (const [name, def] of raising) expect({ name, mutates: def.mutates }).toEqual({ name, mutates: true });
  });

  it('no handler or service sends an event by itself: dispatch does, from what the handler raised', () => {
    const senders = [...sourceFiles('main/app/handlers'), ...sourceFiles('main/services')].filter((f) => /events\.emit\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(senders).toEqual([]);
  });

  it('an event the channel does not list cannot be raised; listed ones go out after the call, in order', () => {
    const events = raiser('workers.create', ['workers.changed']);
    expect(() => events.raise({ type: 'sessions.changed', stationId: 's', sessionIds: [] })).toThrow(/does not list/);
    events.raise({ type: 'workers.changed', stationId: 's', workerIds: ['a'] });
    events.raise({ type: 'workers.changed', stationId: 's', workerIds: ['b'] });
    const sent: StationEvent[] = [];
    events.flush({ emit: (e) => sent.push(e) });
    events.flush({ emit: (e) => sent.push(e) });
    expect(sent.map((e) => (e.type === 'workers.changed' ? e.workerIds : null))).toEqual([['a'], ['b']]);
  });

  it('through dispatch: one event per successful write, none for a refused one', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const heard: StationEvent[] = [];
    core.events.subscribe((e) => heard.push(e));
    const w = await call(core, admin, 'workers.create', { stationId, fields: fields('张三') });
    expect(heard).toEqual([{ type: 'workers.changed', stationId, workerIds: [w.id] }]);
    const refused = await dispatch(core, admin, 'workers.update', { workerId: w.id, fields: { name: '' } });
    expect(refused.ok).toBe(false);
    expect(heard).toHaveLength(1);
  });
});

describe('who hears an event', () => {
  const tablet: Caller = { role: 'kiosk', deviceId: 'd1', via: 'http', stationId: 'A' };
  const pcKiosk: Caller = { role: 'kiosk', deviceId: 'desktop', via: 'ipc' };
  const trainer: Caller = { role: 'trainer', accountId: 't', via: 'http' };
  const nobody: Caller = { role: 'anonymous', via: 'ipc' };

  it('a tablet: kiosk events of its own station only', () => {
    expect(mayHear(tablet, { type: 'attendance.changed', stationId: 'A', sessionId: 's' })).toBe(true);
    expect(mayHear(tablet, { type: 'attendance.changed', stationId: 'B', sessionId: 's' })).toBe(false);
    expect(mayHear(tablet, { type: 'settings.changed', keys: ['x'] })).toBe(true);
    expect(mayHear(tablet, { type: 'workers.changed', stationId: 'A' })).toBe(false);
    expect(mayHear(tablet, { type: 'devices.changed', stationId: 'A' })).toBe(false);
  });

  it('the PC’s own kiosk window: kiosk events of every station; a screen not signed in: the station’s name and language', () => {
    expect(mayHear(pcKiosk, { type: 'sessions.changed', stationId: 'B', sessionIds: [] })).toBe(true);
    expect(mayHear(pcKiosk, { type: 'workers.changed', stationId: 'B' })).toBe(false);
    expect(mayHear(nobody, { type: 'setup.done', stationId: 'A' })).toBe(true);
    expect(mayHear(nobody, { type: 'station.changed', stationId: 'A' })).toBe(true);
    expect(mayHear(nobody, { type: 'attendance.changed', stationId: 'A', sessionId: 's' })).toBe(false);
  });

  it('trainers and admins hear everything; every event has an audience', () => {
    for (const type of Object.keys(EVENT_AUDIENCE)) expect(['anyone', 'kiosk', 'staff']).toContain(EVENT_AUDIENCE[type as keyof typeof EVENT_AUDIENCE]);
    expect(mayHear(trainer, { type: 'workers.changed', stationId: 'B' })).toBe(true);
  });
});

describe('a tablet is confined to its station in dispatch, for every kiosk channel', () => {
  it('refuses a session or station of another station before the handler runs', async () => {
    const { core } = testCore({ at: '2026-03-01T23:55:00.000Z' });
    const { admin } = await setUp(core);
    const mine = core.stations.first()!.id;
    const other = await call(core, admin, 'station.create', { name: '鹤山基地提升站', state: 'built' });
    const [theirs] = await call(core, admin, 'sessions.create', {
      stationId: other.id, fields: { title: '外站', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
    });
    const tablet: Caller = { role: 'kiosk', deviceId: 'door-1', via: 'internal', stationId: mine };
    const asked = [
      dispatch(core, tablet, 'kiosk.state', { sessionId: theirs!.id }),
      dispatch(core, tablet, 'kiosk.state', { stationId: other.id }),
      dispatch(core, tablet, 'kiosk.scan', { sessionId: theirs!.id, code: 'W1000001', method: 'badge', idempotencyKey: 'confined-key-1' }),
    ];
    for (const r of await Promise.all(asked)) expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The station's own tablet, and a trainer choosing, are answered.
    expect((await dispatch(core, { ...tablet, stationId: other.id }, 'kiosk.state', { sessionId: theirs!.id })).ok).toBe(true);
    expect((await dispatch(core, admin, 'kiosk.state', { stationId: other.id })).ok).toBe(true);
  });
});
