import type { HandlerGroup } from '../handler';

type WorkerChannel =
  | 'workers.search'
  | 'workers.get'
  | 'workers.checkId'
  | 'workers.create'
  | 'workers.update'
  | 'workers.archive'
  | 'workers.delete'
  | 'workers.merge'
  | 'workers.reissueBadge'
  | 'workers.setPhoto'
  | 'workers.photo'
  | 'workers.badgeSheet'
  | 'workers.teams'
  | 'imports.workersPreview'
  | 'imports.workersCommit'
  | 'imports.refusedRows'
  | 'exports.workers';

/** The real-name roster: workers, badges and photos, roster import and export. */
export const workerHandlers: HandlerGroup<WorkerChannel> = {
  'workers.search': (input, { core, caller }) => core.workers.searchAs(input, caller),
  'workers.get': (input, { core, caller }) => core.workers.get(input.workerId, input.revealId, caller),
  'workers.checkId': (input, { core }) => core.workers.checkId(input.idType, input.idNumber),
  'workers.create': (input, { core, caller, raise }) => {
    const w = core.workers.create(input.stationId, input.fields, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [w.id] });
    return w;
  },
  'workers.update': (input, { core, caller, raise }) => {
    const w = core.workers.update(input.workerId, input.fields, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [w.id] });
    return w;
  },
  'workers.archive': (input, { core, caller, raise }) => {
    const w = core.workers.archive(input.workerId, input.archived, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [w.id] });
    return w;
  },
  'workers.delete': (input, { core, caller, raise }) => {
    const stationId = core.workers.delete(input.workerId, caller);
    raise({ type: 'workers.changed', stationId, workerIds: [input.workerId] });
    return { deleted: true };
  },
  'workers.merge': (input, { core, caller, raise }) => {
    const w = core.workers.merge(input.keepId, input.mergeId, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [input.keepId, input.mergeId] });
    return w;
  },
  'workers.reissueBadge': (input, { core, caller, raise }) => {
    const w = core.workers.reissueBadge(input.workerId, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [w.id] });
    return w;
  },
  'workers.setPhoto': (input, { core, caller, raise }) => {
    const r = core.workers.setPhoto(input.workerId, input.photo, caller);
    raise({ type: 'workers.changed', stationId: r.stationId, workerIds: [input.workerId] });
    return { hasPhoto: r.hasPhoto };
  },
  'workers.photo': (input, { core }) => core.workers.photo(input.workerId),
  'workers.badgeSheet': (input, { core }) => core.workers.photos.badgeSheet(input.workerIds),
  'workers.teams': (input, { core }) => core.workers.teams(input.stationId),
  'imports.workersPreview': (input, { core }) => core.imports.preview(input),
  'imports.workersCommit': (input, { core, caller, raise }) => {
    const { stationId, workerIds: _count, ...result } = core.imports.commit(input.previewId, caller);
    if (result.added + result.updated > 0) raise({ type: 'workers.changed', stationId });
    return result;
  },
  'imports.refusedRows': (input, { core, caller }) => core.imports.refusedXlsx(input.previewId, input.language, caller),
  'exports.workers': (input, { core, caller }) => core.exports.workers(input, caller),
};
