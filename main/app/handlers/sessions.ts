import { audited } from '../audited';
import { AppError } from '../../../shared/contract/result';
import type { SessionFields } from '../../../shared/contract/records';
import type { Core } from '../core';
import type { HandlerGroup } from '../handler';

/** References inside a session must point at this station's own records. */
function checkRefs(core: Core, stationId: string, f: Partial<SessionFields>) {
  if (f.category !== undefined && !core.vocab.has(stationId, 'content_category', f.category))
    throw new AppError('invalid_input', 'Unknown content category', { fields: [{ path: 'fields.category', message: 'unknown category' }] });
  if (f.trainerIds) core.trainers.assertUsable(stationId, f.trainerIds, 'fields.trainerIds');
  const trades = [...(f.tradeIds ?? []), ...(f.audience?.kind === 'trade' ? [f.audience.value] : [])];
  for (const [i, id] of trades.entries()) {
    if (!core.db.prepare('SELECT 1 FROM trades WHERE id = ? AND station_id = ?').get(id, stationId))
      throw new AppError('invalid_input', 'Unknown trade', { fields: [{ path: `fields.tradeIds.${i}`, message: 'unknown trade' }] });
  }
}

export const sessionHandlers: HandlerGroup<'sessions.list' | 'sessions.get' | 'sessions.create' | 'sessions.update' | 'sessions.setState'> = {
  'sessions.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.sessions.list(input);
  },
  'sessions.get': (input, { core }) => core.sessions.get(input.sessionId),
  'sessions.create': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    checkRefs(core, input.stationId, input.fields);
    const { minutesPerClassHour } = core.stationSettings.get(input.stationId);
    // One row for the whole call: a series of a hundred daily talks is one decision, not a hundred.
    const created = audited(core, caller, (note) => {
      const made = core.sessions.create(input.stationId, input.fields, minutesPerClassHour, input.repeat);
      note({
        stationId: input.stationId,
        action: made.length > 1 ? 'create_series' : 'create',
        entity: 'session',
        entityId: made[0]?.id ?? null,
        after: { ...made[0], repeat: input.repeat, sessionIds: made.map((s) => s.id) },
      });
      return made;
    });
    raise({ type: 'sessions.changed', stationId: input.stationId, sessionIds: created.map((s) => s.id) });
    return created;
  },
  'sessions.update': (input, { core, caller, raise }) => {
    const current = core.sessions.get(input.sessionId);
    checkRefs(core, current.stationId, input.fields);
    const merged = { startsAt: input.fields.startsAt ?? current.startsAt, endsAt: input.fields.endsAt ?? current.endsAt };
    if (merged.endsAt <= merged.startsAt)
      throw new AppError('invalid_input', 'The end must be after the start', { fields: [{ path: 'fields.endsAt', message: 'before the start' }] });
    const updated = audited(core, caller, (note) => {
      const beforeAll = new Map(core.sessions.targetsOf(input.sessionId, input.scope).map((id) => [id, core.sessions.get(id)]));
      const after = core.sessions.update(input.sessionId, input.fields, input.scope);
      for (const s of after) note({ stationId: s.stationId, action: 'update', entity: 'session', entityId: s.id, before: beforeAll.get(s.id), after: s });
      return after;
    });
    raise({ type: 'sessions.changed', stationId: current.stationId, sessionIds: updated.map((s) => s.id) });
    return updated;
  },
  'sessions.setState': (input, { core, caller, raise }) => {
    // Closing credits class hours and closes forgotten sign-outs in the same transaction.
    const session = audited(core, caller, (note) => {
      const before = core.sessions.get(input.sessionId);
      if (before.state === input.state) return before;
      // Closed before its scheduled end and the trainer says it ended now: it ran until now.
      const ended = input.state === 'closed' && input.endedAt === 'now' && before.state === 'open' ? core.sessions.endNow(before.id) : before;
      const s = core.sessions.setState(input.sessionId, input.state, input.reason);
      if (s.state === 'closed') core.attendance.closeSession(s.id);
      note({
        stationId: s.stationId, action: `state_${s.state}`, entity: 'session', entityId: s.id,
        before: { state: before.state, ...(ended !== before ? { endsAt: before.endsAt } : {}) },
        after: { state: s.state, reason: input.reason ?? null, ...(ended !== before ? { endsAt: s.endsAt } : {}) },
      });
      return s;
    });
    raise({ type: 'sessions.changed', stationId: session.stationId, sessionIds: [session.id] });
    return session;
  },
};
