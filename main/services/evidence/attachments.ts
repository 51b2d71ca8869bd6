import type { Database } from 'better-sqlite3';
import type { SessionAttachment } from '../../../shared/contract/evidence-types';
import type { ExportFile } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { looksLikeJpeg, matchesMime, MAX_ATTACHMENT_BYTES, MAX_SIGN_IN_PHOTO_BYTES, type AttachmentMime } from '../../../shared/domain/evidence';

interface Row {
  id: string;
  session_id: string;
  name: string;
  mime: string;
  size: number;
  created_at: string;
  thumb: Buffer | null;
}

const COLUMNS = 'id, session_id, name, mime, length(bytes) AS size, created_at, thumb';

function toAttachment(r: Row): SessionAttachment {
  return { id: r.id, sessionId: r.session_id, name: r.name, mime: r.mime, size: r.size, createdAt: r.created_at, thumb: r.thumb ? `data:image/jpeg;base64,${r.thumb.toString('base64')}` : null };
}

export function listAttachments(db: Database, sessionId: string): SessionAttachment[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM session_attachments WHERE session_id = ? ORDER BY created_at, id`).all(sessionId) as Row[]).map(toAttachment);
}

export function addAttachment(
  db: Database,
  a: { id: string; stationId: string; sessionId: string; name: string; mime: AttachmentMime; bytes: Buffer; thumb: Buffer | null; now: string; accountId: string | null },
): SessionAttachment {
  if (a.bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('payload_too_large', 'The file is too large', { maxBytes: MAX_ATTACHMENT_BYTES });
  if (!matchesMime(a.bytes, a.mime)) throw new AppError('unsupported_media_type', 'The file is not what its type says', { expected: a.mime });
  if (a.thumb && (a.thumb.length > MAX_SIGN_IN_PHOTO_BYTES || !looksLikeJpeg(a.thumb)))
    throw new AppError('unsupported_media_type', 'The thumbnail must be a small JPEG', { expected: 'image/jpeg' });
  db.prepare(
    'INSERT INTO session_attachments (id, station_id, session_id, name, mime, bytes, thumb, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(a.id, a.stationId, a.sessionId, a.name, a.mime, a.bytes, a.thumb, a.now, a.accountId);
  return toAttachment(db.prepare(`SELECT ${COLUMNS} FROM session_attachments WHERE id = ?`).get(a.id) as Row);
}

export function attachmentRow(db: Database, id: string): SessionAttachment & { stationId: string } {
  const r = db.prepare(`SELECT ${COLUMNS}, station_id FROM session_attachments WHERE id = ?`).get(id) as (Row & { station_id: string }) | undefined;
  if (!r) throw new AppError('not_found', 'No such attachment', { entity: 'attachment' });
  return { ...toAttachment(r), stationId: r.station_id };
}

export function attachmentFile(db: Database, id: string): ExportFile {
  const r = db.prepare('SELECT name, mime, bytes FROM session_attachments WHERE id = ?').get(id) as { name: string; mime: string; bytes: Buffer } | undefined;
  if (!r) throw new AppError('not_found', 'No such attachment', { entity: 'attachment' });
  return { fileName: r.name, mime: r.mime, base64: r.bytes.toString('base64') };
}

export function deleteAttachment(db: Database, id: string): void {
  db.prepare('DELETE FROM session_attachments WHERE id = ?').run(id);
}

/** Files of the sessions in an export that asks for them (the platform's `attachments`). */
export function attachmentsOfSessions(db: Database, sessionIds: readonly string[]): { sessionId: string; name: string; mime: string; bytes: Buffer }[] {
  if (!sessionIds.length) return [];
  return (
    db
      .prepare(`SELECT session_id, name, mime, bytes FROM session_attachments WHERE session_id IN (${sessionIds.map(() => '?').join(',')}) ORDER BY session_id, created_at`)
      .all(...sessionIds) as { session_id: string; name: string; mime: string; bytes: Buffer }[]
  ).map((r) => ({ sessionId: r.session_id, name: r.name, mime: r.mime, bytes: r.bytes }));
}
