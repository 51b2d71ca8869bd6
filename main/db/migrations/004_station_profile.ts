import type { Migration } from '../migration';

/**
 * The fields of seed 004's status table and the "five haves". Lists (equipment, content, funding)
 * are JSON arrays of codes; free text sits beside them for what the codes do not cover.
 */
export const m004: Migration = {
  version: 4,
  name: 'station_profile',
  up(db) {
    db.exec(`
      ALTER TABLE stations ADD COLUMN enterprise TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN address TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN contact_unit_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN contact_mobile TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN fixed_phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('built', 'building', 'planned'));
      ALTER TABLE stations ADD COLUMN city TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN district TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN township TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 >= 0);
      ALTER TABLE stations ADD COLUMN equipment_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(equipment_json));
      ALTER TABLE stations ADD COLUMN equipment_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN content_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(content_json));
      ALTER TABLE stations ADD COLUMN funding_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(funding_json));
      ALTER TABLE stations ADD COLUMN funding_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN trainer_team_note TEXT NOT NULL DEFAULT '';
      ALTER TABLE stations ADD COLUMN opened_on TEXT;
      ALTER TABLE stations ADD COLUMN archived_at TEXT;
    `);
  },
};
