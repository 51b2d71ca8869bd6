import type { Database } from 'better-sqlite3';

/** The station's link to its hub (migration 024's hub_link), or null before enrolment. */
export interface HubLink {
  hubUrl: string;
  nodeId: string;
  publicKey: string;
  privateKey: string;
  personSecret: string;
  shareIds: boolean;
  enrolledAt: string;
  ackedRev: number;
  ackedEvent: number;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
}

interface LinkRow {
  hub_url: string;
  node_id: string;
  public_key: string;
  private_key: string;
  person_secret: string;
  share_ids: number;
  enrolled_at: string;
  acked_rev: number;
  acked_event: number;
  last_sync_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
}

export function readLink(db: Database): HubLink | null {
  const r = db.prepare('SELECT * FROM hub_link WHERE one = 1').get() as LinkRow | undefined;
  if (!r) return null;
  return {
    hubUrl: r.hub_url,
    nodeId: r.node_id,
    publicKey: r.public_key,
    privateKey: r.private_key,
    personSecret: r.person_secret,
    shareIds: r.share_ids === 1,
    enrolledAt: r.enrolled_at,
    ackedRev: r.acked_rev,
    ackedEvent: r.acked_event,
    lastSyncAt: r.last_sync_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: r.last_error,
  };
}

/** What the hub says it holds is what the station resumes after: it may be less (a hub reset) or more. */
export function recordAck(db: Database, hwm: { rev: number; event: number }, at: string): void {
  db.prepare('UPDATE hub_link SET acked_rev = ?, acked_event = ?, last_sync_at = ?, last_attempt_at = ?, last_error = NULL WHERE one = 1').run(hwm.rev, hwm.event, at, at);
}

export function recordFailure(db: Database, message: string, at: string): void {
  db.prepare('UPDATE hub_link SET last_attempt_at = ?, last_error = ? WHERE one = 1').run(at, message.slice(0, 500));
}

/** What waits to go: records and attendance events above what the hub acknowledged. */
export function pendingCounts(db: Database, link: HubLink): { revisions: number; events: number } {
  const clock = db.prepare('SELECT rev FROM sync_clock').pluck().get() as number;
  const events = (db.prepare('SELECT count(*) FROM attendance_events WHERE seq > ?').pluck().get(link.ackedEvent) as number) ?? 0;
  return { revisions: Math.max(0, clock - link.ackedRev), events };
}
