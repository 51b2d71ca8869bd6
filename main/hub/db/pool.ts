import pg from 'pg';

export type HubPool = pg.Pool;
export type HubClient = pg.PoolClient;

/**
 * The hub's store: a pg Pool. Bigint columns (revisions, counts) come back as numbers: a station's
 * revisions stay far below 2^53.
 */
export function openHubPool(url: string, max = 10): HubPool {
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle client's error (PostgreSQL restarted) must not crash the hub: the next query reconnects.
  pool.on('error', () => undefined);
  // A client in use when PostgreSQL goes away reports it to the query that was running; the event
  // itself must not end the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Runs `fn` in one transaction on one client: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: HubPool, fn: (c: HubClient) => Promise<T>, isolation = 'READ COMMITTED'): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}
