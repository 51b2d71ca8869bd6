import type { Database } from 'better-sqlite3';
import type { DamagedDatabaseError } from '../db/errors';
import { reportDamage } from '../db/open';
import { damageReport } from '../services/backups';
import { quickCheckInWorker, type QuickCheck } from '../db/quick-check';
import type { Logger } from '../lib/log';

export type IntegrityState = 'checking' | 'ok' | 'damaged';

/**
 * The promise "never write to a database that failed its check", kept while the check runs in the
 * background: the connection stays query-only (SQLite refuses any change), calls that write wait for
 * `ready()`, and a failed check leaves it query-only for good, with the same damage report a refused
 * start would have given.
 */
export class IntegrityGate {
  private current: IntegrityState;
  private damage: DamagedDatabaseError | null = null;
  private readonly settled: Promise<void>;
  private checkMs: number | null = null;
  private abandoned = false;

  constructor(db: Database, dataDir: string, log: Logger, checkPending: boolean) {
    this.current = checkPending ? 'checking' : 'ok';
    if (!checkPending) {
      this.settled = Promise.resolve();
      return;
    }
    this.settled = this.check(db, dataDir, log).catch((err: unknown) => {
      if (this.abandoned) return;
      // A check that could not even run proves nothing: the database stays unwritable.
      this.damage = reportDamage(dataDir, (err as Error).message ?? String(err), damageReport);
      this.current = 'damaged';
      log.error('startup.database_damaged', { problem: this.damage.report.problem });
    });
  }

  private async check(db: Database, dataDir: string, log: Logger): Promise<void> {
    const t = performance.now();
    let result: QuickCheck;
    try {
      result = await quickCheckInWorker(db.name);
    } catch {
      // A worker that cannot start is no reason to trust the file unchecked: check on this thread.
      if (this.abandoned) return;
      const report = String(db.pragma('quick_check(1)', { simple: true }));
      result = report === 'ok' ? { ok: true } : { ok: false, problem: report };
    }
    // The core was closed meanwhile (a test, a quick quit): the answer is nobody's any more.
    if (this.abandoned) return;
    this.checkMs = Math.round(performance.now() - t);
    if (result.ok) {
      db.pragma('query_only = OFF');
      this.current = 'ok';
      log.info('startup.quick_check', { ms: this.checkMs });
    } else {
      this.damage = reportDamage(dataDir, result.problem, damageReport);
      this.current = 'damaged';
      log.error('startup.database_damaged', { problem: this.damage.report.problem, ms: this.checkMs });
    }
  }

  /** The core is closing: whatever the check says later changes nothing. */
  abandon(): void {
    this.abandoned = true;
  }

  get state(): IntegrityState {
    return this.current;
  }

  /** The report of a failed check (null while checking or after it passed). */
  get failure(): DamagedDatabaseError | null {
    return this.damage;
  }

  /** How long the background check took, once it has. */
  get durationMs(): number | null {
    return this.checkMs;
  }

  /** Resolves once the database may be written; rejects with the damage report if it may never be. */
  async ready(): Promise<void> {
    await this.settled;
    if (this.damage) throw this.damage;
  }
}
