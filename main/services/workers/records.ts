import type { Database } from 'better-sqlite3';
import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import type { IdCheck, WorkerDetail, WorkerFields } from '../../../shared/contract/records';
import { checkIdNumber, todayIso } from '../../../shared/domain/id-number';
import type { IdType } from '../../../shared/domain/vocab';
import { translate } from '../../../shared/i18n/resources';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { appendAudit } from '../audit';
import { BadgeCodes, PhotoStore } from './badges';
import {
  auditSnapshot,
  checkRecord,
  FIELD_COLUMNS,
  fieldsOf,
  INSERT_WORKER_SQL,
  recordParams,
  toDetail,
  UPDATE_WORKER_SQL,
  WORKER_SELECT,
  type FieldProblem,
  type WorkerRecord,
  type WorkerRow,
} from './rows';
import { classify, WorkerSearch, type SearchInput } from './search';
import { DigitProbeLimiter } from './search-probes';

/** Fields a merge fills on the kept record when it has them blank. */
const MERGE_FILL = FIELD_COLUMNS.map(([f]) => f).filter((f) => !['name', 'idType', 'idNumber', 'language', 'status'].includes(f));

export class WorkerService {
  readonly search: WorkerSearch;
  readonly badges: BadgeCodes;
  readonly photos: PhotoStore;
  readonly probes: DigitProbeLimiter;

  constructor(
    private db: Database,
    private clock: Clock,
  ) {
    this.search = new WorkerSearch(db);
    this.badges = new BadgeCodes(db);
    this.photos = new PhotoStore(db);
    this.probes = new DigitProbeLimiter(clock);
  }

  /** workers.search for a caller: a search by digits counts against the caller's probe limit first. */
  searchAs(input: SearchInput, caller: Caller) {
    const kind = classify(input.q);
    if (kind.kind === 'digits') this.probes.check(caller, kind.digits);
    return this.search.search(input);
  }

  today(): string {
    return todayIso(this.clock.now());
  }

  row(workerId: string): WorkerRow {
    const r = this.db.prepare(`${WORKER_SELECT} WHERE w.id = ?`).get(workerId) as WorkerRow | undefined;
    if (!r) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return r;
  }

  get(workerId: string, revealId: boolean, caller: Caller): WorkerDetail {
    if (revealId && caller.role !== 'admin') throw new AppError('forbidden', 'Only an admin may see full ID numbers');
    const r = this.row(workerId);
    if (revealId) {
      appendAudit(this.db, caller, {
        stationId: r.station_id,
        at: this.clock.now(),
        action: 'reveal_id',
        entity: 'worker',
        entityId: r.id,
      });
    }
    return toDetail(r, revealId);
  }

  checkId(idType: IdType, idNumber: string): IdCheck {
    const r = checkIdNumber(idType, idNumber, this.today());
    return { valid: r.valid, normalized: r.normalized, sex: r.sex, birthDate: r.birthDate, reason: r.reason && `idcheck.${r.reason}` };
  }

  tradeExists(stationId: string): (tradeId: string) => boolean {
    const stmt = this.db.prepare('SELECT 1 FROM trades WHERE id = ? AND station_id = ?');
    return (tradeId) => stmt.get(tradeId, stationId) !== undefined;
  }

  private requireStation(stationId: string): void {
    if (!this.db.prepare('SELECT 1 FROM stations WHERE id = ?').get(stationId)) {
      throw new AppError('not_found', 'No such station', { entity: 'station' });
    }
  }

  private validate(stationId: string, fields: WorkerFields, exceptId: string | null): WorkerRecord {
    const checked = checkRecord(fields, this.today(), this.tradeExists(stationId));
    if (!checked.ok) throw invalidFields(checked.problems);
    const dup = this.db
      .prepare('SELECT id, name FROM workers WHERE station_id = ? AND id_type = ? AND id_number = ? AND id IS NOT ?')
      .get(stationId, checked.record.idType, checked.record.idNumber, exceptId) as { id: string; name: string } | undefined;
    if (dup) {
      throw new AppError('conflict', `This ID number is already registered to ${dup.name}`, {
        existingId: dup.id,
        existingName: dup.name,
        reason: 'import.duplicate_in_station',
        fields: [{ path: 'fields.idNumber', message: translate('en', 'import.duplicate_in_station', { name: dup.name }) }],
      });
    }
    return checked.record;
  }

