import type { Database } from 'better-sqlite3';
import { randomBytes, randomInt } from 'node:crypto';
import type { Caller } from '../../../shared/contract/access';
import type { Device } from '../../../shared/contract/attendance-types';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { hashToken } from '../accounts';

const CODE_MINUTES = 10;
/** Wrong pairing codes tolerated before every open code is withdrawn (six digits must not be guessable). */
const MAX_WRONG_CODES = 20;

interface DeviceRow {
  id: string;
  station_id: string;
  name: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const toDevice = (r: DeviceRow): Device => ({ id: r.id, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at });

/** Kiosk tablets: paired once with a code shown on the PC, then known by a token stored hashed. */
export class DeviceService {
  private wrongCodes = 0;

  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  startPairing(stationId: string, accountId: string | undefined): { code: string; expiresAt: string } {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(this.clock.now().getTime() + CODE_MINUTES * 60_000).toISOString();
    this.db.prepare('INSERT OR REPLACE INTO pairing_codes (code_hash, station_id, created_by, expires_at) VALUES (?, ?, ?, ?)').run(hashToken(code), stationId, accountId ?? null, expiresAt);
    this.wrongCodes = 0;
    return { code, expiresAt };
  }

  /**
   * `record` runs inside the pairing's transaction (the audit row): a wrong code writes nothing
   * but the code's withdrawal, which must stand even though the call fails.
   */
  pair(code: string, name: string, record?: (d: { deviceId: string; stationId: string; pairedBy: string | null; name: string; at: Date }) => void): { token: string; deviceId: string; stationId: string } {
    const now = this.clock.now();
    const row = this.db.prepare('SELECT * FROM pairing_codes WHERE code_hash = ?').get(hashToken(code)) as
      | { station_id: string; created_by: string | null; expires_at: string; used_at: string | null }
      | undefined;
    if (!row || row.used_at || new Date(row.expires_at) <= now) {
      if (++this.wrongCodes >= MAX_WRONG_CODES) {
        this.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE used_at IS NULL').run(now.toISOString());
        this.wrongCodes = 0;
      }
      throw new AppError('invalid_input', 'That pairing code is wrong or has expired', { fields: [{ path: 'code', message: 'wrong or expired' }] });
    }
    const token = randomBytes(32).toString('base64url');
    const id = newId(now.getTime());
    this.db.transaction(() => {
      this.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(now.toISOString(), hashToken(code));
      this.db
        .prepare('INSERT INTO devices (id, station_id, name, token_hash, paired_by, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, row.station_id, name, hashToken(token), row.created_by, now.toISOString(), now.toISOString());
      record?.({ deviceId: id, stationId: row.station_id, pairedBy: row.created_by, name, at: now });
    })();
    return { token, deviceId: id, stationId: row.station_id };
  }

  /** A device's caller, or undefined for an unknown or revoked token. Notes the last contact. */
  resolve(token: string, via: Caller['via']): { caller: Caller; stationId: string } | undefined {
    const row = this.db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(hashToken(token)) as DeviceRow | undefined;
    if (!row || row.revoked_at) return undefined;
    const now = this.clock.now();
    if (!row.last_seen_at || now.getTime() - Date.parse(row.last_seen_at) > 60_000)
      this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), row.id);
    return { caller: { role: 'kiosk', deviceId: row.id, stationId: row.station_id, via }, stationId: row.station_id };
  }

  list(stationId: string): Device[] {
    return (this.db.prepare('SELECT * FROM devices WHERE station_id = ? ORDER BY revoked_at IS NOT NULL, created_at DESC').all(stationId) as DeviceRow[]).map(toDevice);
  }

  revoke(id: string): Device {
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
    if (!row) throw new AppError('not_found', 'No such device', { entity: 'device' });
    if (!row.revoked_at) this.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').run(this.clock.now().toISOString(), id);
    return toDevice(this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow);
  }

  stationOf(id: string): string {
    const row = this.db.prepare('SELECT station_id FROM devices WHERE id = ?').get(id) as { station_id: string } | undefined;
    if (!row) throw new AppError('not_found', 'No such device', { entity: 'device' });
    return row.station_id;
  }
}
