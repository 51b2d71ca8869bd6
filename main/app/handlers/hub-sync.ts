import type { HandlerGroup } from '../handler';

type HubSyncChannel = 'hubSync.status' | 'hubSync.enrol' | 'hubSync.shareIds' | 'hubSync.pushNow' | 'hubSync.exportBundle';

/** The station's side of the hub (settings page): each write is audited by the service itself. */
export const hubSyncHandlers: HandlerGroup<HubSyncChannel> = {
  'hubSync.status': (_input, { core }) => core.hubSync.status(),
  'hubSync.enrol': async (input, { core, caller }) => {
    await core.hubSync.enrol(caller, { hubUrl: input.hubUrl, code: input.code, move: input.move });
    return core.hubSync.status();
  },
  'hubSync.shareIds': (input, { core, caller }) => core.hubSync.setShareIds(caller, input.on),
  'hubSync.pushNow': async (_input, { core }) => {
    const r = await core.hubSync.pushNow();
    return { batches: r.batches, rows: r.rows, events: r.events, status: core.hubSync.status() };
  },
  'hubSync.exportBundle': (_input, { core }) => {
    const b = core.hubSync.exportBundle();
    return { fileName: b.fileName, mime: 'application/json', base64: b.bytes.toString('base64') };
  },
};
