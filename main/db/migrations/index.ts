import type { Migration } from '../migration';
import { m001 } from './001_stations';
import { m002 } from './002_settings';
import { m003 } from './003_accounts';

/** In order; each version exactly once. A test checks the numbering against the file names. */
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
