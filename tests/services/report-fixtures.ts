import { dispatch } from '../../main/app/dispatch';
import type { Channels } from '../../shared/contract/channels';
import type { InputOf } from '../../shared/contract/define';
import type { Core } from '../../main/app/core';
import type { Caller } from '../../shared/contract/access';
import { wallToInstant } from '../../shared/domain/time';
import { call, setUp } from '../support/callers';

export { call };

type SessionFields = InputOf<Channels['sessions.create']>['fields'];
import { addWorkers } from '../support/roster';
import { testCore } from '../support/temp';

export async function fail(core: Core, caller: Caller, name: string, input: unknown): Promise<string> {
  const r = await dispatch(core, caller, name, input);
  if (r.ok) throw new Error(`${name} succeeded`);
  return r.error.code;
}

let keyN = 0;

/** A station with an admin, a trainer, trades from the catalogue and four workers. */
export async function reportStation() {
  const { core, clock } = testCore({ at: '2026-03-01T00:00:00.000Z' });
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const trade = (name: string) => core.db.prepare('SELECT id FROM trades WHERE station_id = ? AND name = ?').pluck().get(stationId, name) as string;
  const people = addWorkers(core, stationId, [{ name: '张三' }, { name: '李四', team: '木工班' }, { name: '王五' }, { name: '阿依古丽·买买提', team: '木工班' }]);
  core.db.prepare('UPDATE workers SET trade_id = ?, home_township = ? WHERE id IN (?, ?)').run(trade('钢筋工'), '尉犁镇', people[0]!.id, people[2]!.id);
  core.db.prepare('UPDATE workers SET trade_id = ?, home_township = ? WHERE id IN (?, ?)').run(trade('砌筑工'), '团结镇', people[1]!.id, people[3]!.id);
  const trainer = await call(core, admin, 'trainers.create', { stationId, fields: { name: '刘师傅', kind: 'model_craftsman' } });

  /** Creates a session, signs the given workers in at its start, closes it after its end: real credited hours. */
  async function held(f: { title?: string; category?: string; startsAt: string; endsAt: string; nationalType?: SessionFields['nationalType']; skillLevel?: SessionFields['skillLevel'] }, who: { badge: string }[]) {
    const [s] = await call(core, admin, 'sessions.create', {
      stationId,
      fields: { title: f.title ?? '安全教育', category: f.category ?? 'safety', startsAt: f.startsAt, endsAt: f.endsAt, trainerIds: [trainer.id], nationalType: f.nationalType ?? null, skillLevel: f.skillLevel ?? null },
    });
    clock.set(new Date(wallToInstant(f.startsAt) - 60_000).toISOString());
    for (const w of who) await call(core, admin, 'kiosk.scan', { sessionId: s!.id, code: w.badge, method: 'badge', idempotencyKey: `scan-key-${++keyN}` });
    if (!who.length) await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'open' });
    clock.set(new Date(wallToInstant(f.endsAt) + 60_000).toISOString());
    await call(core, admin, 'sessions.setState', { sessionId: s!.id, state: 'closed' });
    return s!.id;
  }
  return { core, clock, admin, stationId, people, trainer, trade, held };
}
