import type { Database } from 'better-sqlite3';
import { evidenceSettings } from '../../../shared/contract/channels/evidence';
import type { EvidenceSettings } from '../../../shared/contract/evidence-types';

export const SETTINGS_KEY = 'evidencePhotos';
export const DEFAULT_SETTINGS: EvidenceSettings = evidenceSettings.parse({});

export function readSettings(db: Database, stationId: string): EvidenceSettings {
  const raw = db.prepare('SELECT value_json FROM station_settings WHERE station_id = ? AND key = ?').pluck().get(stationId, SETTINGS_KEY) as string | undefined;
  if (raw === undefined) return DEFAULT_SETTINGS;
  const parsed = evidenceSettings.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Database, stationId: string, value: EvidenceSettings, now: string): EvidenceSettings {
  const clean = evidenceSettings.parse(value);
  db.prepare(
    `INSERT INTO station_settings (station_id, key, value_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(station_id, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(stationId, SETTINGS_KEY, JSON.stringify(clean), now);
  return clean;
}
