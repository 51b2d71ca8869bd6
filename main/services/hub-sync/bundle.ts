import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import { buildBatch, signBatch } from './batch';
import { readLink } from './link';

/**
 * A USB bundle: the same signed batch as a push, of everything above what the hub last acknowledged
 * online (the station hears nothing back from a file), so each bundle is complete on its own and a
 * newer one supersedes an older one.
 */
export function exportHubBundle(db: Database, now: Date): { bytes: Buffer; fileName: string; rows: number; events: number } {
  const link = readLink(db);
  if (!link) throw new AppError('conflict', 'This station is not enrolled at a hub: enrol it first (station hub-enrol)');
  const body = buildBatch(db, link, { rev: link.ackedRev, event: link.ackedEvent }, now, { rows: Number.MAX_SAFE_INTEGER, events: Number.MAX_SAFE_INTEGER });
  const signed = signBatch(link, body);
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  return { bytes: Buffer.from(JSON.stringify(signed)), fileName: `hub-bundle-${link.nodeId.slice(-8)}-${stamp}.json`, rows: body.rows.length, events: body.events.length };
}
