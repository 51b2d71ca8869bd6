import type { HandlerGroup } from '../handler';

export const stationHandlers: HandlerGroup<'station.list' | 'station.rename' | 'settings.get' | 'settings.update'> = {
  'station.list': (_input, { core }) => core.stations.list(),
  'station.rename': (input, { core }) => {
    const station = core.stations.rename(input.stationId, input.name);
    core.events.emit({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'settings.get': (_input, { core }) => core.settings.get(),
  'settings.update': (input, { core }) => {
    const keys = core.settings.update(input);
    if (keys.length) core.events.emit({ type: 'settings.changed', keys });
    return core.settings.get();
  },
};
