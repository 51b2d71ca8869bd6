import { z } from 'zod';
import { channel } from '../define';
import { base64, id, uploadId } from '../schemas';
import type { ExportFile, WorkerDetail } from '../records';
import type { BackupInfo, RestoreStaged } from '../trust-types';

/** Uploaded backups for a restore: a big station's database is a few hundred MB. */
export const MAX_RESTORE_BYTES = 512 * 1024 * 1024;

/** A backup's name as listed; never a path, so a request cannot reach outside the backups folder. */
const backupName = z.string().regex(/^station-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d{1,4})?\.sqlite(\.enc)?$/, { message: 'not a backup name' });

/** Backup passphrases: long enough to resist guessing, typed by a person. */
const passphrase = z.string().min(8, { message: 'at least 8 characters' }).max(1024);

export const trustChannels = {
  'backups.list': channel<BackupInfo[]>()({ access: 'admin', input: z.object({}).strict() }),
  'backups.create': channel<BackupInfo>()({
    access: 'admin',
    mutates: true,
    input: z.object({ passphrase: passphrase.optional() }).strict(),
  }),
  'backups.download': channel<ExportFile>()({ access: 'admin', input: z.object({ name: backupName }).strict() }),
  /**
   * Checks a backup and stages it; the swap happens at the next start. The backup is one listed by
   * name, a file uploaded to HTTP.uploadPrefix (browsers: streamed to disk, never held in memory), or
   * its bytes in the call (the desktop app's IPC; over HTTP only as far as the default body limit).
   */
  'backups.restore': channel<RestoreStaged>()({
    access: 'admin',
    mutates: true,
    upload: { maxBytes: MAX_RESTORE_BYTES },
    input: z
      .object({
        name: backupName.optional(),
        upload: uploadId.optional(),
        base64: base64(MAX_RESTORE_BYTES).optional(),
        passphrase: passphrase.optional(),
      })
      .strict()
      .refine((v) => [v.name, v.upload, v.base64].filter((x) => x !== undefined).length === 1, {
        message: 'give a backup name or a file',
        path: ['name'],
      }),
  }),
  /** A worker who has left, on their request: identity goes, attendance counts stay. */
  'workers.anonymise': channel<WorkerDetail>()({
    access: 'admin',
    raises: ['workers.changed'],
    mutates: true,
    input: z.object({ workerId: id }).strict(),
  }),
} as const;
