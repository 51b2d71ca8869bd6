import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import type { WorkerDetail } from '../../../shared/contract/records';
import type { Clock } from '../../lib/clock';
import { appendAudit } from '../audit';
import type { WorkerService } from './records';
import { toDetail } from './rows';

/** What a worker snapshot holds of the person: scrubbed from earlier audit rows when they are anonymised. */
const PERSONAL_KEYS = [
  'name', 'idNumber', 'idMasked', 'mobile', 'mobileMasked', 'phone', 'sex', 'birthDate', 'birthYear',
  'homeProvince', 'homeCounty', 'homeTownship',
] as const;

/**
 * Rewrites the snapshots of the audit rows that mention the worker (rows about their record, and
 * rows of other records that name them, such as a merge or an attendance correction): in every
 * object that is theirs (its `id` or `workerId` is theirs) the personal keys take the anonymised
 * values, and their former name is replaced wherever it appears in those rows. The rows, their
 * actions, actors and times stay. Goes through the one exception migration 019 opened in the
 * append-only log: the rows are listed in audit_scrub for this transaction only.
 */
function scrubAuditRows(
  db: Database,
  workerId: string,
  oldName: string,
  now: Record<(typeof PERSONAL_KEYS)[number], unknown>,
): number {
  const rows = db
    .prepare(
      `SELECT id, before_json, after_json FROM audit_log
       WHERE entity_id = ? OR instr(coalesce(before_json, ''), ?) > 0 OR instr(coalesce(after_json, ''), ?) > 0`,
    )
    .all(workerId, workerId, workerId) as { id: string; before_json: string | null; after_json: string | null }[];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return oldName ? v.split(oldName).join(now.name as string) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const theirs = o.id === workerId || o.workerId === workerId;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) {
        out[k] = theirs && (PERSONAL_KEYS as readonly string[]).includes(k) ? now[k as (typeof PERSONAL_KEYS)[number]] : walk(x);
      }
      return out;
    }
    return v;
  };
  const scrub = (json: string | null) => (json === null ? null : JSON.stringify(walk(JSON.parse(json))));
  const grant = db.prepare('INSERT INTO audit_scrub (audit_id) VALUES (?)');
  const update = db.prepare('UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?');
  let changed = 0;
  for (const r of rows) {
    const before = scrub(r.before_json);
    const after = scrub(r.after_json);
    if (before === r.before_json && after === r.after_json) continue;
    grant.run(r.id);
    update.run(before, after, r.id);
    changed++;
  }
  // Empty again before the transaction commits: outside it, the log is closed as before.
  db.prepare('DELETE FROM audit_scrub').run();
  return changed;
}

/** The name an anonymised worker keeps: the marker and the id's tail, so records stay distinguishable. */
export const ANONYMISED = '已匿名';

/**
 * A placeholder ID number: starts with letters, so it is never a valid resident ID (nor matches a
 * card reader's input), and random, so the roster's uniqueness rule still holds.
 */
export function placeholderIdNumber(): string {
  return 'ANON' + randomBytes(9).toString('hex').toUpperCase();
}

/**
 * Anonymises a worker who has left, on their request (PIPL): name, ID number, phone, photo and home
 * are gone; sessions attended, attendance rows and the chain stay, so the station's counts hold.
 * The audit row names the action and the record, not the personal data; earlier audit rows about the
 * worker keep their actions but lose the personal data (scrubAuditRows).
 */
export function anonymiseWorker(db: Database, clock: Clock, workers: WorkerService, workerId: string, caller: Caller): WorkerDetail {
  return db.transaction(() => {
    const before = workers.row(workerId);
    if (before.name.startsWith(ANONYMISED)) throw new AppError('conflict', 'This worker is already anonymised', { reason: 'workers.already_anonymised' });
    if (before.status !== 'left') throw new AppError('conflict', 'Only a worker who has left can be anonymised', { reason: 'workers.not_left' });
    const now = clock.now();
    const idNumber = placeholderIdNumber();
    db.prepare(
      `UPDATE workers SET name = ?, id_number = ?, id_rev = ?, sex = NULL, birth_date = NULL, mobile = '', mobile_rev = '',
         home_province = '', home_county = '', home_township = '', updated_at = ? WHERE id = ?`,
    ).run(`${ANONYMISED}${workerId.slice(-6)}`, idNumber, [...idNumber].reverse().join(''), now.toISOString(), workerId);
    db.prepare('DELETE FROM worker_photos WHERE worker_id = ?').run(workerId);
    const attended = db.prepare('SELECT count(*) FROM attendance WHERE worker_id = ?').pluck().get(workerId) as number;
    const d = toDetail(workers.row(workerId));
    const auditRowsScrubbed = scrubAuditRows(db, workerId, before.name, {
      name: d.name, idNumber: d.idMasked, idMasked: d.idMasked, mobile: '', mobileMasked: '', phone: '', sex: null,
      birthDate: null, birthYear: null, homeProvince: '', homeCounty: '', homeTownship: '',
    });
    appendAudit(db, caller, {
      stationId: before.station_id, at: now, action: 'anonymise', entity: 'worker', entityId: workerId,
      after: { attendanceKept: attended, auditRowsScrubbed },
    });
    return d;
  }).immediate();
}
