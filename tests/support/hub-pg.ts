import { afterAll, afterEach, beforeAll } from 'vitest';
import { openHubPool, type HubPool } from '../../main/hub/db/pool';
import { startPgCluster, type PgCluster } from './pg-cluster';

/**
 * One throwaway PostgreSQL cluster per test file, a fresh database per test. Without PostgreSQL the
 * file fails in beforeAll with what to install: the hub's tests never skip.
 */
export function useHubPg() {
  let cluster: PgCluster | undefined;
  const pools: HubPool[] = [];
  let n = 0;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterEach(async () => {
    for (const p of pools.splice(0)) await p.end().catch(() => undefined);
  });
  afterAll(() => cluster?.stop());
  return {
    get cluster(): PgCluster {
      if (!cluster) throw new Error('The PostgreSQL cluster did not start (see the error above)');
      return cluster;
    },
    /** A new empty database and its URL. */
    database(): string {
      const c = this.cluster;
      const name = `hub_t${process.pid}_${++n}`;
      c.createDatabase(name);
      return c.url(name);
    },
    pool(url: string, max?: number): HubPool {
      const p = openHubPool(url, max);
      pools.push(p);
      return p;
    },
  };
}
