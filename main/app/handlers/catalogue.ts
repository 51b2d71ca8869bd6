import { audited } from '../audited';
import type { HandlerGroup } from '../handler';

export const catalogueHandlers: HandlerGroup<'trades.list' | 'trades.create' | 'trades.update' | 'vocab.list' | 'vocab.add'> = {
  'trades.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.trades.list(input.stationId, input);
  },
  'trades.create': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const { stationId, ...fields } = input;
    const trade = audited(core, caller, (note) => {
      const after = core.trades.create(stationId, fields);
      note({ stationId, action: 'create', entity: 'trade', entityId: after.id, after });
      return after;
    });
    raise({ type: 'catalogue.changed', stationId });
    return trade;
  },
  'trades.update': (input, { core, caller, raise }) => {
    const { tradeId, ...patch } = input;
    const before = core.trades.get(tradeId);
    const trade = audited(core, caller, (note) => {
      const after = core.trades.update(tradeId, patch);
      note({ stationId: before.stationId, action: 'update', entity: 'trade', entityId: tradeId, before, after });
      return after;
    });
    raise({ type: 'catalogue.changed', stationId: before.stationId });
    return trade;
  },
  'vocab.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.vocab.get(input.stationId);
  },
  'vocab.add': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const vocab = audited(core, caller, (note) => {
      const after = core.vocab.add(input.stationId, input.list, input.label);
      note({ stationId: input.stationId, action: 'add', entity: 'vocabulary', entityId: input.list, after: { list: input.list, label: input.label } });
      return after;
    });
    raise({ type: 'catalogue.changed', stationId: input.stationId });
    return vocab;
  },
};
