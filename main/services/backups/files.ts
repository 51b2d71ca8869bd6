import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUPS_FOLDER = 'backups';
/** A backup being written; a process killed mid-backup leaves one, removed at the next start (leftovers.ts). */
export const PARTIAL_SUFFIX = '.partial';

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

/** station-2026-03-02T08-00-00Z.sqlite: sorts by time, and has no ':' (Windows file names). */
export function backupFileName(at: Date, encrypted = false, n = 0): string {
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';
  return `station-${stamp}${n ? `-${n}` : ''}.sqlite${encrypted ? '.enc' : ''}`;
}

/** A free name for a backup made at `at` (two in the same second get -1, -2, ...). */
export function freshBackupPath(dataDir: string, at: Date, encrypted: boolean): string {
  for (let n = 0; ; n++) {
    const file = join(backupsDir(dataDir), backupFileName(at, encrypted, n));
    if (!existsSync(file) && !existsSync(file + PARTIAL_SUFFIX)) return file;
  }
}

const NAME = /^station-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d{1,4})?\.sqlite(\.enc)?$/;

/** The backup's time from its name, or null for any other file. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export interface BackupEntry {
  name: string;
  path: string;
  at: string;
  bytes: number;
  encrypted: boolean;
}

/** The backups in the folder, newest first. */
export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const at = backupTime(name);
    if (!at) continue;
    try {
      out.push({ name, path: join(dir, name), at: at.toISOString(), bytes: statSync(join(dir, name)).size, encrypted: name.endsWith('.enc') });
    } catch {
      // Removed between the listing and the stat: not a backup any more.
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.name < b.name ? 1 : -1));
}

/** Keeps the newest `keep` backups and removes the rest; returns the names removed. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const b of listBackups(dataDir).slice(Math.max(1, keep))) {
    rmSync(b.path, { force: true });
    removed.push(b.name);
  }
  return removed;
}
