// One test file per migration that adds an index: the index appears with that migration, and the query
// it was made for uses it (EXPLAIN QUERY PLAN at that version, before any later migration).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { MIGRATIONS } from '../../../main/db/migrations/index';

/** A fresh in-memory database at `version` (migrations 1..version applied, as a station that stopped there). */
export function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, version);
  return db;
}

/** Each named index with its CREATE statement. */
export function indexSql(db: Database.Database): Map<string, string> {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  return new Map(rows.map((r) => [r.name, r.sql]));
}

/** The plan SQLite chose, one line per step, e.g. "SEARCH workers USING INDEX workers_name (station_id=? AND name=?)". */
export function planOf(db: Database.Database, sql: string): string {
  const params = [...sql.matchAll(/\?/g)].map(() => 'x');
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

export interface IndexUse {
  index: string;
  /** The query the index is for, as the service writes it (parameters as ?). */
  sql: string;
}

export function describeMigration(version: number, name: string, uses: IndexUse[]): void {
  describe(`migration ${String(version).padStart(3, '0')} ${name}`, () => {
    const migration = MIGRATIONS.find((m) => m.version === version);

    it('is the migration this file is named for', () => {
      expect(migration?.name).toBe(name);
    });

    it('adds (or rebuilds) its indexes', () => {
      const before = indexSql(databaseAt(version - 1));
      const after = indexSql(databaseAt(version));
      for (const { index } of uses) {
        expect(after.get(index), index).toBeDefined();
        expect(after.get(index), index).not.toBe(before.get(index));
      }
    });

    for (const { index, sql } of uses) {
      it(`${index} serves: ${sql}`, () => {
        expect(planOf(databaseAt(version), sql)).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
      });
    }
  });
}