  create(stationId: string, fields: WorkerFields, caller: Caller): WorkerDetail {
    this.requireStation(stationId);
    return this.db.transaction(() => {
      const rec = this.validate(stationId, fields, null);
      const now = this.clock.now();
      const at = now.toISOString();
      const id = newId(now.getTime());
      const code = this.badges.fresh(stationId);
      this.db.prepare(INSERT_WORKER_SQL).run(id, stationId, ...recordParams(rec), code, at, at);
      this.badges.record(code, stationId, id, at);
      const detail = toDetail(this.row(id));
      appendAudit(this.db, caller, { stationId, at: now, action: 'create', entity: 'worker', entityId: id, after: auditSnapshot(detail) });
      return detail;
    })();
  }

  update(workerId: string, patch: Partial<WorkerFields>, caller: Caller): WorkerDetail {
    return this.db.transaction(() => {
      const before = this.row(workerId);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<WorkerFields>;
      const fields: WorkerFields = { ...fieldsOf(before), ...defined };
      const rec = this.validate(before.station_id, fields, workerId);
      const now = this.clock.now();
      this.db.prepare(UPDATE_WORKER_SQL).run(...recordParams(rec), now.toISOString(), workerId);
      const after = toDetail(this.row(workerId));
      appendAudit(this.db, caller, {
        stationId: before.station_id,
        at: now,
        action: 'update',
        entity: 'worker',
        entityId: workerId,
        before: auditSnapshot(toDetail(before)),
        after: auditSnapshot(after),
      });
      return after;
    })();
  }

  archive(workerId: string, archived: boolean, caller: Caller): WorkerDetail {
    return this.db.transaction(() => {
      const before = this.row(workerId);
      if (!archived && before.merged_into) {
        throw new AppError('conflict', 'This record was merged into another one and stays archived', {
          reason: 'workers.merged',
          mergedInto: before.merged_into,
        });
      }
      const now = this.clock.now();
      const at = now.toISOString();
      this.db
        .prepare('UPDATE workers SET archived_at = ?, updated_at = ? WHERE id = ?')
        .run(archived ? (before.archived_at ?? at) : null, at, workerId);
      const after = toDetail(this.row(workerId));
      appendAudit(this.db, caller, {
        stationId: before.station_id,
        at: now,
        action: archived ? 'archive' : 'unarchive',
        entity: 'worker',
        entityId: workerId,
        before: auditSnapshot(toDetail(before)),
        after: auditSnapshot(after),
      });
      return after;
    })();
  }

  /**
   * Whether deleting the worker would lose history. For now: a reissued badge, or records merged
   * into (or from) this one. The attendance work adds sign-ins here.
   */
  hasHistory(workerId: string): boolean {
    const r = this.db
      .prepare(
        `SELECT (SELECT count(*) FROM badges WHERE worker_id = ?) AS badges,
                (SELECT count(*) FROM workers WHERE merged_into = ?) AS merged,
                (SELECT merged_into IS NOT NULL FROM workers WHERE id = ?) AS was_merged,
                (SELECT count(*) FROM attendance_events WHERE worker_id = ?) AS attended`,
      )
      .get(workerId, workerId, workerId, workerId) as { badges: number; merged: number; was_merged: number | null; attended: number };
    // Attendance events are append-only evidence: a person who has any keeps their record (archived).
    return r.badges > 1 || r.merged > 0 || r.was_merged === 1 || r.attended > 0;
  }

  delete(workerId: string, caller: Caller): string {
    return this.db.transaction(() => {
      const before = this.row(workerId);
      if (this.hasHistory(workerId)) {
        throw new AppError('conflict', 'This worker has history; archive the record instead of deleting it', {
          reason: 'workers.has_history',
          suggestion: 'archive',
        });
      }
      this.db.prepare('DELETE FROM worker_photos WHERE worker_id = ?').run(workerId);
      this.db.prepare('DELETE FROM badges WHERE worker_id = ?').run(workerId);
      this.db.prepare('DELETE FROM workers WHERE id = ?').run(workerId);
      appendAudit(this.db, caller, {
        stationId: before.station_id,
        at: this.clock.now(),
        action: 'delete',
        entity: 'worker',
        entityId: workerId,
        before: auditSnapshot(toDetail(before)),
      });
      return before.station_id;
    })();
  }

