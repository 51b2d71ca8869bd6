import { join } from 'node:path';

/** The folder name under the OS application-data folder; the Electron shell uses the same one. */
export const APP_FOLDER = 'upgrade-station';

/**
 * Where a station's data lives when no --data is given: $STATION_DATA, or the desktop app's user-data
 * folder, so the CLI and the desktop app find the same database.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.STATION_DATA) return env.STATION_DATA;
  return join(userDataDir(platform, env, home), 'data');
}

/** Mirrors Electron's app.getPath('appData') + the app folder. */
export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}

export const DATABASE_FILE = 'station.sqlite';
