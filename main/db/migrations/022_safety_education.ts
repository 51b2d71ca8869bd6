import type { Migration } from '../migration';

/**
 * 三级安全教育: a session of safety / site-entry education may stand for one of the three levels
 * (company, project, team). Kept beside the session rather than in it, so the session's own columns
 * and its audit snapshots stay as they were; a session deleted takes its mark with it. The minimum
 * hours and pass rules are a station setting (`safetyEducation`), not schema.
 */
export const m022: Migration = {
  version: 22,
  name: 'safety_education',
  up(db) {
    db.exec(`
      CREATE TABLE safety_edu_sessions (
        session_id  TEXT PRIMARY KEY REFERENCES training_sessions(id) ON DELETE CASCADE,
        station_id  TEXT NOT NULL REFERENCES stations(id),
        level       TEXT NOT NULL CHECK (level IN ('company', 'project', 'team')),
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX safety_edu_sessions_level ON safety_edu_sessions(station_id, level);
    `);
  },
};
