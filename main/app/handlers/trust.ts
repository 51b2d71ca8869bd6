import { auditedAfter } from '../audited';
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import type { BackupInfo } from '../../../shared/contract/trust-types';
import type { BackupEntry } from '../../services/backups';
import { anonymiseWorker } from '../../services/workers';
import type { HandlerGroup } from '../handler';

const info = (b: BackupEntry): BackupInfo => ({ name: b.name, at: b.at, bytes: b.bytes, encrypted: b.encrypted });

/** Largest backup handed over in one answer; bigger ones are copied from the backups folder. */
const MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024;

type TrustChannel = 'backups.list' | 'backups.create' | 'backups.download' | 'backups.restore' | 'workers.anonymise';

/** Backups and restore, and anonymising a worker: the admin's trust tools. */
export const trustHandlers: HandlerGroup<TrustChannel> = {
  'backups.list': (_input, { core }) => core.backups.list().map(info),
  // The row follows the copy (a backup holds the database as it was when the copy began).
  'backups.create': async (input, { core, caller }) =>
    info(
      await auditedAfter(core, caller, () => core.backups.create('manual', input.passphrase), (b) => ({
        stationId: core.stations.first()?.id ?? null, action: 'backup', entity: 'database', entityId: null,
        after: { name: b.name, bytes: b.bytes, encrypted: b.encrypted },
      })),
    ),
  'backups.download': (input, { core }) => {
    const b = core.backups.resolve(input.name);
    if (b.bytes > MAX_DOWNLOAD_BYTES) throw new AppError('payload_too_large', 'This backup is too large to download here; copy it from the backups folder', { limit: MAX_DOWNLOAD_BYTES });
    return { fileName: b.name, mime: 'application/vnd.sqlite3', base64: readFileSync(b.path).toString('base64') };
  },
  'backups.restore': (input, { core, caller }) =>
    core.backups.stageRestore(
      input.name !== undefined
        ? { name: input.name }
        : input.upload !== undefined
          ? { uploaded: core.uploads.take(input.upload, 'backups.restore', caller) }
          : { bytes: Buffer.from(input.base64 ?? '', 'base64') },
      input.passphrase,
      caller,
      core.stations.first()?.id ?? null,
    ),
  'workers.anonymise': (input, { core, caller, raise }) => {
    const w = anonymiseWorker(core.db, core.clock, core.workers, input.workerId, caller);
    raise({ type: 'workers.changed', stationId: w.stationId, workerIds: [w.id] });
    return w;
  },
};
