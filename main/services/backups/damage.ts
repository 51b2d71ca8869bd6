import type Database from 'better-sqlite3';
import type { DamageReport } from '../../db/errors';
import { checkCandidate } from './check';
import { listBackups } from './files';

/** The newest backup that passes the full restore check (encrypted ones cannot be checked unopened). */
export function newestGoodBackup(dataDir: string): { path: string; at: string } | null {
  for (const b of listBackups(dataDir)) {
    if (b.encrypted) continue;
    try {
      checkCandidate(b.path);
      return { path: b.path, at: b.at };
    } catch {
      // A damaged or tampered backup is no offer; look at the next older one.
    }
  }
  return null;
}

/** Runs a count against the damaged file, or 'unknown' where its pages no longer read. */
function count(probe: Database.Database | null, sql: string): number | 'unknown' {
  if (!probe) return 'unknown';
  try {
    return probe.prepare(sql).pluck().get() as number;
  } catch {
    return 'unknown';
  }
}

/**
 * What the damaged file has that the backup lacks: compared record by record (the backup attached
 * read-only), not by time, so nothing made in the backup's own second is miscounted.
 */
function lostSince(probe: Database.Database | null, backupPath: string): NonNullable<DamageReport['lost']> {
  if (!probe) return { attendanceEvents: 'unknown', workers: 'unknown' };
  try {
    probe.prepare('ATTACH DATABASE ? AS backup').run(backupPath);
  } catch {
    return { attendanceEvents: 'unknown', workers: 'unknown' };
  }
  try {
    return {
      attendanceEvents: count(probe, 'SELECT count(*) FROM main.attendance_events WHERE seq > (SELECT coalesce(max(seq), 0) FROM backup.attendance_events)'),
      workers: count(probe, 'SELECT count(*) FROM main.workers WHERE id NOT IN (SELECT id FROM backup.workers)'),
    };
  } finally {
    probe.exec('DETACH DATABASE backup');
  }
}

/** States plainly what restoring the newest good backup would give back and what it would lose. */
export function damageReport(dataDir: string, file: string, problem: string, probe: Database.Database | null): DamageReport {
  const newestBackup = newestGoodBackup(dataDir);
  return { file, problem, newestBackup, lost: newestBackup ? lostSince(probe, newestBackup.path) : null };
}
