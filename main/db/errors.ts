/** Start-up problems with the database; each message is one plain sentence a user can act on. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This station database is from a newer version of the app (schema ${fileVersion}; this app knows up to ${codeVersion}). ` +
        'It was not opened or changed. Install the newer app version to use it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class NotAStationDatabaseError extends Error {
  constructor(file: string) {
    super(`${file} is not an Upgrade Station database; it was not opened or changed.`);
    this.name = 'NotAStationDatabaseError';
  }
}

export class DataFolderError extends Error {
  constructor(dir: string, reason: string) {
    super(`Cannot use the data folder ${dir}: ${reason}`);
    this.name = 'DataFolderError';
  }
}

/** What a damaged database would cost if the newest good backup were restored. */
export interface DamageReport {
  file: string;
  /** The first line quick_check gave, or the SQLite error that stopped it. */
  problem: string;
  newestBackup: { path: string; at: string } | null;
  /** Records made after the backup's time, read from the damaged file where it still reads. */
  lost: { attendanceEvents: number | 'unknown'; workers: number | 'unknown' } | null;
}

/**
 * The database failed its start-up check. It is never written to; the message says what the newest
 * good backup would give back and what it would not.
 */
export class DamagedDatabaseError extends Error {
  constructor(readonly report: DamageReport) {
    super(damageMessage(report));
    this.name = 'DamagedDatabaseError';
  }
}

function damageMessage(r: DamageReport): string {
  const first = `The station database ${r.file} is damaged (${r.problem}); it was not opened or changed.`;
  if (!r.newestBackup) return `${first}\nNo good backup was found in the backups folder; keep the file and ask for help before doing anything else.`;
  const lost = r.lost
    ? `${count(r.lost.attendanceEvents, 'attendance event')} and ${count(r.lost.workers, 'new worker')} recorded since then would be lost`
    : 'records made since then would be lost';
  return `${first}\nNewest good backup: ${r.newestBackup.path} (${r.newestBackup.at}); restoring it with "station restore --latest" keeps the damaged file aside, but ${lost}.`;
}

function count(n: number | 'unknown', noun: string): string {
  return n === 'unknown' ? `an unknown number of ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A database older than this code, opened by something that may not migrate it (`station export`). */
export class DatabaseTooOldError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
  ) {
    super(`This station database has schema ${fileVersion}; this app needs ${codeVersion}. Run "station migrate" (or start the app) first; nothing was changed.`);
    this.name = 'DatabaseTooOldError';
  }
}

/** Another process (station serve or the desktop app) has the data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: string,
    readonly pid: number,
  ) {
    super(`The data folder ${dir} is in use by ${owner} (process ${pid}); stop it first.`);
    this.name = 'DataFolderInUseError';
  }
}
