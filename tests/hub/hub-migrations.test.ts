import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HubDatabaseTooNewError, hubSchemaVersion, migrateHub } from '../../main/hub/db/migrate';
import { HUB_LATEST_VERSION, HUB_MIGRATIONS } from '../../main/hub/db/migrations/index';
import { useHubPg } from '../support/hub-pg';

const pg = useHubPg();

describe('hub migrations', () => {
  it('are numbered 1..n and match their file names', () => {
    expect(HUB_MIGRATIONS.map((m) => m.version)).toEqual(HUB_MIGRATIONS.map((_, i) => i + 1));
    const files = readdirSync(join(__dirname, '../../main/hub/db/migrations')).filter((f) => /^\d{3}_.*\.ts$/.test(f));
    expect(files).toEqual(HUB_MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')}_${m.name}.ts`));
  });

  it('bring an empty database to the latest version, record it, and are a no-op the second time', async () => {
    const pool = pg.pool(pg.database());
    expect(await hubSchemaVersion(pool)).toBe(0);
    expect(await migrateHub(pool)).toBe(HUB_LATEST_VERSION);
    expect(await migrateHub(pool)).toBe(HUB_LATEST_VERSION);
    const t = await pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'hub_%'");
    expect(t.rows[0].n).toBeGreaterThan(10);
  });

  it('two hubs starting at once on one database migrate it once', async () => {
    const url = pg.database();
    const [a, b] = [pg.pool(url), pg.pool(url)];
    expect(await Promise.all([migrateHub(a), migrateHub(b)])).toEqual([HUB_LATEST_VERSION, HUB_LATEST_VERSION]);
  });

  it('refuse a database newer than the code, changing nothing', async () => {
    const pool = pg.pool(pg.database());
    await migrateHub(pool);
    await pool.query('UPDATE hub_schema_version SET version = 999');
    await expect(migrateHub(pool)).rejects.toBeInstanceOf(HubDatabaseTooNewError);
    expect(await hubSchemaVersion(pool)).toBe(999);
  });

  it('a failing migration leaves the last good version', async () => {
    const pool = pg.pool(pg.database());
    const bad = { version: HUB_LATEST_VERSION + 1, name: 'bad', up: async (c: import('pg').PoolClient) => void (await c.query('CREATE TABLE half_made (x int); SELECT 1/0')) };
    await expect(migrateHub(pool, [...HUB_MIGRATIONS, bad])).rejects.toThrow(/division by zero/);
    expect(await hubSchemaVersion(pool)).toBe(HUB_LATEST_VERSION);
    expect((await pool.query("SELECT to_regclass('half_made') AS t")).rows[0].t).toBeNull();
  });
});
