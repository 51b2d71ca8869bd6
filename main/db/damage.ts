import type Database from 'better-sqlite3';
import { checkCandidate } from '../services/backups/check';
import { listBackups } from '../services/backups/files';
import type { DamageReport } from './errors';

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

function countSince(probe: Database.Database | null, sql: string, at: string): number | 'unknown' {
  if (!probe) return 'unknown';
  try {
    return probe.prepare(sql).pluck().get(at) as number;
  } catch {
    return 'unknown';
  }
}

/** States plainly what restoring the newest good backup would give back and what it would lose. */
export function damageReport(dataDir: string, file: string, problem: string, probe: Database.Database | null): DamageReport {
  const newestBackup = newestGoodBackup(dataDir);
  return {
    file,
    problem,
    newestBackup,
    lost: newestBackup
      ? {
          attendanceEvents: countSince(probe, 'SELECT count(*) FROM attendance_events WHERE at > ?', newestBackup.at),
          workers: countSince(probe, 'SELECT count(*) FROM workers WHERE created_at > ?', newestBackup.at),
        }
      : null,
  };
}
