import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/lib/paths';
import { DatabaseTooNewError, DataFolderError, NotAStationDatabaseError } from '../../main/db/errors';
import { migrate, schemaVersion } from '../../main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../main/db/migrations/index';
import { APPLICATION_ID, closeDatabase, openDatabase } from '../../main/db/open';
import { tempDir } from '../support/temp';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('migrations', () => {
  it('each that adds an index has its own test file, which checks the query the index serves', () => {
    const dir = join(__dirname, '../../main/db/migrations');
    const indexing = readdirSync(dir).filter((f) => /^\d{3}_.*\.ts$/.test(f) && /CREATE (UNIQUE )?INDEX/.test(readFileSync(join(dir, f), 'utf8')));
    const tested = readdirSync(join(__dirname, 'migrations')).filter((f) => f.endsWith('.test.ts'));
    expect(indexing.length).toBeGreaterThan(5);
    expect(indexing.filter((f) => !tested.includes(f.replace(/\.ts$/, '.test.ts')))).toEqual([]);
  });

  it('are numbered 1..n without gaps and match their file names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = readdirSync(join(__dirname, '../../main/db/migrations')).filter((f) => /^\d{3}_.*\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
    for (const m of MIGRATIONS) expect(files).toContain(`${String(m.version).padStart(3, '0')}_${m.name}.ts`);
  });

  it('bring a fresh database to the latest version with the pragmas the station relies on', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeDatabase(db);
  });

  describe.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s)', (version) => {
    it('applies on a fresh database', () => {
      const db = new Database(join(tempDir(), 'm.sqlite'));
      db.pragma('foreign_keys = ON');
      expect(migrate(db, MIGRATIONS, version)).toBe(version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });

    it('applies on data written by the previous version', () => {
      const db = new Database(join(tempDir(), 'm.sqlite'));
      db.pragma('foreign_keys = ON');
      migrate(db, MIGRATIONS, version - 1);
      seedAt(db, version - 1);
      const before = tables(db).length;
      migrate(db, MIGRATIONS, version);
      expect(schemaVersion(db)).toBe(version);
      expect(tables(db).length).toBeGreaterThanOrEqual(before);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      if (version - 1 >= 1) expect(db.prepare('SELECT name FROM stations').pluck().all()).toEqual(['旧站点']);
      db.close();
    });
  });

  it('016 numbers workers and their attendances, and the reports read both from indexes alone', () => {
    const db = new Database(join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 15);
    seedAt(db, 15);
    migrate(db, MIGRATIONS, 16);
    const S = '01JAAAAAAAAAAAAAAAAAAAAAAA';
    const seqOf = (id: string) => db.prepare('SELECT seq FROM workers WHERE id = ?').pluck().get(id) as number | null;
    const workerSeqs = (session: string) => db.prepare("SELECT worker_seq FROM attendance WHERE session_id = ? AND status = 'present' ORDER BY worker_seq").pluck().all(session);
    // The data written before has its numbers.
    expect(seqOf('01JWWWWWWWWWWWWWWWWWWWWWWW')).toBe(1);
    expect(workerSeqs('01JSSSSSSSSSSSSSSSSSSSSSSS')).toEqual([1]);
    // A worker and an attendance inserted without numbers (another tool) get them from the triggers.
    const now = '2025-02-01T00:00:00.000Z';
    db.prepare(
      "INSERT INTO workers (id, station_id, name, id_number, id_rev, badge_code, created_at, updated_at) VALUES ('01JXXXXXXXXXXXXXXXXXXXXXXX', ?, '李四', '110105194912310029', '920013219491501011', 'B000002', ?, ?)",
    ).run(S, now, now);
    expect(seqOf('01JXXXXXXXXXXXXXXXXXXXXXXX')).toBe(2);
    db.prepare(
      "INSERT INTO attendance (id, station_id, session_id, worker_id, status, signed_in_at, late, in_method, credited_hours, created_at, updated_at) VALUES ('01JMMMMMMMMMMMMMMMMMMMMMMM', ?, '01JSSSSSSSSSSSSSSSSSSSSSSS', '01JXXXXXXXXXXXXXXXXXXXXXXX', 'present', ?, 0, 'badge', 1, ?, ?)",
    ).run(S, now, now, now);
    expect(workerSeqs('01JSSSSSSSSSSSSSSSSSSSSSSS')).toEqual([1, 2]);
    // Moving an attendance to another worker moves its number too.
    db.prepare(
      "INSERT INTO workers (id, station_id, name, id_number, id_rev, badge_code, created_at, updated_at) VALUES ('01JYYYYYYYYYYYYYYYYYYYYYYY', ?, '王五', '110105194912310037', '730013219491501011', 'B000003', ?, ?)",
    ).run(S, now, now);
    db.prepare("UPDATE attendance SET worker_id = '01JYYYYYYYYYYYYYYYYYYYYYYY' WHERE id = '01JMMMMMMMMMMMMMMMMMMMMMMM'").run();
    expect(workerSeqs('01JSSSSSSSSSSSSSSSSSSSSSSS')).toEqual([1, 3]);

    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT count(*), group_concat(worker_seq), group_concat(credited_hours) FROM attendance WHERE session_id = ? AND status = 'present'", 'x')).toContain(
      'COVERING INDEX attendance_report',
    );
    const roster = plan('SELECT trade_id, team, home_township, group_concat(seq) FROM workers WHERE station_id = ? GROUP BY trade_id, team, home_township', S);
    expect(roster).toContain('COVERING INDEX workers_report');
    expect(roster).not.toContain('TEMP B-TREE');
    expect(plan('SELECT w.seq FROM workers w WHERE w.station_id = ? AND w.merged_into IS NOT NULL', S)).toContain('workers_merged');
    db.close();
  });

  it('roll back a failing migration and leave the previous version intact', () => {
    const db = new Database(join(tempDir(), 'm.sqlite'));
    migrate(db, MIGRATIONS, 1);
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT nope FROM nowhere;') }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('x');
    db.close();
  });
});

