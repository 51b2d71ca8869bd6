import type { HandlerGroup } from '../handler';

export const catalogueHandlers: HandlerGroup<'trades.list' | 'trades.create' | 'trades.update' | 'vocab.list' | 'vocab.add'> = {
  'trades.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.trades.list(input.stationId, input);
  },
  'trades.create': (input, { core }) => {
    core.stations.get(input.stationId);
    const { stationId, ...fields } = input;
    const trade = core.trades.create(stationId, fields);
    core.events.emit({ type: 'catalogue.changed', stationId });
    return trade;
  },
  'trades.update': (input, { core }) => {
    const { tradeId, ...patch } = input;
    const before = core.trades.get(tradeId);
    const trade = core.trades.update(tradeId, patch);
    core.events.emit({ type: 'catalogue.changed', stationId: before.stationId });
    return trade;
  },
  'vocab.list': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.vocab.get(input.stationId);
  },
  'vocab.add': (input, { core }) => {
    core.stations.get(input.stationId);
    const vocab = core.vocab.add(input.stationId, input.list, input.label);
    core.events.emit({ type: 'catalogue.changed', stationId: input.stationId });
    return vocab;
  },
};
