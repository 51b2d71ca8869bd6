import type { Database } from 'better-sqlite3';
import type { Station } from '../../../shared/contract/types';
import type { FiveHavesItem, StationProfile } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { type AdminLevel, type StationState } from '../../../shared/domain/vocab';
import { fiveHavesOf } from '../../report-core/five-haves';
import { newId } from '../../lib/ids';
import type { Clock } from '../../lib/clock';
import { seedCatalogue } from '../catalogue';

interface StationRow {
  id: string;
  name: string;
  enterprise: string;
  address: string;
  contact_name: string;
  contact_unit_title: string;
  contact_mobile: string;
  fixed_phone: string;
  state: StationState;
  city: string;
  admin_level: AdminLevel | null;
  district: string;
  township: string;
  area_m2: number | null;
  equipment_json: string;
  equipment_note: string;
  content_json: string;
  funding_json: string;
  funding_note: string;
  trainer_team_note: string;
  opened_on: string | null;
  created_at: string;
  updated_at: string;
}

export type ProfileFields = Omit<StationProfile, 'id' | 'createdAt' | 'updatedAt'>;

const toStation = (r: StationRow): Station => ({ id: r.id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at });

const toProfile = (r: StationRow): StationProfile => ({
  id: r.id,
  name: r.name,
  enterprise: r.enterprise,
  address: r.address,
  contactName: r.contact_name,
  contactUnitTitle: r.contact_unit_title,
  contactMobile: r.contact_mobile,
  fixedPhone: r.fixed_phone,
  state: r.state,
  city: r.city,
  adminLevel: r.admin_level,
  district: r.district,
  township: r.township,
  areaM2: r.area_m2,
  equipment: JSON.parse(r.equipment_json) as string[],
  equipmentNote: r.equipment_note,
  content: JSON.parse(r.content_json) as string[],
  funding: JSON.parse(r.funding_json) as string[],
  fundingNote: r.funding_note,
  trainerTeamNote: r.trainer_team_note,
  openedOn: r.opened_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Profile field → column, for partial updates. */
const COLUMNS: Record<keyof ProfileFields, { col: string; json?: boolean }> = {
  name: { col: 'name' },
  enterprise: { col: 'enterprise' },
  address: { col: 'address' },
  contactName: { col: 'contact_name' },
  contactUnitTitle: { col: 'contact_unit_title' },
  contactMobile: { col: 'contact_mobile' },
  fixedPhone: { col: 'fixed_phone' },
  state: { col: 'state' },
  city: { col: 'city' },
  adminLevel: { col: 'admin_level' },
  district: { col: 'district' },
  township: { col: 'township' },
  areaM2: { col: 'area_m2' },
  equipment: { col: 'equipment_json', json: true },
  equipmentNote: { col: 'equipment_note' },
  content: { col: 'content_json', json: true },
  funding: { col: 'funding_json', json: true },
  fundingNote: { col: 'funding_note' },
  trainerTeamNote: { col: 'trainer_team_note' },
  openedOn: { col: 'opened_on' },
};

export class StationService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(): Station[] {
    const rows = this.db.prepare('SELECT * FROM stations WHERE archived_at IS NULL ORDER BY created_at, id').all() as StationRow[];
    return rows.map(toStation);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM stations').get() as { n: number }).n;
  }

  first(): Station | null {
    const row = this.db.prepare('SELECT * FROM stations ORDER BY created_at, id LIMIT 1').get() as StationRow | undefined;
    return row ? toStation(row) : null;
  }

  private row(id: string): StationRow {
    const row = this.db.prepare('SELECT * FROM stations WHERE id = ?').get(id) as StationRow | undefined;
    if (!row) throw new AppError('not_found', 'No such station', { entity: 'station' });
    return row;
  }

  get(id: string): Station {
    return toStation(this.row(id));
  }

  profile(id: string): StationProfile {
    return toProfile(this.row(id));
  }

  /** A new station, with its own copy of the trade catalogue. */
  create(name: string, fields: Partial<ProfileFields> = {}): StationProfile {
    const now = this.clock.now().toISOString();
    const id = newId(this.clock.now().getTime());
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO stations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, now, now);
      seedCatalogue(this.db, id, now);
      if (Object.keys(fields).length) this.update(id, fields);
    })();
    return this.profile(id);
  }

  update(id: string, fields: Partial<ProfileFields>): StationProfile {
    this.row(id);
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(fields) as [keyof ProfileFields, unknown][]) {
      if (value === undefined) continue;
      const spec = COLUMNS[key];
      sets.push(`${spec.col} = ?`);
      values.push(spec.json ? JSON.stringify(value) : value);
    }
    if (sets.length) {
      this.db
        .prepare(`UPDATE stations SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`)
        .run(...values, this.clock.now().toISOString(), id);
    }
    return this.profile(id);
  }

  rename(id: string, name: string): Station {
    this.update(id, { name });
    return this.get(id);
  }

  /** Seed 004's "five haves", each with the reasons it is or is not met. */
  fiveHaves(id: string): FiveHavesItem[] {
    const p = this.profile(id);
    const trainers = (
      this.db.prepare('SELECT count(*) AS n FROM trainers WHERE station_id = ? AND active = 1').get(id) as { n: number }
    ).n;
    return fiveHavesOf({ areaM2: p.areaM2, address: p.address, equipment: p.equipment, content: p.content, funding: p.funding, activeTrainers: trainers });
  }
}
