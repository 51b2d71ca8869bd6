import { audited } from '../audited';
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
  'station.rename': (input, { core, caller, raise }) => {
    const station = audited(core, caller, (note) => {
      const before = core.stations.get(input.stationId);
      const after = core.stations.rename(input.stationId, input.name);
      note({ stationId: after.id, action: 'rename', entity: 'station', entityId: after.id, before, after });
      return after;
    });
    raise({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.get': (input, { core }) => core.stations.profile(input.stationId),
  'station.create': (input, { core, caller, raise }) => {
    const { name, ...rest } = input;
    const station = audited(core, caller, (note) => {
      const after = core.stations.create(name, rest);
      note({ stationId: after.id, action: 'create', entity: 'station', entityId: after.id, after });
      return after;
    });
    raise({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.update': (input, { core, caller, raise }) => {
    const station = audited(core, caller, (note) => {
      const before = core.stations.profile(input.stationId);
      const after = core.stations.update(input.stationId, input.profile);
      note({ stationId: after.id, action: 'update', entity: 'station_profile', entityId: after.id, before, after });
      return after;
    });
    raise({ type: 'station.changed', stationId: station.id });
    return station;
  },
  'station.fiveHaves': (input, { core }) => core.stations.fiveHaves(input.stationId),
  'station.settings': (input, { core }) => {
    core.stations.get(input.stationId);
    return core.stationSettings.get(input.stationId);
  },
  'station.updateSettings': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const { stationId, ...patch } = input;
    const settings = audited(core, caller, (note) => {
      const before = core.stationSettings.get(stationId);
      const after = core.stationSettings.update(stationId, patch);
      note({ stationId, action: 'update', entity: 'station_settings', entityId: stationId, before, after });
      return after;
    });
    raise({ type: 'settings.changed', keys: Object.keys(patch) });
    return settings;
  },
  'settings.get': (_input, { core }) => core.settings.get(),
  'settings.update': (input, { core, caller, raise }) => {
    const keys = audited(core, caller, (note) => {
      const before = core.settings.get();
      const changed = core.settings.update(input);
      // Only what changed: saving the same values again is not a change worth a row.
      if (changed.length) {
        const after = core.settings.get();
        const pick = (s: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
        note({ stationId: null, action: 'update', entity: 'settings', entityId: null, before: pick({ ...before }), after: pick({ ...after }) });
      }
      return changed;
    });
    if (keys.length) raise({ type: 'settings.changed', keys });
    return core.settings.get();
  },
};
