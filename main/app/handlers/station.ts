import type { HandlerGroup } from '../handler';

export const stationHandlers: HandlerGroup<
  | 'station.list'
  | 'station.rename'
  | 'station.get'
  | 'station.create'
  | 'station.update'
  | 'station.fiveHaves'
  | 'station.settings'
  | 'station.updateSettings'
  | 'settings.get'
  | 'settings.update'
> = {
  'station.list': (_input, { core }) => core.stations.list(),
  'station.rename': (input, { core }) => {
    const station = core.stations.rename(input.stationId, input.name);
    core.events.emit({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.get': (input, { core }) => core.stations.profile(input.stationId),
  'station.create': (input, { core }) => {
    const { name, ...rest } = input;
    const station = core.stations.create(name, rest);
    core.events.emit({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.update': (input, { core }) => {
    const station = core.stations.update(input.stationId, input.profile);
    core.events.emit({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.fiveHaves': (input, { core }) => core.stations.fiveHaves(input.stationId),
  'station.settings': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.stationSettings.get(input.stationId);
  },
  'station.updateSettings': (input, { core }) => {
    core.stations.get(input.stationId);
    const { stationId, ...patch } = input;
    const settings = core.stationSettings.update(stationId, patch);
    core.events.emit({ type: 'settings.changed', keys: Object.keys(patch) });
    return settings;
  },
  'settings.get': (_input, { core }) => core.settings.get(),
  'settings.update': (input, { core }) => {
    const keys = core.settings.update(input);
    if (keys.length) core.events.emit({ type: 'settings.changed', keys });
    return core.settings.get();
  },
};
