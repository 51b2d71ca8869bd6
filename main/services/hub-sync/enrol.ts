import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import { EnrolRequestSchema, type EnrolAnswer } from '../../../shared/contract/hub-batch';
import { AppError } from '../../../shared/contract/result';
import { appendAudit } from '../audit';
import { postJson } from './http-client';
import { readLink } from './link';
import { newKeyPair } from './signing';

export interface EnrolInput {
  hubUrl: string;
  code: string;
  /** Leave the current hub for this one: explicit, and written to the audit trail. */
  move?: boolean;
}

/** The hub's address as typed: a base URL without a trailing slash, http or https only. */
export function normaliseHubUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new AppError('invalid_input', `Not a hub address: ${raw}`, { fields: [{ path: 'hubUrl', message: 'not a URL' }] });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new AppError('invalid_input', 'The hub address must start with http:// or https://', { fields: [{ path: 'hubUrl', message: 'http or https' }] });
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * Enrols this station PC at a hub with a code from the hub's admin: a new Ed25519 key pair is made here
 * (the private half never leaves), the hub records the public half and gives the person-key secret.
 * A station belongs to one hub; moving to another is asked for explicitly and audited.
 */
export async function enrolAtHub(db: Database, caller: Caller, input: EnrolInput, now: () => Date): Promise<{ nodeId: string; hubUrl: string; moved: boolean }> {
  const hubUrl = normaliseHubUrl(input.hubUrl);
  const current = readLink(db);
  if (current && !input.move) {
    throw new AppError('conflict', `This station is already enrolled at ${current.hubUrl}. A station belongs to one hub: to move it to ${hubUrl}, enrol again with --move (the settings page asks to confirm).`, {
      hubUrl: current.hubUrl,
    });
  }
  const stations = db.prepare('SELECT id, name FROM stations ORDER BY created_at, id').all() as { id: string; name: string }[];
  if (!stations.length) throw new AppError('conflict', 'Set up the station before enrolling it at a hub');
  const keys = newKeyPair();
  const request = EnrolRequestSchema.parse({ code: input.code.trim(), nodeId: stations[0]!.id, name: stations[0]!.name, publicKey: keys.publicKey, stationIds: stations.map((s) => s.id) });
  const answer = await postJson<EnrolAnswer>(`${hubUrl}/hub/api/enrol`, request);
  const at = now().toISOString();
  db.transaction(() => {
    db.prepare('DELETE FROM hub_link').run();
    db.prepare(
      `INSERT INTO hub_link (one, hub_url, node_id, public_key, private_key, person_secret, share_ids, enrolled_at, acked_rev, acked_event)
       VALUES (1, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    ).run(hubUrl, answer.nodeId, keys.publicKey, keys.privateKey, answer.personSecret, at, answer.hwm.rev, answer.hwm.event);
    const action = current ? 'move' : 'enrol';
    db.prepare('INSERT INTO hub_link_history (at, action, hub_url, node_id, by) VALUES (?, ?, ?, ?, ?)').run(at, action, hubUrl, answer.nodeId, caller.accountId ?? null);
    appendAudit(db, caller, {
      stationId: stations[0]!.id,
      at: now(),
      action: current ? 'hub_move' : 'hub_enrol',
      entity: 'hub_link',
      entityId: answer.nodeId,
      before: current ? { hubUrl: current.hubUrl } : undefined,
      after: { hubUrl },
    });
  })();
  return { nodeId: answer.nodeId, hubUrl, moved: !!current };
}

/** Full ID numbers to the hub: off unless the station's admin turns it on (audited). */
export function setShareIds(db: Database, caller: Caller, on: boolean, now: Date): void {
  const link = readLink(db);
  if (!link) throw new AppError('conflict', 'This station is not enrolled at a hub');
  db.transaction(() => {
    db.prepare('UPDATE hub_link SET share_ids = ? WHERE one = 1').run(on ? 1 : 0);
    // Workers already sent go again, now with their numbers (or, turned off, the hub is told no more).
    if (on) db.prepare('UPDATE workers SET updated_at = updated_at').run();
    appendAudit(db, caller, { stationId: link.nodeId, at: now, action: 'hub_share_ids', entity: 'hub_link', entityId: link.nodeId, before: { shareIds: link.shareIds }, after: { shareIds: on } });
  })();
}
