import type { Migration } from '../migration';

/**
 * What seed 002's subsidy clauses ask of a worker beyond hours and certificates: the high-risk post
 * ((九) pays its safety training), the apprenticeship level and its years ((九) by level per year),
 * and the months of unemployment insurance paid in the city ((十): 在本市缴纳失业保险1年以上).
 *
 * And plans shaped like seed 000's: 附件2 gives each township's targets for 2023-2025 together
 * (`year` the first year, `year_to` the last, equal for one year), and holds a target that is not a
 * trade (培育建筑劳务经纪人: `kind` 'broker'). The table is rebuilt so its key includes the span.
 */
export const m020: Migration = {
  version: 20,
  name: 'subsidy_facts',
  up(db) {
    db.exec(`
      ALTER TABLE workers ADD COLUMN high_risk_post TEXT CHECK (high_risk_post IN ('special_operation', 'safety_management', 'gas', 'water_treatment'));
      ALTER TABLE workers ADD COLUMN insurance_months INTEGER CHECK (insurance_months BETWEEN 0 AND 600);
      ALTER TABLE workers ADD COLUMN apprentice_level TEXT CHECK (apprentice_level IN ('L4', 'L3', 'L2', 'L1'));
      ALTER TABLE workers ADD COLUMN apprentice_from TEXT;
      ALTER TABLE workers ADD COLUMN apprentice_to TEXT;
      -- The filer's level names the status table (seed 004 附件: ____市（单位）).
      ALTER TABLE stations ADD COLUMN admin_level TEXT CHECK (admin_level IN ('city', 'prefecture', 'county', 'district', 'company'));

      CREATE TABLE training_plans_new (
        id          TEXT PRIMARY KEY,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        year_to     INTEGER NOT NULL CHECK (year_to >= year AND year_to <= 2100),
        kind        TEXT NOT NULL DEFAULT 'trade' CHECK (kind IN ('trade', 'total', 'broker')),
        scope_kind  TEXT NOT NULL CHECK (scope_kind IN ('station', 'township', 'team')),
        scope       TEXT NOT NULL DEFAULT '',
        trade_id    TEXT REFERENCES trades(id),
        trade_name  TEXT NOT NULL DEFAULT '',
        target      INTEGER NOT NULL CHECK (target >= 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (station_id, year, year_to, scope_kind, scope, kind, trade_name)
      ) STRICT;
      INSERT INTO training_plans_new (id, station_id, year, year_to, kind, scope_kind, scope, trade_id, trade_name, target, created_at, updated_at)
        SELECT id, station_id, year, year, CASE WHEN trade_name = '' THEN 'total' ELSE 'trade' END, scope_kind, scope, trade_id, trade_name, target, created_at, updated_at
        FROM training_plans;
      DROP TABLE training_plans;
      ALTER TABLE training_plans_new RENAME TO training_plans;
      CREATE INDEX training_plans_year ON training_plans(station_id, year);
    `);
  },
};
