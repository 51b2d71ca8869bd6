import { join } from 'node:path';
import { keepNewFilesPrivate } from '../lib/private-files';
import { DamagedDatabaseError, DatabaseTooNewError, DatabaseTooOldError, DataFolderError, DataFolderInUseError, NotAStationDatabaseError } from '../db/errors';
import { UsageError } from './args';
import type { CliContext } from './context';
import { backupCommand } from './commands/backup';
import { demo } from './commands/demo';
import { restoreCommand } from './commands/restore';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { init } from './commands/init';
import { migrateCommand } from './commands/migrate';
import { serve } from './commands/serve';
import { verifyCommand } from './commands/verify';
import { hubCommand } from './commands/hub';
import { hubEnrolCommand, hubSyncCommand } from './commands/hub-station';
import { versionCommand } from './commands/version';

type Command = (argv: string[], ctx: CliContext) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  serve: { run: serve, help: 'serve [--host ADDR] [--port N]   run the app for a browser (and, with --host 0.0.0.0, kiosk tablets)' },
  init: { run: init, help: 'init --name NAME [--admin-password-file F]   first-run setup without a window' },
  demo: { run: demo, help: 'demo [--workers N] [--sessions N] [--admin-password P]   fill an empty data folder with a demo station' },
  import: { run: importCommand, help: 'import workers FILE [--dry-run] [--station ID]   load a roster (.xlsx or .csv); exit 0 only when every row is accepted' },
  export: { run: exportCommand, help: 'export workers|status-table|monthly|quarterly|annual|sign-in-sheet|worker-record|subsidies|platform --out FILE [...]   write the roster, a form or a report as .xlsx or .csv' },
  migrate: { run: migrateCommand, help: 'migrate   bring the database schema up to date' },
  backup: { run: backupCommand, help: 'backup [--out FILE] [--passphrase-file F]   an online backup (safe while the app runs); default into the backups folder' },
  restore: { run: restoreCommand, help: 'restore FILE | --latest [--passphrase-file F]   check a backup and make it the database (the current one is kept aside)' },
  verify: { run: verifyCommand, help: 'verify   check the database file and the attendance records\' hash chain' },
  hub: { run: hubCommand, help: 'hub --pg postgres://... [--host ADDR] [--port N]   run the company / district hub (and its admin commands: station hub help)' },
  'hub-enrol': { run: hubEnrolCommand, help: 'hub-enrol --hub URL --code C [--move]   enrol this station at a hub' },
  'hub-sync': { run: hubSyncCommand, help: 'hub-sync [--share-ids on|off]   push what waits to the hub now' },
  version: { run: versionCommand, help: 'version   print the app and schema versions' },
};

export function usage(): string {
  return [
    'Usage: station <command> [--data DIR] [options]',
    '',
    ...Object.values(COMMANDS).map((c) => '  ' + c.help),
    '',
    'DIR defaults to $STATION_DATA, else the desktop app\'s data folder.',
  ].join('\n');
}

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.err(`station: unknown command "${name}". Run "station help" for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.err(`station ${name}: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof DamagedDatabaseError) {
      // Two lines: what is wrong, and what the newest good backup would give back and lose.
      for (const line of err.message.split('\n')) ctx.err(`station ${name}: ${line}`);
      return 1;
    }
    if (
      err instanceof DatabaseTooNewError ||
      err instanceof DatabaseTooOldError ||
      err instanceof NotAStationDatabaseError ||
      err instanceof DataFolderError ||
      err instanceof DataFolderInUseError
    ) {
      ctx.err(`station ${name}: ${err.message}`);
      return 1;
    }
    ctx.err(`station ${name}: unexpected error (${(err as Error)?.name ?? 'unknown'}); see the log in the data folder.`);
    return 70;
  }
}

/** The process entry: used by main/cli/station.cjs and by `node out/cli.cjs`. */
export function main(): void {
  keepNewFilesPrivate();
  const ctx: CliContext = {
    rendererDir: process.env.STATION_RENDERER_DIR ?? join(__dirname, 'renderer'),
    resourcesDir: process.env.STATION_RESOURCES_DIR ?? join(__dirname, '..', 'resources'),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  };
  runCli(process.argv.slice(2), ctx).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 70;
    },
  );
}

// `node out/cli.cjs ...` runs directly; importing this module (tests, the launcher) starts nothing.
if (typeof require !== 'undefined' && require.main === module) main();
