import { randomBytes } from 'node:crypto';
import type { HubClient, HubPool } from '../db/pool';

/**
 * The hub's person-key secret: given to each station at enrolment so that every station of the hub
 * hashes one ID number to the same key. Made once, on the hub's first start.
 */
export async function personSecret(db: HubPool | HubClient): Promise<string> {
  await db.query('INSERT INTO hub_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', ['person_secret', randomBytes(32).toString('hex')]);
  const r = await db.query('SELECT value FROM hub_settings WHERE key = $1', ['person_secret']);
  return r.rows[0].value as string;
}
