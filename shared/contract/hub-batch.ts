import { z } from 'zod';

/**
 * A station's changes for its hub: the same batch goes online (a push) or in a file (a USB bundle).
 * The body is signed as the exact text sent, so no canonical form is needed and any edit breaks it.
 */
export const HUB_BATCH_FORMAT = 'upgrade-station/hub-batch';
export const HUB_BATCH_VERSION = 1;

const text = z.string().max(2000);
export const BatchRowSchema = z.object({
  /** The station table. */
  t: z.string().regex(/^[a-z_]{1,40}$/),
  /** The record's key (sync-tables.ts). */
  k: z.string().min(1).max(300),
  /** Its station. */
  s: z.string().min(1).max(100),
  /** Its revision at the station. */
  r: z.number().int().positive(),
  /** Its columns; null for a deleted record. */
  d: z.record(z.string(), z.unknown()).nullable(),
});
export type BatchRow = z.infer<typeof BatchRowSchema>;

export const BatchEventSchema = z.object({
  seq: z.number().int().positive(),
  id: text,
  station_id: text,
  session_id: text,
  worker_id: text,
  kind: text,
  at: text,
  client_at: text.nullable(),
  method: text.nullable(),
  account_id: text.nullable(),
  device_id: text.nullable(),
  reason: text.nullable(),
  idempotency_key: text.nullable(),
  prev_hash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BatchEvent = z.infer<typeof BatchEventSchema>;

export const BatchBodySchema = z.object({
  format: z.literal(HUB_BATCH_FORMAT),
  version: z.literal(HUB_BATCH_VERSION),
  nodeId: z.string().min(1).max(100),
  /** The station PC's clock when the batch was made (for the record; order comes from revisions). */
  createdAt: z.string(),
  /** Records with revisions in (fromRev, toRev]; events with seq in (fromEvent, toEvent]. */
  fromRev: z.number().int().nonnegative(),
  toRev: z.number().int().nonnegative(),
  fromEvent: z.number().int().nonnegative(),
  toEvent: z.number().int().nonnegative(),
  /** The station's revision counter when the batch was made: a hub holding more has seen a newer state. */
  clock: z.number().int().nonnegative(),
  /** More changes wait after this batch. */
  more: z.boolean(),
  rows: z.array(BatchRowSchema),
  events: z.array(BatchEventSchema),
  /** Full ID numbers by person key: only when the station's admin turned sharing on. */
  people: z.array(z.object({ p: z.string().regex(/^[0-9a-f]{64}$/), n: z.string().max(40) })),
});
export type BatchBody = z.infer<typeof BatchBodySchema>;

export const SignedBatchSchema = z.object({
  format: z.literal(HUB_BATCH_FORMAT),
  nodeId: z.string().min(1).max(100),
  body: z.string(),
  /** Ed25519 over the body's UTF-8 bytes, base64. */
  signature: z.string().max(200),
});
export type SignedBatch = z.infer<typeof SignedBatchSchema>;

/** The hub's answer to a batch, online or from a bundle. */
export interface BatchAnswer {
  outcome: 'applied' | 'duplicate' | 'stale';
  rows: number;
  events: number;
  /** What the hub now holds from this station PC: the station resumes after it. */
  hwm: { rev: number; event: number };
  chainVerifiedTo: string | null;
  message: string;
  /** The targets the hub set for this PC's stations (all of them, each time): applied by the station. */
  plans?: HubPlanTarget[];
}

/** A target set at the hub for one station (seed 000's tables, at the county or company level). */
export interface HubPlanTarget {
  id: string;
  stationId: string;
  year: number;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  /** '' for the total; otherwise the trade by name, as seed 000's tables name it. */
  tradeName: string;
  target: number;
}

export const EnrolRequestSchema = z.object({
  code: z.string().min(6).max(64),
  nodeId: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  publicKey: z.string().min(40).max(500),
  stationIds: z.array(z.string().min(1).max(100)).min(1).max(1000),
});
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;

export interface EnrolAnswer {
  nodeId: string;
  personSecret: string;
  hwm: { rev: number; event: number };
}
