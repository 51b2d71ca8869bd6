import type { HubMigration } from '../migration';

/**
 * Targets the hub sets for its stations (seed 000's tables at the county or company level): the only
 * data the hub owns. Each goes down to its station with the station's next sync.
 */
export const h002: HubMigration = {
  version: 2,
  name: 'plans',
  async up(c) {
    await c.query(`
      CREATE TABLE hub_plans (
        id          text PRIMARY KEY,
        station_id  text NOT NULL,
        year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        scope_kind  text NOT NULL CHECK (scope_kind IN ('station', 'township', 'team')),
        scope       text NOT NULL DEFAULT '',
        trade_name  text NOT NULL DEFAULT '',
        target      integer NOT NULL CHECK (target >= 0),
        set_by      text NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (station_id, year, scope_kind, scope, trade_name)
      );
    `);
  },
};
