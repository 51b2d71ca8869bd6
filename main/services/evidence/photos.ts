import type { Database } from 'better-sqlite3';
import type { SignInPhoto } from '../../../shared/contract/evidence-types';
import type { Language } from '../../../shared/i18n/languages';
import { AppError } from '../../../shared/contract/result';
import { looksLikeJpeg, MAX_SIGN_IN_PHOTO_BYTES } from '../../../shared/domain/evidence';
import { readSettings } from './settings';

const DAY_MS = 24 * 60 * 60_000;

export function hasConsent(db: Database, workerId: string): boolean {
  return db.prepare('SELECT 1 FROM evidence_consents WHERE worker_id = ?').get(workerId) !== undefined;
}

export function recordConsent(db: Database, stationId: string, workerId: string, language: Language, deviceId: string | null, now: string): string {
  const w = db.prepare('SELECT station_id FROM workers WHERE id = ?').get(workerId) as { station_id: string } | undefined;
  if (!w || w.station_id !== stationId) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
  db.prepare(
    `INSERT INTO evidence_consents (worker_id, station_id, consented_at, language, device_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(worker_id) DO NOTHING`,
  ).run(workerId, stationId, now, language, deviceId);
  return db.prepare('SELECT consented_at FROM evidence_consents WHERE worker_id = ?').pluck().get(workerId) as string;
}

/**
 * Keeps the photo of a sign-in already recorded: only when the station takes photos, the worker
 * consented and is signed in to that session. A retry replaces the earlier photo of the same stay.
 */
export function storeSignInPhoto(db: Database, input: { stationId: string; sessionId: string; workerId: string; bytes: Buffer; deviceId: string | null; now: string }): void {
  if (input.bytes.length > MAX_SIGN_IN_PHOTO_BYTES)
    throw new AppError('payload_too_large', `A sign-in photo is at most ${MAX_SIGN_IN_PHOTO_BYTES} bytes`, { maxBytes: MAX_SIGN_IN_PHOTO_BYTES, bytes: input.bytes.length });
  if (!looksLikeJpeg(input.bytes)) throw new AppError('unsupported_media_type', 'A sign-in photo must be a JPEG', { expected: 'image/jpeg' });
  if (!readSettings(db, input.stationId).enabled) throw new AppError('conflict', 'This station takes no sign-in photos', { reason: 'evidence.off' });
  if (!hasConsent(db, input.workerId)) throw new AppError('conflict', 'The worker has not consented to sign-in photos', { reason: 'evidence.no_consent' });
  const a = db.prepare("SELECT id, station_id FROM attendance WHERE session_id = ? AND worker_id = ? AND status = 'present'").get(input.sessionId, input.workerId) as
    | { id: string; station_id: string }
    | undefined;
  if (!a || a.station_id !== input.stationId) throw new AppError('not_found', 'No sign-in to attach the photo to', { entity: 'attendance' });
  db.prepare(
    `INSERT INTO attendance_photos (attendance_id, station_id, session_id, worker_id, device_id, taken_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(attendance_id) DO UPDATE SET bytes = excluded.bytes, taken_at = excluded.taken_at, device_id = excluded.device_id`,
  ).run(a.id, a.station_id, input.sessionId, input.workerId, input.deviceId, input.now, input.bytes);
}

const dataUrl = (mime: string, b: Buffer) => `data:${mime};base64,${b.toString('base64')}`;

export function sessionPhotos(db: Database, sessionId: string): SignInPhoto[] {
  const rows = db
    .prepare(
      `SELECT p.worker_id, w.name, p.taken_at, p.bytes, r.mime AS roster_mime, r.bytes AS roster_bytes
       FROM attendance_photos p JOIN workers w ON w.id = p.worker_id LEFT JOIN worker_photos r ON r.worker_id = p.worker_id
       WHERE p.session_id = ? ORDER BY p.taken_at`,
    )
    .all(sessionId) as { worker_id: string; name: string; taken_at: string; bytes: Buffer; roster_mime: string | null; roster_bytes: Buffer | null }[];
  return rows.map((r) => ({
    workerId: r.worker_id,
    name: r.name,
    takenAt: r.taken_at,
    photo: dataUrl('image/jpeg', r.bytes),
    rosterPhoto: r.roster_bytes && r.roster_mime ? dataUrl(r.roster_mime, r.roster_bytes) : null,
  }));
}

/** Deletes each station's sign-in photos older than its retention; returns how many went. */
export function sweepOldPhotos(db: Database, now: Date): number {
  const stations = db.prepare('SELECT id FROM stations').pluck().all() as string[];
  let removed = 0;
  for (const stationId of stations) {
    const cutoff = new Date(now.getTime() - readSettings(db, stationId).retentionDays * DAY_MS).toISOString();
    removed += db.prepare('DELETE FROM attendance_photos WHERE station_id = ? AND taken_at < ?').run(stationId, cutoff).changes;
  }
  return removed;
}

/** Anonymising a worker takes their sign-in photos and consent with the rest of their personal data. */
export function forgetWorkerPhotos(db: Database, workerId: string): number {
  db.prepare('DELETE FROM evidence_consents WHERE worker_id = ?').run(workerId);
  return db.prepare('DELETE FROM attendance_photos WHERE worker_id = ?').run(workerId).changes;
}
