import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { StationSettings } from '../../../shared/contract/records';
import type { Clock } from '../../lib/clock';
import { DEFAULT_SUBSIDY_RULES, subsidyRules } from '../../../shared/contract/subsidy-rules';

/** Per-station rules with numbers: stored as data, the seeds' values as defaults. */
const SPEC = {
  minutesPerClassHour: { schema: z.number().int().min(10).max(120), default: 45 },
  signInOpensMinutesBefore: { schema: z.number().int().min(0).max(240), default: 30 },
  lateAfterMinutes: { schema: z.number().int().min(0).max(120), default: 5 },
  signOutRequired: { schema: z.boolean(), default: false },
  fullCreditShare: { schema: z.number().min(0.5).max(1), default: 0.8 },
  repeatScanSeconds: { schema: z.number().int().min(1).max(120), default: 10 },
  /** Class-hour thresholds, certificate amounts and the yearly cap (seeds 001, 002). */
  subsidyRules: { schema: subsidyRules, default: DEFAULT_SUBSIDY_RULES },
} as const;

type Key = keyof typeof SPEC;

/** Shared between callers, so nobody may change it in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export class StationSettingsService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** Parsed settings per station, read again when this app wrote them or another connection committed. */
  private cache = new Map<string, StationSettings>();
  private seenVersion = -1;

  get(stationId: string): StationSettings {
    // Every scan reads these rules; parsing them (the subsidy rules are large) cost more than the scan.
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.seenVersion) {
      this.cache.clear();
      this.seenVersion = version;
    }
    let settings = this.cache.get(stationId);
    if (!settings) {
      settings = deepFreeze(this.read(stationId));
      this.cache.set(stationId, settings);
    }
    return settings;
  }

  private read(stationId: string): StationSettings {
    const rows = this.db.prepare('SELECT key, value_json FROM station_settings WHERE station_id = ?').all(stationId) as {
      key: string;
      value_json: string;
    }[];
    const stored = new Map(rows.map((r) => [r.key, r.value_json]));
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(SPEC)) {
      const raw = stored.get(key);
      const parsed = raw === undefined ? undefined : spec.schema.safeParse(JSON.parse(raw));
      out[key] = parsed?.success ? parsed.data : spec.default;
    }
    return out as unknown as StationSettings;
  }

  update(stationId: string, patch: Partial<StationSettings>): StationSettings {
    const upsert = this.db.prepare(
      `INSERT INTO station_settings (station_id, key, value_json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(station_id, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    );
    const now = this.clock.now().toISOString();
    this.db.transaction(() => {
      for (const key of Object.keys(patch) as Key[]) {
        const value = patch[key];
        if (value !== undefined) upsert.run(stationId, key, JSON.stringify(SPEC[key].schema.parse(value)), now);
      }
    })();
    this.cache.delete(stationId);
    return this.get(stationId);
  }
}
