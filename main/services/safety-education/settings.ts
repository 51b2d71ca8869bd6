import type { Database } from 'better-sqlite3';
import { safetyEducationSettings } from '../../../shared/contract/channels/safety-education';
import type { SafetyEducationSettings } from '../../../shared/contract/safety-education-types';

/** The one station_settings key this domain keeps its rules under (beside the station's other rules). */
export const SETTINGS_KEY = 'safetyEducation';

export const DEFAULT_SETTINGS: SafetyEducationSettings = safetyEducationSettings.parse({});

/** A stored value that no longer parses (written by a newer version, or broken) reads as the defaults. */
export function readSettings(db: Database, stationId: string): SafetyEducationSettings {
  const raw = db.prepare('SELECT value_json FROM station_settings WHERE station_id = ? AND key = ?').pluck().get(stationId, SETTINGS_KEY) as string | undefined;
  if (raw === undefined) return DEFAULT_SETTINGS;
  const parsed = safetyEducationSettings.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Database, stationId: string, value: SafetyEducationSettings, now: string): SafetyEducationSettings {
  const clean = safetyEducationSettings.parse(value);
  db.prepare(
    `INSERT INTO station_settings (station_id, key, value_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(station_id, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(stationId, SETTINGS_KEY, JSON.stringify(clean), now);
  return clean;
}
