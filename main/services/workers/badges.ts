import type { Database, Statement } from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { AppError } from '../../../shared/contract/result';
import type { BadgeCard } from '../../../shared/contract/records';
import { MAX_PHOTO_BYTES } from '../../../shared/contract/channels/people';

/**
 * Badge codes: 'W' and 7 digits from a cryptographic random source, so they are short enough to key
 * in, read by any barcode scanner, and say nothing about the person's ID number. A code is never
 * reused in a station, even after it is revoked, so the kiosk can say "this badge was replaced".
 */
export const BADGE_PATTERN = /^W\d{7}$/;

export function randomBadgeCode(): string {
  return 'W' + String(randomInt(0, 10_000_000)).padStart(7, '0');
}

export class BadgeCodes {
  private taken: Statement<[string, string, string, string]>;
  private insert: Statement<[string, string, string, string]>;

  constructor(private db: Database) {
    this.taken = db.prepare(
      `SELECT 1 FROM badges WHERE station_id = ? AND code = ?
       UNION ALL SELECT 1 FROM workers WHERE station_id = ? AND badge_code = ? LIMIT 1`,
    );
    this.insert = db.prepare('INSERT INTO badges (code, station_id, worker_id, issued_at) VALUES (?, ?, ?, ?)');
  }

  /** A code not used before in the station (callers run inside a transaction). */
  fresh(stationId: string): string {
    for (let i = 0; i < 100; i++) {
      const code = randomBadgeCode();
      if (!this.taken.get(stationId, code, stationId, code)) return code;
    }
    throw new Error('could not find a free badge code');
  }

  record(code: string, stationId: string, workerId: string, at: string): void {
    this.insert.run(code, stationId, workerId, at);
  }
}

/** File signatures of the accepted photo types; a file must be what its type says. */
export function imageMatches(mime: string, b: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  switch (mime) {
    case 'image/jpeg':
      return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    case 'image/png':
      return b.length > 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a;
    case 'image/webp':
      return b.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    default:
      return false;
  }
}

export class PhotoStore {
  constructor(private db: Database) {}

  set(workerId: string, stationId: string, photo: { mime: string; base64: string } | null, at: string): boolean {
    if (!photo) {
      this.db.prepare('DELETE FROM worker_photos WHERE worker_id = ?').run(workerId);
      return false;
    }
    const bytes = Buffer.from(photo.base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_PHOTO_BYTES) {
      throw new AppError('invalid_input', 'The photo is empty or larger than 2 MB', {
        reason: 'import.photo_size',
        fields: [{ path: 'photo.base64', message: 'The photo is empty or larger than 2 MB' }],
      });
    }
    if (!imageMatches(photo.mime, bytes)) {
      throw new AppError('invalid_input', `The file is not a ${photo.mime} image`, {
        reason: 'import.photo_type',
        fields: [{ path: 'photo.base64', message: `The file is not a ${photo.mime} image` }],
      });
    }
    this.db
      .prepare(
        `INSERT INTO worker_photos (worker_id, station_id, mime, bytes, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(worker_id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`,
      )
      .run(workerId, stationId, photo.mime, bytes, at);
    return true;
  }

  get(workerId: string): { mime: string; base64: string } | null {
    const row = this.db.prepare('SELECT mime, bytes FROM worker_photos WHERE worker_id = ?').get(workerId) as
      | { mime: string; bytes: Buffer }
      | undefined;
    return row ? { mime: row.mime, base64: row.bytes.toString('base64') } : null;
  }

  /** Cards for the A4 badge sheet, in the order asked for. */
  badgeSheet(workerIds: string[]): BadgeCard[] {
    const stmt = this.db.prepare(
      `SELECT w.id, w.name, w.team, w.employer, w.badge_code, t.name AS trade_name, p.mime, p.bytes
       FROM workers w LEFT JOIN trades t ON t.id = w.trade_id LEFT JOIN worker_photos p ON p.worker_id = w.id
       WHERE w.id = ?`,
    );
    const cards: BadgeCard[] = [];
    const missing: string[] = [];
    for (const id of new Set(workerIds)) {
      const r = stmt.get(id) as
        | { id: string; name: string; team: string; employer: string; badge_code: string; trade_name: string | null; mime: string | null; bytes: Buffer | null }
        | undefined;
      if (!r) {
        missing.push(id);
        continue;
      }
      cards.push({
        workerId: r.id,
        name: r.name,
        tradeName: r.trade_name,
        team: r.team,
        employer: r.employer,
        badgeCode: r.badge_code,
        photoDataUrl: r.mime && r.bytes ? `data:${r.mime};base64,${r.bytes.toString('base64')}` : null,
      });
    }
    if (missing.length) throw new AppError('not_found', 'Some workers were not found', { entity: 'worker', missing });
    return cards;
  }
}
