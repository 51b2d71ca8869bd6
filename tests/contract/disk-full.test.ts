// A full disk is answered as such, naming the data folder and the free space, and the
// log line that records it is not lost. The database is held at its size with max_page_count, so
// SQLite itself answers SQLITE_FULL on the next write, as on a full disk.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { HTTP } from '../../shared/contract/bridge';
import { setUp } from '../support/callers';
import { startHost } from '../support/http';
import { testCore } from '../support/temp';

describe('a full disk', () => {
  it('is answered disk_full with the folder and free space, not internal, and the station stays up', async () => {
    const { core, dataDir } = testCore();
    const { admin, token } = await setUp(core);
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const fields = { title: '安全教育'.repeat(200), category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:00', description: '很长的说明'.repeat(380) };
    let r = await dispatch(core, admin, 'sessions.create', { stationId: core.stations.first()!.id, fields: { ...fields, title: '安全教育' } });
    for (let i = 0; r.ok && i < 50; i++) r = await dispatch(core, admin, 'sessions.create', { stationId: core.stations.first()!.id, fields: { ...fields, title: `安全教育${i}` } });
    expect(r).toMatchObject({ ok: false, error: { code: 'disk_full', details: { dataDir } } });
    expect(r.ok ? '' : r.error.message).toContain(dataDir);
    // Reads still answer; over HTTP the code has its own status.
    expect((await dispatch(core, admin, 'station.list', {})).ok).toBe(true);
    const { rpc } = await startHost(core);
    const http = await rpc('sessions.create', { stationId: core.stations.first()!.id, fields: { ...fields, title: '再来一次' } }, { [HTTP.sessionHeader]: token });
    expect(http.status).toBe(507);
    expect(http.body.error.code).toBe('disk_full');
  });
});
