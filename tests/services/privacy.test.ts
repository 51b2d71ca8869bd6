// Privacy: anonymising a worker who left, and no ID or phone number in a log line, a URL or an
// error message through a realistic flow over the LAN host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import type { WorkerDetail } from '../../shared/contract/records';
import { HTTP } from '../../shared/contract/bridge';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { withCheckDigit } from '../support/roster';
import { testCore } from '../support/temp';

const IDS = ['11010119900307001', '44070319851231002', '65010219790615003', '44070319920229004'].map(withCheckDigit);
const PHONES = ['13800138000', '15912345678', '18698765432', '13312340000'];

describe('anonymising a worker who has left', () => {
  it('removes identity, keeps attendance counts, records an audit row without personal data', async () => {
    const { core } = testCore({ at: '2026-03-01T23:55:00.000Z' });
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const made = await dispatch(core, admin, 'workers.create', {
      stationId,
      fields: { name: '买买提·艾力', idNumber: IDS[0], mobile: PHONES[0], homeProvince: '新疆', homeCounty: '喀什' },
    });
    if (!made.ok) throw new Error(made.error.message);
    const w = made.value as WorkerDetail;
    await dispatch(core, admin, 'workers.setPhoto', { workerId: w.id, photo: { mime: 'image/png', base64: 'iVBORw0KGgo=' } });
    const created = await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
    });
    const sessionId = ((created as { value: { id: string }[] }).value)[0]!.id;
    expect(await dispatch(core, admin, 'kiosk.scan', { sessionId, code: IDS[0], method: 'id_card', idempotencyKey: 'anon-key-1' })).toMatchObject({ ok: true, value: { outcome: 'signed_in' } });

    // Still on site: refused.
    expect(await dispatch(core, admin, 'workers.anonymise', { workerId: w.id })).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'workers.not_left' } } });
    await dispatch(core, admin, 'workers.update', { workerId: w.id, fields: { status: 'left', exitDate: '2026-03-01' } });
    const trainer = { role: 'trainer' as const, accountId: 'someone', via: 'internal' as const };
    expect(await dispatch(core, trainer, 'workers.anonymise', { workerId: w.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const r = await dispatch(core, admin, 'workers.anonymise', { workerId: w.id });
    if (!r.ok) throw new Error(r.error.message);
    const a = r.value as WorkerDetail;
    expect(a.name).toBe(`已匿名${w.id.slice(-6)}`);
    expect(a).toMatchObject({ mobile: '', homeProvince: '', homeCounty: '', hasPhoto: false, birthDate: null, sex: null });
    const row = core.db.prepare('SELECT * FROM workers WHERE id = ?').get(w.id) as Record<string, unknown>;
    const rowText = JSON.stringify(row);
    for (const secret of [IDS[0]!, PHONES[0]!, '买买提', '喀什']) expect(rowText).not.toContain(secret);
    // Attendance stays, and the chain still verifies.
    expect(core.db.prepare('SELECT count(*) FROM attendance WHERE worker_id = ?').pluck().get(w.id)).toBe(1);
    expect(await dispatch(core, admin, 'attendance.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
    // The audit row says what happened, not who the person was.
    const audit = core.db.prepare("SELECT * FROM audit_log WHERE action = 'anonymise'").all() as Record<string, unknown>[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'worker', entity_id: w.id, account_id: admin.accountId });
    expect(JSON.stringify(audit[0])).not.toMatch(/买买提|13800138000|110101/);
    // The old card no longer finds anyone; anonymising twice is refused.
    expect(await dispatch(core, admin, 'kiosk.scan', { sessionId, code: IDS[0], method: 'id_card', idempotencyKey: 'anon-key-2' })).toMatchObject({ ok: true, value: { outcome: 'id_not_on_roster' } });
    expect(await dispatch(core, admin, 'workers.anonymise', { workerId: w.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('no ID or phone number in logs, URLs or error messages', () => {
  it('holds through a realistic flow over the LAN host', async () => {
    const { core, dataDir } = testCore({ at: '2026-03-01T23:55:00.000Z' });
    const { token } = await setUp(core);
    const { rpc, url } = await startHost(core, { withRenderer: false });
    const paths: string[] = [];
    const answers: string[] = [];
    const auth = { [HTTP.sessionHeader]: token };
    const call = async (name: string, input: unknown, headers: Record<string, string> = auth) => {
      paths.push(new URL(HTTP.rpcPrefix + name, url).href);
      const r = await rpc(name, input, headers);
      if (!r.body.ok) answers.push(JSON.stringify(r.body.error));
      return r.body;
    };
    const stationId = core.stations.first()!.id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call('workers.create', { stationId, fields: { name: ['张三', '李四', '王五'][i], idNumber: IDS[i], mobile: PHONES[i] } });
      ids.push(r.value.id);
    }
    // Mistakes people make: a duplicate ID, a wrong check digit, a bad phone, an unknown card.
    await call('workers.create', { stationId, fields: { name: '张三', idNumber: IDS[0], mobile: PHONES[3] } });
    await call('workers.create', { stationId, fields: { name: '赵六', idNumber: IDS[3]!.slice(0, 17) + (IDS[3]![17] === '1' ? '2' : '1'), mobile: PHONES[3] } });
    await call('workers.create', { stationId, fields: { name: '赵六', idNumber: IDS[3], mobile: PHONES[3] + '99' } });
    await call('workers.checkId', { idNumber: IDS[3]!.slice(0, 16) });
    await call('workers.search', { stationId, q: PHONES[1]!.slice(-4) });
    await call('workers.search', { stationId, q: IDS[2]!.slice(-6) });
    await call('workers.get', { workerId: ids[0], revealId: true });
    await call('exports.workers', { stationId, format: 'csv', fullIdNumbers: true });
    const csv = `姓名,身份证号码,手机号\n钱七,${IDS[3]},${PHONES[3]}\n孙八,${IDS[0]},${PHONES[0]}\n周九,12345,${PHONES[2]}x\n`;
    const preview = await call('imports.workersPreview', { stationId, fileName: 'roster.csv', base64: Buffer.from(csv).toString('base64') });
    if (preview.ok) await call('imports.workersCommit', { previewId: preview.value.previewId });
    const session = await call('sessions.create', { stationId, fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' } });
    const sessionId = session.value[0].id;
    await call('kiosk.scan', { sessionId, code: IDS[1], method: 'id_card', idempotencyKey: 'priv-key-1' });
    await call('kiosk.scan', { sessionId, code: '440703199001010000', method: 'id_card', idempotencyKey: 'priv-key-2' });
    await call('kiosk.scan', { sessionId, code: PHONES[2], method: 'badge', idempotencyKey: 'priv-key-3' });
    await call('kiosk.scan', { sessionId, code: IDS[2]!.slice(-4), method: 'id_digits', idempotencyKey: 'priv-key-4' });
    await call('kiosk.scan', { sessionId, code: IDS[2], method: 'id_card', idempotencyKey: `bad key ${IDS[2]}` });
    await call('workers.update', { workerId: ids[2], fields: { status: 'left', mobile: PHONES[3] } });
    await call('workers.anonymise', { workerId: ids[2] });
    await call('auth.signIn', { username: IDS[0], password: PHONES[0] }, {});
    await call('workers.get', { workerId: ids[0] }, { [HTTP.sessionHeader]: 'x'.repeat(30) });
    await dispatch(core, anonymous, 'workers.search', { stationId, q: IDS[0] });
    // An unexpected failure whose message quotes a person (as a driver error might): logged redacted.
    const search = core.workers.search;
    search.search = () => {
      throw new Error(`lookup failed for ${IDS[0]} / ${PHONES[0]}`);
    };
    const failed = await call('workers.search', { stationId, q: '张' });
    expect(failed.error.code).toBe('internal');
    core.close();

    const log = readFileSync(join(dataDir, 'logs', 'station.log'), 'utf8');
    expect(log).toContain('dispatch.internal');
    expect(answers.length).toBeGreaterThan(5);
    const haystacks = { log, urls: paths.join('\n'), errors: answers.join('\n') };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of [...IDS, ...PHONES]) {
        expect(text.includes(secret), `${where} contains ${secret.slice(0, 3)}…`).toBe(false);
        // The birth-date part of an ID number is personal data too.
        if (secret.length === 18) expect(text.includes(secret.slice(6, 14)), `${where} contains a birth date`).toBe(false);
      }
    }
  });
});