/** Rows a station would have at a given schema version, so each later migration meets real data. */
function seedAt(db: Database.Database, version: number) {
  const now = '2025-01-01T00:00:00.000Z';
  if (version >= 1) db.prepare('INSERT INTO stations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('01JAAAAAAAAAAAAAAAAAAAAAAA', '旧站点', now, now);
  if (version >= 2) db.prepare("INSERT INTO app_settings VALUES ('uiLanguage', '\"ug\"', ?)").run(now);
  const S = '01JAAAAAAAAAAAAAAAAAAAAAAA';
  if (version >= 5) db.prepare("INSERT INTO trades (id, station_id, serial, category, name, subsidy_yuan, created_at, updated_at) VALUES ('01JTTTTTTTTTTTTTTTTTTTTTTT', ?, 4, '建筑', '钢筋工', 500, ?, ?)").run(S, now, now);
  if (version >= 6)
    db.prepare(
      "INSERT INTO workers (id, station_id, name, id_number, id_rev, trade_id, badge_code, created_at, updated_at) VALUES ('01JWWWWWWWWWWWWWWWWWWWWWWW', ?, '张三', '11010519491231002X', 'X2001321949150101', '01JTTTTTTTTTTTTTTTTTTTTTTT', 'B000001', ?, ?)",
    ).run(S, now, now);
  if (version >= 7) db.prepare("INSERT INTO trainers (id, station_id, name, kind, created_at, updated_at) VALUES ('01JRRRRRRRRRRRRRRRRRRRRRRR', ?, '李师傅', 'model_craftsman', ?, ?)").run(S, now, now);
  if (version >= 8)
    db.prepare(
      "INSERT INTO training_sessions (id, station_id, title, category, starts_at, ends_at, minutes_per_hour, created_at, updated_at) VALUES ('01JSSSSSSSSSSSSSSSSSSSSSSS', ?, '班前安全教育', 'safety', '2025-01-02T07:30', '2025-01-02T08:15', 45, ?, ?)",
    ).run(S, now, now);
  if (version >= 11)
    db.prepare(
      "INSERT INTO attendance (id, station_id, session_id, worker_id, status, signed_in_at, late, in_method, credited_hours, created_at, updated_at) VALUES ('01JNNNNNNNNNNNNNNNNNNNNNNN', ?, '01JSSSSSSSSSSSSSSSSSSSSSSS', '01JWWWWWWWWWWWWWWWWWWWWWWW', 'present', '2025-01-01T23:29:00.000Z', 0, 'badge', 1, ?, ?)",
    ).run(S, now, now);
  if (version >= 3)
    db.prepare(
      "INSERT INTO accounts (id, station_id, username, display_name, role, password_hash, created_at, updated_at) VALUES ('01JBBBBBBBBBBBBBBBBBBBBBBB', '01JAAAAAAAAAAAAAAAAAAAAAAA', 'admin', 'a', 'admin', 'x', ?, ?)",
    ).run(now, now);
}

describe('opening a data folder', () => {
  it('refuses a database from a newer version, naming both versions, and writes nothing', () => {
    const dir = tempDir();
    closeDatabase(openDatabase(dir));
    const file = join(dir, DATABASE_FILE);
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = sha(file);
    let error: unknown;
    try {
      openDatabase(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toContain(`schema ${LATEST_VERSION + 5}`);
    expect((error as Error).message).toContain(`up to ${LATEST_VERSION}`);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir)).not.toContain(`${DATABASE_FILE}-wal`);
  });

  it('refuses a file that is not a station database and leaves it alone', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, 'this is a spreadsheet, not a database');
    const before = sha(file);
    expect(() => openDatabase(dir)).toThrow(NotAStationDatabaseError);
    expect(sha(file)).toBe(before);

    const other = tempDir();
    const foreign = new Database(join(other, DATABASE_FILE));
    foreign.exec('CREATE TABLE notes (t TEXT)');
    foreign.close();
    expect(() => openDatabase(other)).toThrow(NotAStationDatabaseError);
  });

  it('explains a data folder that cannot be used', () => {
    const dir = tempDir();
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expect(() => openDatabase(join(blocker, 'data'))).toThrow(DataFolderError);
    expect(() => openDatabase(join(blocker, 'data'))).toThrow(/Cannot use the data folder/);
  });

  it('checkpoints the WAL on close so the main file is complete', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare('INSERT INTO stations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('01JCCCCCCCCCCCCCCCCCCCCCCC', 's', 'x', 'x');
    closeDatabase(db);
    const copy = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM stations').pluck().get()).toBe(1);
    copy.close();
  });
});
