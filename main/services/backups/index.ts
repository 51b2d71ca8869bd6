/** What the hosts need from the backups: the schedule, and the restore the CLI runs when nothing holds the folder. */
export { startBackupSchedule } from './schedule';
export { restoreInto } from './restore';
export * from './check';
export * from './crypto';
export * from './files';
export * from './leftovers';
export * from './online';
export * from './restore';
export * from './schedule';
export * from './damage';
