import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { setUp } from '../support/callers';
import { testCore } from '../support/temp';

async function station() {
  const { core } = testCore();
  const { admin } = await setUp(core);
  const stationId = core.stations.first()!.id;
  return { core, admin, stationId };
}

describe('stations', () => {
  it('ship with the 181 occupations of seed 002 and the 19 planning trades of seed 000', async () => {
    const { core, admin, stationId } = await station();
    const r = await dispatch(core, admin, 'trades.list', { stationId });
    if (!r.ok) throw new Error(r.error.code);
    const trades = r.value as { name: string; serial: number | null; subsidyYuan: number | null; planning: boolean }[];
    const catalogue = trades.filter((t) => t.serial !== null);
    expect(catalogue).toHaveLength(181);
    expect(new Set(catalogue.map((t) => t.subsidyYuan))).toEqual(new Set([400, 500, 1000]));
    const planning = trades.filter((t) => t.planning).map((t) => t.name);
    expect(planning).toHaveLength(19);
    expect(planning).toEqual(expect.arrayContaining(['砌筑工', '钢筋工', '水处理人员', '建筑幕墙安装工']));
    // 钢筋工 is both a catalogue occupation and a planning trade: one row, not two.
    expect(trades.filter((t) => t.name === '钢筋工')).toHaveLength(1);
    expect(trades.find((t) => t.name === '电焊工')?.subsidyYuan).toBe(1000);
  });

  it('keep the status-table fields and say which of the five haves are missing and why', async () => {
    const { core, admin, stationId } = await station();
    const before = await dispatch(core, admin, 'station.fiveHaves', { stationId });
    if (!before.ok) throw new Error(before.error.code);
    const items = before.value as { key: string; met: boolean; reasons: { key: string }[] }[];
    expect(items.map((i) => i.key)).toEqual(['venue', 'equipment', 'content', 'trainers', 'funding']);
    expect(items.every((i) => !i.met)).toBe(true);
    expect(items[0]!.reasons.map((r) => r.key)).toEqual(['fiveHaves.venue.noArea', 'fiveHaves.venue.noAddress']);

    const upd = await dispatch(core, admin, 'station.update', {
      stationId,
      profile: { address: '江门市蓬江区滨江大道88号', areaM2: 18, equipment: ['audio_video'], content: ['safety'], funding: ['union'], state: 'built', contactMobile: '+86 138 0000 1111' },
    });
    expect(upd).toMatchObject({ ok: true, value: { state: 'built', areaM2: 18, contactMobile: '13800001111' } });
    const small = (await dispatch(core, admin, 'station.fiveHaves', { stationId })) as { ok: true; value: typeof items };
    expect(small.value[0]).toMatchObject({ met: false, reasons: [{ key: 'fiveHaves.venue.small', params: { area: 18, min: 20 } }] });
    expect(small.value.find((i) => i.key === 'trainers')).toMatchObject({ met: false, reasons: [{ key: 'fiveHaves.trainers.none' }] });

    await dispatch(core, admin, 'station.update', { stationId, profile: { areaM2: 36 } });
    await dispatch(core, admin, 'trainers.create', { stationId, fields: { name: '王建国', kind: 'model_craftsman' } });
    const all = (await dispatch(core, admin, 'station.fiveHaves', { stationId })) as { ok: true; value: typeof items };
    expect(all.value.filter((i) => !i.met)).toEqual([]);
  });

  it('refuse bad profile input field by field', async () => {
    const { core, admin, stationId } = await station();
    const r = await dispatch(core, admin, 'station.update', {
      stationId,
      profile: { state: '已建', areaM2: -3, contactMobile: '1380000111122', openedOn: '2024-02-30' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details?.fields?.map((f) => f.path).sort()).toEqual(['profile.areaM2', 'profile.contactMobile', 'profile.openedOn', 'profile.state']);
  });

  it('may be several in one database, each with its own catalogue', async () => {
    const { core, admin } = await station();
    const r = await dispatch(core, admin, 'station.create', { name: '新会区二号项目提升站', state: 'building' });
    if (!r.ok) throw new Error(r.error.code);
    const second = r.value as { id: string };
    const list = await dispatch(core, admin, 'station.list', {});
    expect((list as { ok: true; value: unknown[] }).value).toHaveLength(2);
    const trades = (await dispatch(core, admin, 'trades.list', { stationId: second.id, planningOnly: true })) as { ok: true; value: unknown[] };
    expect(trades.value).toHaveLength(19);
  });

  it('answer not_found for a station that does not exist', async () => {
    const { core, admin } = await station();
    const r = await dispatch(core, admin, 'station.get', { stationId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('let a station add its own trades and content categories, and edit subsidies', async () => {
    const { core, admin, stationId } = await station();
    const t = await dispatch(core, admin, 'trades.create', { stationId, name: '塔吊信号工', category: '建筑施工特种作业', subsidyYuan: 1000 });
    expect(t).toMatchObject({ ok: true, value: { name: '塔吊信号工', subsidyYuan: 1000, serial: null } });
    const dup = await dispatch(core, admin, 'trades.create', { stationId, name: '钢筋工' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const v = await dispatch(core, admin, 'vocab.add', { stationId, list: 'content_category', label: '消防演练' });
    expect(v).toMatchObject({ ok: true, value: { contentCategories: expect.arrayContaining([{ code: 'custom_1', label: '消防演练', builtin: false }]) } });
    const settings = await dispatch(core, admin, 'station.updateSettings', { stationId, minutesPerClassHour: 40 });
    expect(settings).toMatchObject({ ok: true, value: { minutesPerClassHour: 40 } });
  });
});
