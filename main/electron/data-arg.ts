import { join } from 'node:path';

/** The value of `--data <dir>` or `--data=<dir>`, as the CLI spells it. */
export function dataArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') return argv[i + 1];
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}

/** --data wins, then $STATION_DATA, then the data folder inside Electron's user-data folder. */
export function shellDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const fromArg = dataArg(argv);
  if (fromArg) return fromArg;
  if (env.STATION_DATA) return env.STATION_DATA;
  return join(userData, 'data');
}
