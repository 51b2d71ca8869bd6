import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for the hub's tests: Debian's binaries, a temp folder, a free port,
 * its unix socket in the temp folder. Never the system's own cluster (a fresh CI machine has none).
 * As root it runs as the `postgres` user (initdb refuses root).
 */
export interface PgCluster {
  dir: string;
  port: number;
  /** A URL for database `name` (created by `createDatabase`). */
  url(name?: string): string;
  createDatabase(name: string): void;
  /** `pg_ctl restart`: the hub's fault tests restart PostgreSQL while stations push. */
  restart(): void;
  stop(): void;
}

export const PG_MISSING =
  'PostgreSQL is not installed: the hub tests need it. On Debian: apt-get install postgresql (.ci/run does this); ' +
  'or set PG_BIN to the folder holding initdb and pg_ctl.';

export function pgBinDir(): string {
  if (process.env.PG_BIN) {
    if (existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
    throw new Error(`${PG_MISSING} (PG_BIN=${process.env.PG_BIN} holds no initdb)`);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error(PG_MISSING);
  return join(root, versions[0]!, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: string[]): void {
  const [cmd, full] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, full, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = pgBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  if (asRoot) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  // fsync off: a test cluster's speed matters, its durability does not (the hub's own is PostgreSQL's default).
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const ctl = (args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  ctl(['-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  const createDatabase = (name: string) => run(join(bin, 'psql'), ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-q', '-c', `CREATE DATABASE "${name}"`]);
  return {
    dir,
    port,
    url: (name = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${name}`,
    createDatabase,
    restart: () => ctl(['-o', opts, '-l', join(dir, 'log'), '-w', '-m', 'fast', 'restart']),
    stop: () => {
      try {
        ctl(['-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
