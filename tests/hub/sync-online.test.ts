import { describe, expect, it } from 'vitest';
import { call, reportStation } from '../services/report-fixtures';
import { enrol, useHub } from '../support/hub';

const h = useHub();

const count = async (pool: import('pg').Pool, sql: string, params: unknown[] = []) => Number((await pool.query(sql, params)).rows[0].n);

describe('online sync', () => {
  it('pushes a station in order, idempotently, and the hub holds what the station holds', async () => {
    const hub = await h.hub();
    const s = await reportStation();
    await s.held({ startsAt: '2026-03-03T09:00', endsAt: '2026-03-03T11:00' }, s.people);
    const sync = await enrol(s.core, s.admin, hub);
    expect(sync.status().waiting.revisions).toBeGreaterThan(0);

    const first = await sync.pushNow();
    expect(first.batches).toBe(1);
    expect(sync.status()).toMatchObject({ enrolled: true, lastError: null, waiting: { revisions: 0, events: 0 } });
    const pool = hub.core.pool;
    expect(await count(pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(4);
    expect(await count(pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'workers'")).toBe(4);
    expect(await count(pool, 'SELECT count(*) AS n FROM hub_events')).toBe(s.core.db.prepare('SELECT count(*) FROM attendance_events').pluck().get());
    // Nothing new: nothing sent.
    expect((await sync.pushNow()).batches).toBe(0);

    // An edit at the station goes as a newer revision and replaces the hub's copy.
    s.core.db.prepare("UPDATE workers SET team = '新班组' WHERE id = ?").run(s.people[0]!.id);
    const again = await sync.pushNow();
    expect(again.rows).toBe(1);
    const team = (await pool.query("SELECT data->>'team' AS t FROM hub_rows WHERE tbl = 'workers' AND id = $1", [s.people[0]!.id])).rows[0].t;
    expect(team).toBe('新班组');
    const node = (await pool.query('SELECT chain_verified_at FROM hub_nodes')).rows[0];
    expect(node.chain_verified_at).toMatch(/^2026-03-03/);
  });

  it('no full ID number leaves the station unless its admin turns sharing on; then it is sealed at rest', async () => {
    const hub = await h.hub();
    const s = await reportStation();
    const sync = await enrol(s.core, s.admin, hub);
    await sync.pushNow();
    const idNumber = s.people[0]!.idNumber;
    const dump = JSON.stringify((await hub.core.pool.query('SELECT data FROM hub_rows')).rows);
    expect(dump).not.toContain(idNumber);
    expect(dump).not.toContain(idNumber.slice(6, 14));
    const w = (await hub.core.pool.query("SELECT data FROM hub_rows WHERE tbl = 'workers' AND id = $1", [s.people[0]!.id])).rows[0].data;
    expect(w.id_masked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    expect(w.person_key).toMatch(/^[0-9a-f]{64}$/);
    expect(await count(hub.core.pool, 'SELECT count(*) AS n FROM hub_people WHERE id_number_enc IS NOT NULL')).toBe(0);

    sync.setShareIds(s.admin, true);
    expect(s.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'hub_share_ids' AND account_id IS NOT NULL").pluck().get()).toBe(1);
    await sync.pushNow();
    const sealed = (await hub.core.pool.query('SELECT id_number_enc FROM hub_people WHERE person_key = $1', [w.person_key])).rows[0].id_number_enc as string;
    expect(sealed).not.toContain(idNumber);
    expect(hub.core.vault.open(sealed)).toBe(idNumber);
  });

  it('the same person at two stations is one person at the hub (keyed hash), even pushed at the same moment', async () => {
    const hub = await h.hub();
    const a = await reportStation();
    const b = await reportStation();
    // addWorkers gives both stations the same four ID numbers: the same people at two projects.
    await a.held({ startsAt: '2026-03-03T09:00', endsAt: '2026-03-03T11:00' }, a.people);
    await b.held({ startsAt: '2026-03-04T09:00', endsAt: '2026-03-04T11:00' }, b.people);
    const [sa, sb] = [await enrol(a.core, a.admin, hub), await enrol(b.core, b.admin, hub)];
    await Promise.all([sa.pushNow(), sb.pushNow()]);
    expect(await count(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'workers'")).toBe(8);
    expect(await count(hub.core.pool, "SELECT count(DISTINCT data->>'person_key') AS n FROM hub_rows WHERE tbl = 'workers'")).toBe(4);
    expect(await count(hub.core.pool, "SELECT count(*) AS n FROM hub_rows WHERE tbl = 'attendance'")).toBe(8);
  });

  it('a station enrolled twice: the second enrolment under another key is refused; moving is explicit', async () => {
    const hub = await h.hub();
    const s = await reportStation();
    await enrol(s.core, s.admin, hub);
    // The station asks again without --move: refused at the station, naming its hub.
    await expect(enrol(s.core, s.admin, hub)).rejects.toThrow(/already enrolled at .*--move/);
    // With --move (a new key), the hub refuses: the station is enrolled there under its first key.
    const { createEnrolmentCode } = await import('../../main/hub/services/enrolment');
    const { code } = await createEnrolmentCode(hub.core.pool, 'admin', 'again');
    const { HubSyncService } = await import('../../main/services/hub-sync/index');
    await expect(new HubSyncService(s.core.db, s.core.clock).enrol(s.admin, { hubUrl: hub.host.url, code, move: true })).rejects.toThrow(/already enrolled at this hub under another key.*retire/);
    // After the hub admin retires the old enrolment, the move goes through and is recorded on both sides.
    const { retireStation } = await import('../../main/hub/services/enrolment');
    await retireStation(hub.core.pool, 'admin', s.stationId);
    const moved = await new HubSyncService(s.core.db, s.core.clock).enrol(s.admin, { hubUrl: hub.host.url, code, move: true });
    expect(moved.moved).toBe(true);
    expect(s.core.db.prepare('SELECT action FROM hub_link_history ORDER BY rowid').pluck().all()).toEqual(['enrol', 'move']);
    expect(s.core.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('hub_enrol', 'hub_move')").pluck().get()).toBe(2);
    expect((await hub.core.pool.query("SELECT action FROM hub_audit WHERE node_id = $1 ORDER BY id", [s.stationId])).rows.map((r) => r.action)).toEqual([
      'station_enrolled',
      'station_retired',
      'station_reenrolled',
    ]);
    void call;
  });
});
