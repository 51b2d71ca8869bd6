import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/contract/records';
import type { StatusTable } from '../../shared/contract/report-types';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';
import { call, reportStation } from './report-fixtures';

describe('papers in the seeds\' words', () => {
  it('the status table names the filer at its own level; without a level the blank stays for the pen', async () => {
    const s = await reportStation();
    const title = async (profile: Record<string, unknown>) => {
      await call(s.core, s.admin, 'station.update', { stationId: s.stationId, profile });
      return call<StatusTable>(s.core, s.admin, 'reports.statusTable', {});
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
    const ws = readXlsxWithPython(Buffer.from((await call<ExportFile>(s.core, s.admin, 'exports.statusTable', { format: 'xlsx' })).base64, 'base64'))[0]!;
    expect(ws.rows[0]![0]).toBe('中建三局第一建设工程有限责任公司（单位）开展“提升站”建设初步情况表');
  });

  it('the annual report\'s five standards read as seed 004 四(二) writes them', async () => {
    const s = await reportStation();
    const sheets = readXlsxWithPython(Buffer.from((await call<ExportFile>(s.core, s.admin, 'exports.periodReport', { stationId: s.stationId, kind: 'year', period: '2026' })).base64, 'base64'));
    const words = sheetNamed(sheets, '站点情况').rows.slice(3).map((r) => r[0]);
    expect(words).toEqual(['有固定场所', '有培训设施', '有实用内容', '有师资队伍', '有经费保障']);
  });
});
