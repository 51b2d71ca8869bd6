import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations/index';
import { SYNCED_TABLES } from '../../main/db/sync-tables';
import { ensureSyncTracking } from '../../main/db/sync-tracking';
import { addWorkers } from '../support/roster';
import { tempDir, testCore } from '../support/temp';
import { setUp } from '../support/callers';

const clock = (db: Database.Database) => db.prepare('SELECT rev FROM sync_clock').pluck().get() as number;
const revOf = (db: Database.Database, table: string, id: string) => db.prepare(`SELECT sync_rev FROM ${table} WHERE id = ?`).pluck().get(id) as number;

describe('station revisions (migration 024)', () => {
  it('every synced table carries a revision set in the write\'s own transaction; a rolled-back write leaves none', async () => {
    const { core } = testCore();
    await setUp(core);
    const db = core.db;
    for (const t of SYNCED_TABLES) expect(db.prepare(`SELECT count(*) FROM pragma_table_xinfo('${t.table}') WHERE name = 'sync_rev'`).pluck().get()).toBe(1);
    const stationId = core.stations.first()!.id;
    const [w] = addWorkers(core, stationId, [{ name: '张三' }]);
    const r1 = revOf(db, 'workers', w!.id);
    expect(r1).toBe(clock(db));
    db.prepare("UPDATE workers SET team = 'B' WHERE id = ?").run(w!.id);
    const r2 = revOf(db, 'workers', w!.id);
    expect(r2).toBeGreaterThan(r1);
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE workers SET team = 'C' WHERE id = ?").run(w!.id);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(revOf(db, 'workers', w!.id)).toBe(r2);
    expect(clock(db)).toBe(r2);
  });

  it('a deleted record leaves a tombstone at its revision; written again it is live again', async () => {
    const { core } = testCore();
    await setUp(core);
    const db = core.db;
    const stationId = core.stations.first()!.id;
    db.prepare("INSERT INTO vocab (station_id, list, code, label, created_at) VALUES (?, 'content_category', 'x1', 'X', '2026-01-01')").run(stationId);
    db.prepare("DELETE FROM vocab WHERE code = 'x1'").run();
    const tomb = db.prepare("SELECT key, rev FROM sync_tombstones WHERE tbl = 'vocab'").get() as { key: string; rev: number };
    expect(tomb).toEqual({ key: `${stationId}/content_category/x1`, rev: clock(db) });
    db.prepare("INSERT INTO vocab (station_id, list, code, label, created_at) VALUES (?, 'content_category', 'x1', 'X', '2026-01-01')").run(stationId);
    expect(db.prepare("SELECT count(*) FROM sync_tombstones WHERE tbl = 'vocab'").pluck().get()).toBe(0);
  });

  it('records written before 024 get distinct revisions in order, so a first push sends them all', () => {
    const db = new Database(join(tempDir(), 'm.sqlite'));
    migrate(db, MIGRATIONS, 20);
    db.prepare("INSERT INTO stations (id, name, created_at, updated_at) VALUES ('s1', 'A', '2026-01-01', '2026-01-01')").run();
    db.prepare("INSERT INTO trades (id, station_id, name, created_at, updated_at) VALUES ('t1', 's1', '钢筋工', 'x', 'x'), ('t2', 's1', '木工', 'x', 'x')").run();
    migrate(db);
    const revs = db.prepare('SELECT sync_rev FROM trades ORDER BY rowid').pluck().all() as number[];
    expect(new Set(revs).size).toBe(2);
    expect(Math.max(...revs, revOf(db, 'stations', 's1'))).toBeLessThanOrEqual(clock(db));
    db.close();
  });

  it('a table joins the sync with one line in the registry: tracked at the next start, its rows numbered', () => {
    const db = new Database(join(tempDir(), 'm.sqlite'));
    migrate(db);
    db.exec("CREATE TABLE drills (id TEXT PRIMARY KEY, station_id TEXT NOT NULL, score INTEGER) STRICT; INSERT INTO drills VALUES ('e1', 's1', 80)");
    ensureSyncTracking(db, [...SYNCED_TABLES, { table: 'drills', key: ['id'] }]);
    expect(revOf(db, 'drills', 'e1')).toBeGreaterThan(0);
    db.prepare("UPDATE drills SET score = 90 WHERE id = 'e1'").run();
    expect(revOf(db, 'drills', 'e1')).toBe(clock(db));
    db.close();
  });
});
