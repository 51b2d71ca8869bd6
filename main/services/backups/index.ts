/** What the hosts need from the backups: the schedule, and the restore the CLI runs when nothing holds the folder. */
export { startBackupSchedule } from './schedule';
export { restoreInto } from './restore';
