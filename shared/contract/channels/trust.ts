import { z } from 'zod';
import { channel } from '../define';
import { base64, id } from '../schemas';
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
  /** Checks a backup (listed by name, or uploaded) and stages it; the swap happens at the next start. */
  'backups.restore': channel<RestoreStaged>()({
    access: 'admin',
    mutates: true,
    maxBodyBytes: Math.ceil(MAX_RESTORE_BYTES / 3) * 4 + 64 * 1024,
    input: z
      .object({ name: backupName.optional(), base64: base64(MAX_RESTORE_BYTES).optional(), passphrase: passphrase.optional() })
      .strict()
      .refine((v) => (v.name === undefined) !== (v.base64 === undefined), { message: 'give a backup name or a file', path: ['name'] }),
  }),
  /** A worker who has left, on their request: identity goes, attendance counts stay. */
  'workers.anonymise': channel<WorkerDetail>()({
    access: 'admin',
    mutates: true,
    input: z.object({ workerId: id }).strict(),
  }),
} as const;
