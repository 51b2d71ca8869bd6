import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Settings } from '../../../shared/contract/types';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../../shared/i18n/languages';
import type { Clock } from '../../lib/clock';

/** Each app-wide setting with its schema and default; stored values are re-validated on read. */
const APP_SETTINGS = {
  uiLanguage: { schema: z.enum(LANGUAGES), default: DEFAULT_LANGUAGE },
  /** The desktop app serves kiosk tablets on the site LAN only when switched on. */
  allowTablets: { schema: z.boolean(), default: false },
  /** Two weeks of daily backups; a station with little disk may keep fewer. */
  backupKeep: { schema: z.number().int().min(1).max(365), default: 14 },
  /**
   * Whether the LAN host answers trainers and admins on other PCs. Off: other devices on the LAN reach
   * only the kiosk and pairing channels (plain HTTP, no sign-in sent across the site network).
   */
  lanAdmin: { schema: z.boolean(), default: false },
  /** Minutes without input before the admin screens ask for the password again (the kiosk never locks). */
  idleLockMinutes: { schema: z.number().int().min(1).max(240), default: 10 },
} as const;

type Key = keyof typeof APP_SETTINGS;

export class SettingsService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value_json FROM app_settings').all() as {
      key: string;
      value_json: string;
    }[];
    const stored = new Map(rows.map((r) => [r.key, r.value_json]));
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(APP_SETTINGS)) {
      const raw = stored.get(key);
      const parsed = raw === undefined ? undefined : spec.schema.safeParse(JSON.parse(raw));
      // A value a newer or broken version left behind falls back to the default rather than failing.
      out[key] = parsed?.success ? parsed.data : spec.default;
    }
    return out as unknown as Settings;
  }

  /** Returns the keys that actually changed. */
  update(patch: Partial<Settings>): string[] {
    const now = this.clock.now().toISOString();
    const current = this.get();
    const upsert = this.db.prepare(
      `INSERT INTO app_settings (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    );
    const changed: string[] = [];
    this.db.transaction(() => {
      for (const key of Object.keys(patch) as Key[]) {
        const value = patch[key];
        if (value === undefined || value === current[key]) continue;
        upsert.run(key, JSON.stringify(APP_SETTINGS[key].schema.parse(value)), now);
        changed.push(key);
      }
    })();
    return changed;
  }
}
