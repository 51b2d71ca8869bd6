import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../records';

/** The station's link to its hub as the settings page shows it. */
export interface HubSyncStatus {
  enrolled: boolean;
  hubUrl: string | null;
  nodeId: string | null;
  enrolledAt: string | null;
  shareIds: boolean;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  /** Changes the hub has not acknowledged: record revisions and attendance events. */
  waiting: { revisions: number; events: number };
}

export interface HubPushResult {
  batches: number;
  rows: number;
  events: number;
  status: HubSyncStatus;
}

const hubUrl = z.string().trim().min(8).max(300).regex(/^https?:\/\//, { message: 'http:// or https://' });

export const hubSyncChannels = {
  'hubSync.status': channel<HubSyncStatus>()({ access: 'admin', input: z.object({}).strict() }),
  /** Joins a hub with its admin's code; `move` leaves the current hub for this one (audited). */
  'hubSync.enrol': channel<HubSyncStatus>()({
    access: 'admin',
    mutates: true,
    input: z.object({ hubUrl, code: z.string().trim().min(6).max(64), move: z.boolean().default(false) }).strict(),
  }),
  /** Full ID numbers to the hub (off by default; audited). */
  'hubSync.shareIds': channel<HubSyncStatus>()({ access: 'admin', mutates: true, input: z.object({ on: z.boolean() }).strict() }),
  'hubSync.pushNow': channel<HubPushResult>()({ access: 'admin', mutates: true, input: z.object({}).strict() }),
  /** The USB bundle: what waits, signed, as a file. */
  'hubSync.exportBundle': channel<ExportFile>()({ access: 'admin', input: z.object({}).strict() }),
} as const;
