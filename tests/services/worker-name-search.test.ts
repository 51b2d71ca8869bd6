import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { setUp } from '../support/callers';
import { withCheckDigit } from '../support/roster';
import { testCore } from '../support/temp';

describe('searching a given name without the surname', () => {
  it('finds the characters in order inside names, follows renames and deletions', async () => {
    const { core } = testCore();
    const { admin } = await setUp(core);
    const stationId = core.stations.first()!.id;
    const names = ['张建国', '王建明国', '李国建', '欧阳建国', 'Ali "Quote" Hamit'];
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const r = await dispatch(core, admin, 'workers.create', {
        stationId,
        fields: { name, idNumber: withCheckDigit(`44070319900${String(301 + i)}123`.slice(0, 17)) },
      });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      ids.push((r.value as { id: string }).id);
    }
    const find = async (q: string) => {
      const r = await dispatch(core, admin, 'workers.search', { stationId, q, sort: 'name', dir: 'asc' });
      if (!r.ok) throw new Error(r.error.code);
      return (r.value as { rows: { name: string }[] }).rows.map((w) => w.name).sort();
    };
    expect(await find('建国')).toEqual(['张建国', '欧阳建国']);
    expect(await find('国')).toEqual(['张建国', '李国建', '欧阳建国', '王建明国'].sort());
    expect(await find('hamit')).toEqual(['Ali "Quote" Hamit']);
    expect(await find('"Quote')).toEqual(['Ali "Quote" Hamit']);
    // A surname still goes through the name index, as a prefix.
    expect(await find('欧阳')).toEqual(['欧阳建国']);

    await dispatch(core, admin, 'workers.update', { workerId: ids[0]!, fields: { name: '张卫东' } });
    expect(await find('建国')).toEqual(['欧阳建国']);
    expect(await find('卫东')).toEqual(['张卫东']);
    await dispatch(core, admin, 'workers.delete', { workerId: ids[3]! });
    expect(await find('建国')).toEqual([]);
  });
});