  /** Keeps one record; the other is archived, points at it, and its badge stops working. */
  merge(keepId: string, mergeId: string, caller: Caller): WorkerDetail {
    if (keepId === mergeId) throw new AppError('invalid_input', 'Choose two different records', { fields: [{ path: 'mergeId', message: 'same as keepId' }] });
    return this.db.transaction(() => {
      const keep = this.row(keepId);
      const gone = this.row(mergeId);
      if (keep.station_id !== gone.station_id) throw new AppError('conflict', 'The records belong to different stations');
      if (keep.merged_into || gone.merged_into) throw new AppError('conflict', 'One of the records was already merged', { reason: 'workers.merged' });
      const now = this.clock.now();
      const at = now.toISOString();
      const kept = fieldsOf(keep);
      const other = fieldsOf(gone);
      const filled: WorkerFields = { ...kept };
      for (const f of MERGE_FILL) {
        const blank = kept[f] === null || kept[f] === '';
        if (blank && other[f] !== null && other[f] !== '') (filled as unknown as Record<string, unknown>)[f] = other[f];
      }
      const rec = this.validate(keep.station_id, filled, keepId);
      this.db.prepare(UPDATE_WORKER_SQL).run(...recordParams(rec), at, keepId);
      this.db
        .prepare('UPDATE workers SET archived_at = coalesce(archived_at, ?), merged_into = ?, updated_at = ? WHERE id = ?')
        .run(at, keepId, at, mergeId);
      this.db.prepare('UPDATE badges SET revoked_at = ? WHERE worker_id = ? AND revoked_at IS NULL').run(at, mergeId);
      if (!keep.has_photo && gone.has_photo) {
        this.db.prepare('UPDATE worker_photos SET worker_id = ? WHERE worker_id = ?').run(keepId, mergeId);
      }
      const after = toDetail(this.row(keepId));
      appendAudit(this.db, caller, {
        stationId: keep.station_id,
        at: now,
        action: 'merge',
        entity: 'worker',
        entityId: keepId,
        before: { kept: auditSnapshot(toDetail(keep)), merged: auditSnapshot(toDetail(gone)) },
        after: auditSnapshot(after),
      });
      return after;
    })();
  }

  /** A new badge code; the old one is revoked (kept, so the kiosk can say it was replaced). */
  reissueBadge(workerId: string, caller: Caller): WorkerDetail {
    return this.db.transaction(() => {
      const before = this.row(workerId);
      if (before.merged_into) throw new AppError('conflict', 'This record was merged into another one', { reason: 'workers.merged' });
      const now = this.clock.now();
      const at = now.toISOString();
      const code = this.badges.fresh(before.station_id);
      this.db.prepare('UPDATE badges SET revoked_at = ? WHERE worker_id = ? AND revoked_at IS NULL').run(at, workerId);
      this.badges.record(code, before.station_id, workerId, at);
      this.db.prepare('UPDATE workers SET badge_code = ?, updated_at = ? WHERE id = ?').run(code, at, workerId);
      appendAudit(this.db, caller, {
        stationId: before.station_id,
        at: now,
        action: 'reissue_badge',
        entity: 'worker',
        entityId: workerId,
        before: { badgeCode: before.badge_code },
        after: { badgeCode: code },
      });
      return toDetail(this.row(workerId));
    })();
  }

  setPhoto(workerId: string, photo: { mime: string; base64: string } | null, caller: Caller): { hasPhoto: boolean; stationId: string } {
    return this.db.transaction(() => {
      const w = this.row(workerId);
      const now = this.clock.now();
      const hasPhoto = this.photos.set(workerId, w.station_id, photo, now.toISOString());
      this.db.prepare('UPDATE workers SET updated_at = ? WHERE id = ?').run(now.toISOString(), workerId);
      appendAudit(this.db, caller, {
        stationId: w.station_id,
        at: now,
        action: hasPhoto ? 'set_photo' : 'remove_photo',
        entity: 'worker',
        entityId: workerId,
      });
      return { hasPhoto, stationId: w.station_id };
    })();
  }

  photo(workerId: string): { mime: string; base64: string } | null {
    this.row(workerId);
    return this.photos.get(workerId);
  }

  teams(stationId: string): { teams: string[]; employers: string[] } {
    this.requireStation(stationId);
    // Both walk an index on (station_id, column), so DISTINCT is a skip-scan, not a sort.
    const teams = this.db
      .prepare("SELECT DISTINCT team FROM workers WHERE station_id = ? AND team <> '' AND archived_at IS NULL ORDER BY team")
      .pluck()
      .all(stationId) as string[];
    const employers = this.db
      .prepare("SELECT DISTINCT employer FROM workers WHERE station_id = ? AND employer <> '' AND archived_at IS NULL ORDER BY employer")
      .pluck()
      .all(stationId) as string[];
    return { teams, employers };
  }
}

export function invalidFields(problems: FieldProblem[]): AppError {
  return new AppError('invalid_input', 'The worker could not be saved', {
    fields: problems.map((p) => ({ path: `fields.${p.field}`, message: translate('en', p.reason, p.params) })),
    reasons: problems.map((p) => ({ field: p.field, reason: p.reason })),
  });
}
