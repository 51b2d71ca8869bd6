import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Caller } from '../../shared/contract/access';
import { AppError } from '../../shared/contract/result';
import type { WorkerDetail } from '../../shared/contract/records';
import type { Clock } from '../app/clock';
import { appendAudit } from './audit-trail';
import type { WorkerService } from './workers';
import { toDetail } from './workers-rows';

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
 * The audit row names the action and the record, not the personal data.
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
    appendAudit(db, caller, { stationId: before.station_id, at: now, action: 'anonymise', entity: 'worker', entityId: workerId, after: { attendanceKept: attended } });
    return toDetail(workers.row(workerId));
  }).immediate();
}
