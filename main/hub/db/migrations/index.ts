import type { HubMigration } from '../migration';
import { h001 } from './001_base';
import { h002 } from './002_plans';

/** In order; each version exactly once. A test checks the numbering against the file names. */
export const HUB_MIGRATIONS: readonly HubMigration[] = [h001, h002];
export const HUB_LATEST_VERSION = HUB_MIGRATIONS[HUB_MIGRATIONS.length - 1]!.version;
