import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDir } from './files';

/** A partial file this long untouched belongs to a process that died; a live copy writes all the time. */
const STALE_MS = 10 * 60_000;

/** Files a killed backup, encrypted backup, restore or upload leaves behind, and where. */
const LEFTOVERS: { where: 'data' | 'backups'; name: RegExp }[] = [
  { where: 'backups', name: /\.partial$/ },
  { where: 'backups', name: /\.partial\.enc$/ },
  { where: 'backups', name: /\.partial-journal$/ },
  { where: 'data', name: /^restore-.*\.tmp$/ },
  { where: 'data', name: /^upload-.*\.tmp$/ },
];

/**
 * Removes what killed backups and restores left (a 600 MB `restore-*.tmp` among them) and answers
 * their names for the log. Run at start by the folder's lock holder only, and only for files untouched
 * for ten minutes, so an online backup that `station backup` is writing beside it is not cut short.
 */
export function removeLeftovers(dataDir: string, nowMs: number): string[] {
  const removed: string[] = [];
  const dirs = { data: dataDir, backups: backupsDir(dataDir) };
  for (const [where, dir] of Object.entries(dirs) as ['data' | 'backups', string][]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!LEFTOVERS.some((l) => l.where === where && l.name.test(name))) continue;
      const file = join(dir, name);
      try {
        if (nowMs - statSync(file).mtimeMs < STALE_MS) continue;
        rmSync(file, { force: true });
        removed.push(where === 'backups' ? `backups/${name}` : name);
      } catch {
        // Gone meanwhile, or not ours to remove: nothing to do.
      }
    }
  }
  return removed;
}
