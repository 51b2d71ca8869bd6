import type { Database } from 'better-sqlite3';
import type { EduBrief, EduCard, EduProgress, EduReport, SafetyEducationSettings } from '../../../shared/contract/safety-education-types';
import { AppError } from '../../../shared/contract/result';
import { mayCarryLevel, type EduLevel } from '../../../shared/domain/safety-education';
import type { Clock } from '../../lib/clock';
import { cardWorkers, toCard } from './cards';
import { briefOf, progressOf } from './progress';
import { completionReport, completionReportXlsx } from './report';
import { readSettings, writeSettings } from './settings';

export interface SessionLevel {
  level: EduLevel | null;
  eligible: boolean;
}

/** 三级安全教育: the levels sessions stand for, each worker's progress, their cards and the report. */
export class SafetyEducationService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  settings(stationId: string): SafetyEducationSettings {
    return readSettings(this.db, stationId);
  }

  updateSettings(stationId: string, value: SafetyEducationSettings): SafetyEducationSettings {
    return writeSettings(this.db, stationId, value, this.clock.now().toISOString());
  }

  private session(sessionId: string) {
    const s = this.db.prepare('SELECT id, station_id, category, national_type, state FROM training_sessions WHERE id = ?').get(sessionId) as
      | { id: string; station_id: string; category: string; national_type: string | null; state: string }
      | undefined;
    if (!s) throw new AppError('not_found', 'No such session', { entity: 'session' });
    return s;
  }

  sessionLevel(sessionId: string): SessionLevel {
    const s = this.session(sessionId);
    const level = (this.db.prepare('SELECT level FROM safety_edu_sessions WHERE session_id = ?').pluck().get(sessionId) as EduLevel | undefined) ?? null;
    return { level, eligible: mayCarryLevel({ category: s.category, nationalType: s.national_type }) };
  }

  /** Marks (or unmarks) a session as one level. Only safety / site-entry sessions may carry one. */
  setSessionLevel(sessionId: string, level: EduLevel | null): { stationId: string; before: SessionLevel; after: SessionLevel } {
    const s = this.session(sessionId);
    const before = this.sessionLevel(sessionId);
    if (level !== null && !before.eligible)
      throw new AppError('invalid_input', 'Only a safety or site-entry education session can stand for a level', {
        fields: [{ path: 'level', message: 'not a safety or site-entry session' }],
      });
    if (s.state === 'cancelled' && level !== null) throw new AppError('conflict', 'A cancelled session credits nothing', { reason: 'session_cancelled' });
    if (level === null) this.db.prepare('DELETE FROM safety_edu_sessions WHERE session_id = ?').run(sessionId);
    else
      this.db
        .prepare(
          `INSERT INTO safety_edu_sessions (session_id, station_id, level, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(session_id) DO UPDATE SET level = excluded.level, updated_at = excluded.updated_at`,
        )
        .run(sessionId, s.station_id, level, this.clock.now().toISOString());
    return { stationId: s.station_id, before, after: this.sessionLevel(sessionId) };
  }

  progress(workerId: string): EduProgress {
    const stationId = this.db.prepare('SELECT station_id FROM workers WHERE id = ?').pluck().get(workerId) as string | undefined;
    if (!stationId) throw new AppError('not_found', 'No such worker', { entity: 'worker' });
    return progressOf(this.db, [workerId], this.settings(stationId))[0]!;
  }

  briefs(stationId: string, workerIds: string[]): EduBrief[] {
    const own = new Set(
      this.db.prepare(`SELECT id FROM workers WHERE station_id = ? AND id IN (${workerIds.map(() => '?').join(',')})`).pluck().all(stationId, ...workerIds) as string[],
    );
    // Another station's workers are simply not answered for: a list never learns they exist.
    const ids = workerIds.filter((id) => own.has(id));
    return progressOf(this.db, ids, this.settings(stationId)).map(briefOf);
  }

  /** What the kiosk tells a worker: the levels still due, or null when cleared. */
  dueFor(stationId: string, workerId: string): EduLevel[] | null {
    const [p] = progressOf(this.db, [workerId], this.settings(stationId));
    return p && p.due.length ? p.due : null;
  }

  cards(stationId: string, pick: { workerIds?: string[]; team?: string }): EduCard[] {
    const workers = cardWorkers(this.db, stationId, pick);
    const stationName = this.stationName(stationId);
    const progress = progressOf(this.db, workers.map((w) => w.id), this.settings(stationId));
    return workers.map((w, i) => toCard(w, stationName, progress[i]!));
  }

  report(stationId: string, month: string): EduReport {
    return completionReport(this.db, stationId, this.stationName(stationId), month, this.settings(stationId));
  }

  reportXlsx(report: EduReport): Promise<Buffer> {
    return completionReportXlsx(report);
  }

  private stationName(stationId: string): string {
    const name = this.db.prepare('SELECT name FROM stations WHERE id = ?').pluck().get(stationId) as string | undefined;
    if (name === undefined) throw new AppError('not_found', 'No such station', { entity: 'station' });
    return name;
  }
}

const services = new WeakMap<Database, SafetyEducationService>();

/** One service per open database, made on first use (the composition root stays as it is). */
export function safetyEducation(core: { db: Database; clock: Clock }): SafetyEducationService {
  let s = services.get(core.db);
  if (!s) {
    s = new SafetyEducationService(core.db, core.clock);
    services.set(core.db, s);
  }
  return s;
}
