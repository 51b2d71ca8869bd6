import { describe, expect, it } from 'vitest';
import type { Core } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { appendAudit } from '../../main/services/audit';
import type { Caller } from '../../shared/contract/access';
import type { AuditFacets, AuditRow } from '../../shared/contract/audit-types';
import { HTTP } from '../../shared/contract/bridge';
import { channels } from '../../shared/contract/channels';
import type { ExportFile, Page, WorkerDetail } from '../../shared/contract/records';
import { anonymous, setUp } from '../support/callers';
import { startHost } from '../support/http';
import { withCheckDigit } from '../support/roster';
import { testCore } from '../support/temp';
import { readXlsxWithPython } from '../support/xlsx-read';

const ID_A = withCheckDigit('44070319900101123');
const ID_B = withCheckDigit('44070319850505456');

async function ok<T>(core: Core, caller: Caller, name: string, input: unknown): Promise<T> {
  const r = await dispatch(core, caller, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A station with an admin, a trainer, and a worker created and then edited by the admin. */
async function station() {
  const { core, clock } = testCore();
  const { admin, token } = await setUp(core);
  const stationId = core.stations.first()!.id;
  const trainerAccount = await ok<{ id: string }>(core, admin, 'accounts.create', {
    username: 'wang.jiaolian',
    displayName: '王教练',
    role: 'trainer',
    password: 'trainer-pass-1',
  });
  const trainer: Caller = { role: 'trainer', accountId: trainerAccount.id, via: 'internal' };
  const worker = await ok<WorkerDetail>(core, admin, 'workers.create', { stationId, fields: { name: '张三', idNumber: ID_A, team: '钢筋班' } });
  clock.advance(60_000);
  await ok(core, admin, 'workers.update', { workerId: worker.id, fields: { team: '木工班', mobile: '13800138000' } });
  return { core, clock, admin, token, trainer, trainerAccount, stationId, worker };
}

const list = (core: Core, caller: Caller, input: Record<string, unknown> = {}) => ok<Page<AuditRow>>(core, caller, 'audit.list', input);

describe('audit.list', () => {
  it('shows a worker edit: who, through what, before and after, masked', async () => {
    const { core, admin, worker } = await station();
    const page = await list(core, admin, { entity: 'worker' });
    const [update, create] = page.rows;
    expect(page.total).toBe(2);
    expect(update).toMatchObject({
      action: 'update',
      entity: 'worker',
      entityId: worker.id,
      via: 'internal',
      who: { kind: 'account', id: admin.accountId, name: 'admin' },
    });
    expect(update!.before).toMatchObject({ name: '张三', team: '钢筋班', mobile: '' });
    // Phone numbers are masked in snapshots like ID numbers: the log is personal data too.
    expect(update!.after).toMatchObject({ name: '张三', team: '木工班', mobile: '138****8000' });
    expect(create).toMatchObject({ action: 'create', before: null, after: { name: '张三' } });
    // Snapshots were masked when written: the full ID number is nowhere in what the admin reads.
    expect(JSON.stringify(page)).not.toContain(ID_A);
    expect(JSON.stringify(page)).toContain(ID_A.slice(0, 6) + '********' + ID_A.slice(14));
  });

  it('filters by action, entity, account, device, dates and text, newest first, in pages', async () => {
    const { core, clock, admin, trainer, trainerAccount, stationId, worker } = await station();
    // 17:00 UTC on 2 March is 01:00 on 3 March in China: a station date of the 3rd.
    clock.set('2026-03-02T17:00:00.000Z');
    const other = await ok<WorkerDetail>(core, trainer, 'workers.create', { stationId, fields: { name: '李四', idNumber: ID_B } });
    const { deviceId } = await pairedDevice(core, admin, stationId);
    appendAudit(core.db, { role: 'kiosk', deviceId, via: 'http' }, { stationId, at: clock.now(), action: 'correct', entity: 'attendance', entityId: 'att-1' });

    expect((await list(core, admin, { action: 'update' })).rows.map((r) => r.entityId)).toEqual([worker.id]);
    expect((await list(core, admin, { accountId: trainerAccount.id })).rows.map((r) => r.entityId)).toEqual([other.id]);
    // What the device did, and what was done to it (the admin paired it).
    const byDevice = await list(core, admin, { deviceId });
    expect(byDevice.rows.map((r) => [r.action, r.entity])).toEqual([['correct', 'attendance'], ['pair', 'device']]);
    expect(byDevice.rows[0]!.who).toEqual({ kind: 'device', id: deviceId, name: '门口平板', displayName: null });
    expect((await list(core, admin, { entity: 'attendance' })).rows.map((r) => r.action)).toEqual(['correct']);

    const on3rd = await list(core, admin, { from: '2026-03-03', to: '2026-03-03' });
    // The 3rd also holds the device's pairing (start and pair); the worker made on the 2nd is not in it.
    expect(on3rd.rows.map((r) => r.entity)).toEqual(['attendance', 'device', 'device', 'worker']);
    expect(on3rd.rows.filter((r) => r.entity !== 'device').map((r) => r.entityId)).toEqual(['att-1', other.id]);
    const on2nd = await list(core, admin, { to: '2026-03-02', entity: 'worker' });
    expect(on2nd.rows.map((r) => r.action)).toEqual(['update', 'create']);

    // Text: part of a record id, or a name inside the snapshots; LIKE wildcards are taken literally.
    expect((await list(core, admin, { q: worker.id.slice(-8) })).rows.every((r) => r.entityId === worker.id)).toBe(true);
    expect((await list(core, admin, { q: '李四' })).rows.map((r) => r.entityId)).toEqual([other.id]);
    expect((await list(core, admin, { q: '%' })).total).toBe(0);

    const all = await list(core, admin, {});
    const ats = all.rows.map((r) => r.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const first = await list(core, admin, { limit: 2 });
    const second = await list(core, admin, { limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id));
  });

  it('refuses dates out of order and codes that are not codes', async () => {
    const { core, admin } = await station();
    const bad = await dispatch(core, admin, 'audit.list', { from: '2026-03-05', to: '2026-03-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'to' }] } } });
    const drop = await dispatch(core, admin, 'audit.list', { action: "x' OR 1=1 --" });
    expect(drop).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(core, admin, 'audit.list', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('offers the actions, record types and people that can be filtered on', async () => {
    const { core, admin } = await station();
    const facets = await ok<AuditFacets>(core, admin, 'audit.facets', {});
    // setup.init made the station and the admin; the admin made the trainer and the worker.
    expect(facets.actions).toEqual(['create', 'setup', 'update']);
    expect(facets.entities).toEqual(['account', 'station', 'worker']);
    expect(facets.actors.map((a) => a.name)).toEqual(['admin', 'wang.jiaolian']);
  });
});

describe('audit.export', () => {
  it('writes the filtered log as .xlsx and records the export itself', async () => {
    const { core, admin, worker } = await station();
    const file = await ok<ExportFile>(core, admin, 'audit.export', { entity: 'worker' });
    expect(file.fileName).toMatch(/^审计日志_江门滨江新城项目提升站_2026-03-02\.xlsx$/);
    const [sheet] = readXlsxWithPython(Buffer.from(file.base64, 'base64'));
    expect(sheet!.name).toBe('审计日志');
    expect(sheet!.rows[0]).toEqual(['时间', '操作人', '途径', '操作', '对象', '对象编号', '修改前', '修改后']);
    expect(sheet!.rows).toHaveLength(3);
    expect(sheet!.rows[1]!.slice(0, 6)).toEqual(['2026-03-02 16:01:00', 'admin', '系统', '修改', '工人', worker.id]);
    expect(JSON.parse(String(sheet!.rows[1]![7]))).toMatchObject({ team: '木工班' });
    // Every cell a typed string, so nothing in a record (a name starting with =) becomes a formula.
    expect(sheet!.rows.flatMap((row, i) => row.map((v, j) => (v === null ? 's' : sheet!.types[i]![j]))).every((t) => t === 's')).toBe(true);
    expect(JSON.stringify(sheet!.rows)).not.toContain(ID_A);

    const recorded = await list(core, admin, { entity: 'audit_log' });
    expect(recorded.rows).toHaveLength(1);
    expect(recorded.rows[0]).toMatchObject({
      action: 'export_personal_data',
      who: { kind: 'account', name: 'admin' },
      after: { fileName: file.fileName, rows: 2, filters: { entity: 'worker' } },
    });
  });
});

describe('audit access', () => {
  it('is for admins: a trainer is forbidden, anyone signed out is asked to sign in', async () => {
    const { core, trainer } = await station();
    for (const [name, input] of [['audit.list', {}], ['audit.facets', {}], ['audit.export', {}]] as const) {
      expect(await dispatch(core, trainer, name, input), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatch(core, anonymous, name, input), name).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
  });

  it('refuses a kiosk device over HTTP, and serves the admin there', async () => {
    const { core, admin, token, stationId } = await station();
    const { rpc, pair } = await hostWithPairing(core, token, stationId);
    const kioskToken = await pair();
    for (const name of ['audit.list', 'audit.facets', 'audit.export']) {
      const r = await rpc(name, {}, { [HTTP.sessionHeader]: kioskToken });
      expect(r.status, name).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
      expect((await rpc(name, {})).status, name).toBe(401);
    }
    const r = await rpc('audit.list', { action: 'update' }, { [HTTP.sessionHeader]: token });
    expect(r.status).toBe(200);
    expect(r.body.value.rows).toHaveLength(1);
    expect(admin.accountId).toBe(r.body.value.rows[0].who.id);
  });

  it('cannot be edited: no channel writes to it, and the table refuses UPDATE and DELETE', async () => {
    const { core } = await station();
    expect(Object.keys(channels).filter((n) => n.startsWith('audit.')).sort()).toEqual(['audit.export', 'audit.facets', 'audit.list']);
    expect(() => core.db.prepare("UPDATE audit_log SET action = 'nothing'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

async function pairedDevice(core: Core, admin: Caller, stationId: string) {
  const start = await ok<{ code: string }>(core, admin, 'devices.startPairing', { stationId });
  return ok<{ deviceId: string; token: string }>(core, anonymous, 'devices.pair', { code: start.code, name: '门口平板' });
}

async function hostWithPairing(core: Core, adminToken: string, stationId: string) {
  const { rpc } = await startHost(core);
  const pair = async () => {
    const start = await rpc('devices.startPairing', { stationId }, { [HTTP.sessionHeader]: adminToken });
    const paired = await rpc('devices.pair', { code: start.body.value.code, name: '门口平板1' });
    return paired.body.value.token as string;
  };
  return { rpc, pair };
}
