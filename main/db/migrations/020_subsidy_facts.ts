import type { Migration } from '../migration';

/**
 * What seed 002's subsidy clauses ask of a worker beyond hours and certificates: the high-risk post
 * ((九) pays its safety training), the apprenticeship level and its years ((九) by level per year),
 * and the months of unemployment insurance paid in the city ((十): 在本市缴纳失业保险1年以上).
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
    `);
  },
};
