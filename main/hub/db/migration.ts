import type { HubClient } from './pool';

/** One step of the hub's schema. `up` runs inside the migration's transaction; it must not commit. */
export interface HubMigration {
  version: number;
  name: string;
  up(c: HubClient): Promise<void>;
}
