import { HUB_MIGRATIONS } from './migrations/index';
import type { HubMigration } from './migration';
import { inTransaction, type HubPool } from './pool';

export class HubDatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The hub database is at schema version ${found}, newer than this program knows (${known}). Use a newer version of the program; nothing was changed.`);
  }
}

/** A lock key of the hub's own: two hubs starting at once on one database migrate one after the other. */
const MIGRATION_LOCK = 0x5354_4855;

export async function hubSchemaVersion(pool: HubPool): Promise<number> {
  const r = await pool.query(`SELECT to_regclass('hub_schema_version') IS NOT NULL AS present`);
  if (!r.rows[0].present) return 0;
  const v = await pool.query('SELECT version FROM hub_schema_version');
  return (v.rows[0]?.version as number | undefined) ?? 0;
}

/**
 * Brings the hub's schema to the latest version, one migration per transaction (PostgreSQL's DDL is
 * transactional, so a failure leaves the last good version). A database newer than the code is refused.
 */
export async function migrateHub(pool: HubPool, migrations: readonly HubMigration[] = HUB_MIGRATIONS, target?: number): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  const goal = target ?? latest;
  for (const m of migrations) {
    if (m.version > goal) break;
    const applied = await inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS hub_schema_version (version integer NOT NULL, one boolean PRIMARY KEY DEFAULT true CHECK (one))');
      const r = await c.query('SELECT version FROM hub_schema_version');
      const current = (r.rows[0]?.version as number | undefined) ?? 0;
      if (current > latest) throw new HubDatabaseTooNewError(current, latest);
      if (m.version <= current) return false;
      await m.up(c);
      await c.query('INSERT INTO hub_schema_version (version) VALUES ($1) ON CONFLICT (one) DO UPDATE SET version = excluded.version', [m.version]);
      return true;
    });
    void applied;
  }
  const v = await hubSchemaVersion(pool);
  if (v > latest) throw new HubDatabaseTooNewError(v, latest);
  return v;
}
