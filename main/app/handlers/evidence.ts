import { audited } from '../audited';
import { newId } from '../../lib/ids';
import {
  addAttachment, attachmentFile, attachmentRow, deleteAttachment, evidenceSettings, listAttachments, recordConsent, sessionPhotos, storeSignInPhoto, writeEvidenceSettings,
} from '../../services/evidence';
import { stationFor } from '../confine';
import type { HandlerGroup } from '../handler';

export const evidenceHandlers: HandlerGroup<
  | 'evidence.settings'
  | 'evidence.updateSettings'
  | 'kiosk.consent'
  | 'kiosk.photo'
  | 'evidence.sessionPhotos'
  | 'attachments.list'
  | 'attachments.add'
  | 'attachments.get'
  | 'attachments.delete'
> = {
  'evidence.settings': (input, { core }) => {
    core.stations.get(input.stationId);
    return evidenceSettings(core.db, input.stationId);
  },
  'evidence.updateSettings': (input, { core, caller, raise }) => {
    core.stations.get(input.stationId);
    const saved = audited(core, caller, (note) => {
      const before = evidenceSettings(core.db, input.stationId);
      const after = writeEvidenceSettings(core.db, input.stationId, input.settings, core.clock.now().toISOString());
      note({ stationId: input.stationId, action: 'update', entity: 'station_settings', entityId: input.stationId, before: { evidencePhotos: before }, after: { evidencePhotos: after } });
      return after;
    });
    raise({ type: 'station.changed', stationId: input.stationId });
    return saved;
  },
  'kiosk.consent': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    const stationId = stationFor(core, caller, session.stationId);
    return audited(core, caller, (note) => {
      const consentedAt = recordConsent(core.db, stationId, input.workerId, input.language, caller.deviceId ?? null, core.clock.now().toISOString());
      note({ stationId, action: 'consent_photo', entity: 'worker', entityId: input.workerId, after: { consentedAt, language: input.language, sessionId: session.id } });
      return { consentedAt };
    });
  },
  'kiosk.photo': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    const stationId = stationFor(core, caller, session.stationId);
    // Never logged nor audited: the bytes are a face; the attendance they belong to is in the chain.
    storeSignInPhoto(core.db, {
      stationId, sessionId: session.id, workerId: input.workerId, bytes: Buffer.from(input.jpeg, 'base64'), deviceId: caller.deviceId ?? null, now: core.clock.now().toISOString(),
    });
    return { stored: true };
  },
  'evidence.sessionPhotos': (input, { core }) => {
    core.sessions.get(input.sessionId);
    return sessionPhotos(core.db, input.sessionId);
  },
  'attachments.list': (input, { core }) => {
    core.sessions.get(input.sessionId);
    return listAttachments(core.db, input.sessionId);
  },
  'attachments.add': (input, { core, caller, raise }) => {
    const session = core.sessions.get(input.sessionId);
    const added = audited(core, caller, (note) => {
      const a = addAttachment(core.db, {
        id: newId(), stationId: session.stationId, sessionId: session.id, name: input.name, mime: input.mime, bytes: Buffer.from(input.base64, 'base64'),
        thumb: input.thumb ? Buffer.from(input.thumb, 'base64') : null, now: core.clock.now().toISOString(), accountId: caller.accountId ?? null,
      });
      // The row names the file; its bytes (a photo, slides) never go in an audit snapshot.
      note({ stationId: session.stationId, action: 'attach', entity: 'session', entityId: session.id, after: { attachment: a.name, mime: a.mime, bytes: a.size } });
      return a;
    });
    raise({ type: 'sessions.changed', stationId: session.stationId, sessionIds: [session.id] });
    return added;
  },
  'attachments.get': (input, { core }) => attachmentFile(core.db, input.attachmentId),
  'attachments.delete': (input, { core, caller, raise }) => {
    const a = attachmentRow(core.db, input.attachmentId);
    audited(core, caller, (note) => {
      deleteAttachment(core.db, a.id);
      note({ stationId: a.stationId, action: 'detach', entity: 'session', entityId: a.sessionId, before: { attachment: a.name, mime: a.mime, bytes: a.size } });
    });
    raise({ type: 'sessions.changed', stationId: a.stationId, sessionIds: [a.sessionId] });
    return { deleted: true };
  },
};
