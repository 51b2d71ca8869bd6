import { afterEach } from 'vitest';
import type { Core } from '../../main/app/core';
import { openHubCore, type HubCore } from '../../main/hub/core';
import { startHubHost, type HubHost } from '../../main/hub/http/server';
import { createEnrolmentCode } from '../../main/hub/services/enrolment';
import { IdVault } from '../../main/hub/services/id-vault';
import { HubSyncService } from '../../main/services/hub-sync/index';
import type { Caller } from '../../shared/contract/access';
import { useHubPg } from './hub-pg';

/** A hub on a fresh PostgreSQL database with its HTTP host on a free port; closed after each test. */
export function useHub() {
  const pg = useHubPg();
  const open: { core: HubCore; host: HubHost }[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) {
      await h.host.close();
      await h.core.close().catch(() => undefined);
    }
  });
  return {
    pg,
    async hub(url = pg.database()): Promise<{ core: HubCore; host: HubHost; pgUrl: string }> {
      const core = await openHubCore({ pgUrl: url, vault: IdVault.ephemeral(), poolSize: 10 });
      const host = await startHubHost(core, { port: 0 });
      open.push({ core, host });
      return { core, host, pgUrl: url };
    },
  };
}

/** Enrols a station's core at the hub with a fresh code; returns its sync service. */
export async function enrol(station: Core, admin: Caller, hub: { core: HubCore; host: HubHost }): Promise<HubSyncService> {
  const { code } = await createEnrolmentCode(hub.core.pool, 'test-admin', station.stations.first()!.name);
  const sync = new HubSyncService(station.db, station.clock);
  await sync.enrol(admin, { hubUrl: hub.host.url, code });
  return sync;
}
