import { audited } from '../audited';
import { AppError } from '../../../shared/contract/result';
import type { Core } from '../core';
import type { HandlerGroup } from '../handler';

function assertKind(core: Core, stationId: string, kind: string | undefined) {
  if (kind !== undefined && !core.vocab.has(stationId, 'trainer_kind', kind))
    throw new AppError('invalid_input', 'Unknown trainer kind', { fields: [{ path: 'fields.kind', message: 'unknown kind' }] });
}

function assertTrades(core: Core, stationId: string, ids: string[] | undefined) {
  for (const [i, id] of (ids ?? []).entries()) {
    const ok = core.db.prepare('SELECT 1 FROM trades WHERE id = ? AND station_id = ?').get(id, stationId);
    if (!ok) throw new AppError('invalid_input', 'Unknown trade', { fields: [{ path: `fields.tradeIds.${i}`, message: 'unknown trade' }] });
  }
}

export const trainerHandlers: HandlerGroup<'trainers.list' | 'trainers.create' | 'trainers.update'> = {
  'trainers.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.trainers.list(input.stationId, input.includeInactive);
  },
  'trainers.create': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    assertKind(core, input.stationId, input.fields.kind);
    assertTrades(core, input.stationId, input.fields.tradeIds);
    const trainer = audited(core, caller, (note) => {
      const after = core.trainers.create(input.stationId, input.fields);
      note({ stationId: input.stationId, action: 'create', entity: 'trainer', entityId: after.id, after });
      return after;
    });
    raise({ type: 'trainers.changed', stationId: input.stationId });
    return trainer;
  },
  'trainers.update': (input, { core, caller, raise }) => {
    const { stationId } = core.trainers.get(input.trainerId);
    assertKind(core, stationId, input.fields.kind);
    assertTrades(core, stationId, input.fields.tradeIds);
    const trainer = audited(core, caller, (note) => {
      const before = core.trainers.get(input.trainerId);
      const after = core.trainers.update(input.trainerId, input.fields);
      note({ stationId, action: 'update', entity: 'trainer', entityId: after.id, before, after });
      return after;
    });
    raise({ type: 'trainers.changed', stationId });
    return trainer;
  },
};
