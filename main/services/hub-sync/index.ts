import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import type { Clock } from '../../lib/clock';
import { exportHubBundle } from './bundle';
import { enrolAtHub, setShareIds, type EnrolInput } from './enrol';
import { pendingCounts, readLink } from './link';
import { BackgroundPush, pushNow } from './push';

export { HubRefusedError, HubUnreachableError } from './http-client';
export { BackgroundPush, pushNow } from './push';
export { buildBatch, signBatch } from './batch';
export { readLink, type HubLink } from './link';
export { newKeyPair, personKey, signText, verifyText } from './signing';

export interface HubSyncStatus {
  enrolled: boolean;
  hubUrl: string | null;
  nodeId: string | null;
  enrolledAt: string | null;
  shareIds: boolean;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  waiting: { revisions: number; events: number };
}

/** The station's side of the hub: enrolment, the background push, USB bundles, and what waits. */
export class HubSyncService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  status(): HubSyncStatus {
    const link = readLink(this.db);
    if (!link) return { enrolled: false, hubUrl: null, nodeId: null, enrolledAt: null, shareIds: false, lastSyncAt: null, lastAttemptAt: null, lastError: null, waiting: { revisions: 0, events: 0 } };
    return {
      enrolled: true,
      hubUrl: link.hubUrl,
      nodeId: link.nodeId,
      enrolledAt: link.enrolledAt,
      shareIds: link.shareIds,
      lastSyncAt: link.lastSyncAt,
      lastAttemptAt: link.lastAttemptAt,
      lastError: link.lastError,
      waiting: pendingCounts(this.db, link),
    };
  }

  enrol(caller: Caller, input: EnrolInput) {
    return enrolAtHub(this.db, caller, input, () => this.clock.now());
  }

  setShareIds(caller: Caller, on: boolean): HubSyncStatus {
    setShareIds(this.db, caller, on, this.clock.now());
    return this.status();
  }

  pushNow() {
    return pushNow(this.db, () => this.clock.now());
  }

  exportBundle() {
    return exportHubBundle(this.db, this.clock.now());
  }

  background(log?: (event: string, data: Record<string, unknown>) => void): BackgroundPush {
    return new BackgroundPush(this.db, () => this.clock.now(), { log });
  }
}
