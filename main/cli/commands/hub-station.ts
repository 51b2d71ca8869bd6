import { writeFileSync } from 'node:fs';
import { openCore } from '../../app/core';
import { HubSyncService } from '../../services/hub-sync/index';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { CLI_ADMIN } from './import';

/** `station hub-enrol --hub URL --code C [--move]`: this station PC joins a hub (or, with --move, changes hub). */
export async function hubEnrolCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { hub: { type: 'string' }, code: { type: 'string' }, move: { type: 'boolean' } });
  if (!values.hub || !values.code) throw new UsageError('Usage: station hub-enrol --hub http://HUB:8790 --code XXXX-XXXX-XXXX [--move]');
  const core = openCore({ dataDir: dataDirFrom(values.data) });
  try {
    const r = await new HubSyncService(core.db, core.clock).enrol(CLI_ADMIN, { hubUrl: values.hub, code: values.code, move: values.move === true });
    ctx.out(`${r.moved ? 'Moved' : 'Enrolled'}: this station (${r.nodeId}) now syncs with ${r.hubUrl}. "station serve" and the desktop app push in the background; "station hub-sync" pushes now.`);
    return 0;
  } catch (e) {
    ctx.err(`station hub-enrol: ${(e as Error).message}`);
    return 1;
  } finally {
    core.close();
  }
}

/** `station hub-sync`: push what waits now (for a scheduled job, or to see why a sync fails). */
export async function hubSyncCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parse(argv, { 'share-ids': { type: 'string' } });
  const core = openCore({ dataDir: dataDirFrom(values.data) });
  try {
    const sync = new HubSyncService(core.db, core.clock);
    if (values['share-ids'] !== undefined) {
      if (!['on', 'off'].includes(values['share-ids'])) throw new UsageError('--share-ids on|off');
      sync.setShareIds(CLI_ADMIN, values['share-ids'] === 'on');
      ctx.out(`Full ID numbers to the hub: ${values['share-ids']} (recorded in the audit log).`);
    }
    const r = await sync.pushNow();
    const st = sync.status();
    ctx.out(r.batches ? `Synced: ${r.rows} records and ${r.events} attendance events in ${r.batches} batch(es).` : 'Nothing waited: the hub is up to date.');
    if (st.lastSyncAt) ctx.out(`Last successful sync: ${st.lastSyncAt}.`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    ctx.err(`station hub-sync: ${(e as Error).message}`);
    return 1;
  } finally {
    core.close();
  }
}

/** `station export hub-bundle --out F`: the same signed changes as a push, in a file for a USB stick. */
export function exportHubBundle(dataDir: string, out: string, ctx: CliContext): number {
  const core = openCore({ dataDir, guest: true });
  try {
    const b = new HubSyncService(core.db, core.clock).exportBundle();
    writeFileSync(out, b.bytes);
    ctx.out(`Hub bundle written to ${out}: ${b.rows} records and ${b.events} attendance events, signed by this station. Import it at the hub with "station hub import-bundle ${out}" or the hub's upload.`);
    return 0;
  } catch (e) {
    ctx.err(`station export hub-bundle: ${(e as Error).message}`);
    return 1;
  } finally {
    core.close();
  }
}
