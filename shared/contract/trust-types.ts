/** A file in the station's backups folder. */
export interface BackupInfo {
  name: string;
  at: string;
  bytes: number;
  encrypted: boolean;
}

/** A backup that passed the restore checks and waits for the next start to replace the database. */
export interface RestoreStaged {
  schemaVersion: number;
  events: number;
  workers: number;
  head: string | null;
  restartNeeded: true;
}
