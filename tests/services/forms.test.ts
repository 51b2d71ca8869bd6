import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/contract/records';
import type { StatusTable } from '../../shared/contract/report-types';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';
import { call, reportStation } from './report-fixtures';
import { dispatch } from '../../main/app/dispatch';

describe('papers in the seeds\' words', () => {
  it('the status table names the filer at its own level; without a level the blank stays for the pen', async () => {
    const s = await reportStation();
    const title = async (profile: Record<string, unknown>) => {
      await call(s.core, s.admin, 'station.update', { stationId: s.stationId, profile });
      return call(s.core, s.admin, 'reports.statusTable', {});
    };
    const none = await title({ city: '江门市' });
    expect([none.title, none.unitMissing]).toEqual(['____（单位）开展“提升站”建设初步情况表', true]);
    expect((await title({ city: '江门市', adminLevel: 'city' })).title).toBe('江门市（单位）开展“提升站”建设初步情况表');
    expect((await title({ city: '江门', adminLevel: 'city' })).title).toBe('江门市（单位）开展“提升站”建设初步情况表');
    // Not "巴音郭楞蒙古自治州市" nor "尉犁县市".
    expect((await title({ city: '巴音郭楞蒙古自治州', adminLevel: 'prefecture' })).title).toBe('巴音郭楞蒙古自治州（单位）开展“提升站”建设初步情况表');
    const county = await title({ city: '尉犁县', adminLevel: 'county' });
    expect([county.title, county.unitMissing]).toEqual(['尉犁县（单位）开展“提升站”建设初步情况表', false]);
    expect((await title({ city: '尉犁', adminLevel: 'county' })).title).toBe('尉犁县（单位）开展“提升站”建设初步情况表');
    expect((await title({ city: '', enterprise: '中建三局第一建设工程有限责任公司', adminLevel: 'company' })).title).toBe('中建三局第一建设工程有限责任公司（单位）开展“提升站”建设初步情况表');
    const ws = readXlsxWithPython(Buffer.from((await call(s.core, s.admin, 'exports.statusTable', { format: 'xlsx' })).base64, 'base64'))[0]!;
    expect(ws.rows[0]![0]).toBe('中建三局第一建设工程有限责任公司（单位）开展“提升站”建设初步情况表');
  });

  it('the annual report\'s five standards read as seed 004 四(二) writes them', async () => {
    const s = await reportStation();
    const sheets = readXlsxWithPython(Buffer.from((await call(s.core, s.admin, 'exports.periodReport', { stationId: s.stationId, kind: 'year', period: '2026' })).base64, 'base64'));
    const words = sheetNamed(sheets, '站点情况').rows.slice(3).map((r) => r[0]);
    expect(words).toEqual(['有固定场所', '有培训设施', '有实用内容', '有师资队伍', '有经费保障']);
  });

  it('the platform export: a session without a type code refuses the export naming it, or takes the chosen default; an end after midnight keeps its date', async () => {
    const s = await reportStation();
    const night = await s.held({ title: '夜间浇筑安全交底', nationalType: '003001', startsAt: '2026-03-31T22:00', endsAt: '2026-04-01T00:30' }, [s.people[0]!]);
    const untyped = await s.held({ title: '班前讲话', startsAt: '2026-03-20T07:30', endsAt: '2026-03-20T08:00' }, [s.people[1]!]);
    const input = { stationId: s.stationId, from: '2026-03-01', to: '2026-03-31' };
    const refused = await dispatch(s.core, s.admin, 'exports.platform', input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.details).toMatchObject({ reason: 'platform_untyped', n: 1, sessions: [{ id: untyped, title: '班前讲话', startsAt: '2026-03-20T07:30' }] });
    }
    const ws = readXlsxWithPython(Buffer.from((await call(s.core, s.admin, 'exports.platform', { ...input, defaultNationalType: '003001' })).base64, 'base64'))[0]!;
    const head = ws.rows.findIndex((r) => r[0] === '培训名称');
    const line = (title: string) => ws.rows.slice(head + 1).find((r) => r[0] === title)!;
    expect(line('班前讲话').slice(1, 3)).toEqual(['003001', '安全教育']);
    // Across midnight: the end is on the next day, and says so (and the worker signed in at 21:59).
    expect(line('夜间浇筑安全交底').slice(3, 6)).toEqual(['2026-03-31', '22:00', '2026-04-01 00:30']);
    expect(line('夜间浇筑安全交底')[14]).toBe('21:59');
    expect(line('夜间浇筑安全交底')[17]).toBe(night);
  });
});
