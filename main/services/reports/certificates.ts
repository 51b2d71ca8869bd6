import type { Database } from 'better-sqlite3';
import type { Certificate } from '../../../shared/contract/report-types';
import { AppError } from '../../../shared/contract/result';
import type { SkillLevel } from '../../../shared/domain/vocab';
import { newId } from '../../lib/ids';

interface Row {
  id: string;
  worker_id: string;
  kind: Certificate['kind'];
  trade_id: string | null;
  trade_name: string | null;
  level: SkillLevel | null;
  number: string;
  issued_on: string;
  issuer: string;
  created_at: string;
}

const toCertificate = (r: Row): Certificate => ({
  id: r.id,
  workerId: r.worker_id,
  kind: r.kind,
  tradeId: r.trade_id,
  tradeName: r.trade_name,
  level: r.level,
  number: r.number,
  issuedOn: r.issued_on,
  issuer: r.issuer,
  createdAt: r.created_at,
});

export function certificatesOf(db: Database, workerId: string): Certificate[] {
  const rows = db
    .prepare('SELECT c.*, t.name AS trade_name FROM certificates c LEFT JOIN trades t ON t.id = c.trade_id WHERE c.worker_id = ? ORDER BY c.issued_on, c.id')
    .all(workerId) as Row[];
  return rows.map(toCertificate);
}

export interface CertificateFields {
  kind: Certificate['kind'];
  tradeId: string | null;
  level: SkillLevel | null;
  number: string;
  issuedOn: string;
  issuer: string;
}

/** A certificate on the worker it is given to; the occupation must be one of the station's trades. */
export function addCertificate(db: Database, workerId: string, f: CertificateFields, now: Date): Certificate {
  const w = db.prepare('SELECT station_id, merged_into FROM workers WHERE id = ?').get(workerId) as { station_id: string; merged_into: string | null } | undefined;
  if (!w) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
  if (w.merged_into) throw new AppError('conflict', 'This record was merged into another; add the certificate there', { entity: 'worker', mergedInto: w.merged_into });
  if (f.tradeId && !db.prepare('SELECT 1 FROM trades WHERE id = ? AND station_id = ?').get(f.tradeId, w.station_id)) {
    throw new AppError('invalid_input', 'No such trade at this station', { fields: [{ path: 'fields.tradeId', message: 'not a trade of this station' }] });
  }
  if (f.kind === 'skill_level' && !f.level) {
    throw new AppError('invalid_input', 'A skill-level certificate needs its level', { fields: [{ path: 'fields.level', message: 'required' }] });
  }
  const id = newId(now.getTime());
  db.prepare(
    `INSERT INTO certificates (id, station_id, worker_id, kind, trade_id, level, number, issued_on, issuer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, w.station_id, workerId, f.kind, f.tradeId, f.level, f.number, f.issuedOn, f.issuer, now.toISOString());
  return certificatesOf(db, workerId).find((c) => c.id === id)!;
}

export function deleteCertificate(db: Database, certificateId: string): { stationId: string; workerId: string } {
  const c = db.prepare('SELECT station_id, worker_id FROM certificates WHERE id = ?').get(certificateId) as { station_id: string; worker_id: string } | undefined;
  if (!c) throw new AppError('not_found', 'No such certificate', { entity: 'certificate' });
  db.prepare('DELETE FROM certificates WHERE id = ?').run(certificateId);
  return { stationId: c.station_id, workerId: c.worker_id };
}
