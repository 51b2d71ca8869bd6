import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PeriodReport, PlanEntry, PlanImportResult } from '../../shared/contract/report-types';
import { call, fail, reportStation } from './report-fixtures';

/** Seed 000's annexes as a station receives them: stacked tables under merged titles, several sheets. */
async function seedLikeWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('附件1-2');
  a.addRow(['附件1：尉犁县建筑工匠培训任务分解一览表（2023—2025年）']);
  a.mergeCells('A1:D1');
  a.addRow(['（单位：人次）']);
  a.addRow(['年度', '人次', '砌筑工', '钢筋工']);
  a.addRow([2023, 218, 109, 109]);
  a.addRow([2024, 907, 90, 91]); // as in the seed: trades do not add up to 人次
  a.addRow([]);
  a.addRow(['附件2：']);
  a.addRow(['尉犁县各乡镇建筑工匠培训任务分解一览表（2023—2025年）']);
  a.mergeCells('A8:E8');
  a.addRow(['乡镇', '人次', '砌筑工', '钢筋工', '培育建筑劳务经纪人']);
  a.addRow(['尉犁镇', 73, 36, 37, 6]);
  a.addRow(['团结镇', 73, 37, 36, 5]);
  const b = wb.addWorksheet('说明');
  b.addRow(['本表由县住建局下发，请各站按乡镇落实。']);
  const c = wb.addWorksheet('班组');
  c.addRow(['2026年班组培训计划']);
  c.mergeCells('A1:C1');
  c.addRow(['班组', '人次', '砌筑工']);
  c.addRow(['木工班', 10, 10]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('the training plan import, shaped like seed 000', () => {
  it('reads every sheet and each stacked table by its title; keeps 附件2 as 2023-2025; takes the broker column; notes sums that do not add up', async () => {
    const s = await reportStation();
    const base64 = await seedLikeWorkbook();
    const dry = await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: '尉犁县计划.xlsx', base64, dryRun: true });
    expect(dry.issues).toEqual([]);
    expect(dry.tables.map((t) => [t.sheet, t.layout, t.year, t.yearTo, t.entries])).toEqual([
      ['附件1-2', 'by_year', 2026, 2026, 6],
      ['附件1-2', 'by_township', 2023, 2025, 8],
      ['班组', 'by_township', 2026, 2026, 2],
    ]);
    expect(dry.tables[1]!.title).toBe('尉犁县各乡镇建筑工匠培训任务分解一览表（2023—2025年）');
    expect(dry.entries).toBe(16);
    expect(dry.notes.map((n) => [n.reason, n.params?.side ?? n.params?.sheet])).toEqual([
      ['reports.import.sum_mismatch', '2024'],
      ['reports.import.sheet_without_plan', '说明'],
    ]);
    expect(dry.notes[0]!.params).toMatchObject({ total: 907, sum: 181 });
    expect(await call(s.core, s.admin, 'plans.list', { stationId: s.stationId, year: 2024 })).toEqual([]);

    await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: '尉犁县计划.xlsx', base64 });
    const y24 = await call(s.core, s.admin, 'plans.list', { stationId: s.stationId, year: 2024 });
    // The year's own rows (人次 907, 砌筑工 90, 钢筋工 91), then the three-year township targets.
    expect(y24.filter((e) => e.yearTo === 2024).map((e) => [e.kind, e.tradeName, e.target])).toEqual([['total', '', 907], ['trade', '砌筑工', 90], ['trade', '钢筋工', 91]]);
    expect(y24.filter((e) => e.yearTo === 2025 && e.scope === '尉犁镇').map((e) => [e.year, e.kind, e.tradeName, e.target])).toEqual([
      [2023, 'total', '', 73],
      [2023, 'trade', '砌筑工', 36],
      [2023, 'trade', '钢筋工', 37],
      [2023, 'broker', '培育建筑劳务经纪人', 6],
    ]);
    // Re-importing the same file replaces, it does not add.
    await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: '尉犁县计划.xlsx', base64 });
    expect((await call(s.core, s.admin, 'plans.list', { stationId: s.stationId, year: 2024 })).length).toBe(y24.length);
    // One sheet picked: only its tables.
    const one = await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: 'p.xlsx', base64, sheet: '班组', dryRun: true });
    expect(one.tables.map((t) => t.sheet)).toEqual(['班组']);
    expect(await fail(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: 'p.xlsx', base64, sheet: '说明', dryRun: true })).toBe('invalid_input');
  });

  it('a three-year township target counts from its first year; the broker target counts the people of the township trained as brokers', async () => {
    const s = await reportStation();
    await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: 'p.xlsx', base64: await seedLikeWorkbook() });
    const [zhang, li] = s.people; // 张三: 钢筋工 of 尉犁镇; 李四: 砌筑工 of 团结镇
    await s.held({ category: 'skills', startsAt: '2023-06-01T08:00', endsAt: '2023-06-01T09:30' }, [li!]);
    await s.held({ category: 'skills', startsAt: '2024-03-05T08:00', endsAt: '2024-03-05T09:30' }, [li!]);
    await s.held({ category: 'labour_broker', startsAt: '2024-03-06T08:00', endsAt: '2024-03-06T09:30' }, [zhang!, li!]);
    await s.held({ category: 'labour_broker', startsAt: '2024-03-07T08:00', endsAt: '2024-03-07T09:30' }, [zhang!]);
    const r = await call(s.core, s.admin, 'reports.period', { stationId: s.stationId, kind: 'month', period: '2024-03' });
    const row = (scope: string, kind: string, trade = '') => r.plan.find((p) => p.scope === scope && p.kind === kind && p.tradeName === trade && p.yearTo === 2025)!;
    // 团结镇 砌筑工 (37 for 2023-2025): 李四 in June 2023 and March 2024.
    expect(row('团结镇', 'trade', '砌筑工')).toMatchObject({ target: 37, donePeriod: 1, doneYearToDate: 2, percent: 5.4 });
    // Brokers: distinct people of the township in broker training (张三 twice is one person); 李四 is of 团结镇.
    expect(row('尉犁镇', 'broker', '培育建筑劳务经纪人')).toMatchObject({ target: 6, donePeriod: 1, doneYearToDate: 1 });
    expect(row('团结镇', 'broker', '培育建筑劳务经纪人')).toMatchObject({ target: 5, donePeriod: 1, doneYearToDate: 1 });
    // Broker training is not craftsman training: the 2024 station total counts the skills session only.
    expect(r.plan.find((p) => p.kind === 'total' && p.scopeKind === 'station' && p.yearTo === 2024)).toMatchObject({ target: 907, donePeriod: 1, doneYearToDate: 1 });
  });

  it('per-year targets only when the station asks: evenly, or in proportion to its own yearly totals (refused while a year has none)', async () => {
    const s = await reportStation();
    await call(s.core, s.admin, 'plans.import', { stationId: s.stationId, year: 2026, fileName: 'p.xlsx', base64: await seedLikeWorkbook() });
    const perYear = async (scope: string, kind: string, trade = '') => {
      const out: number[] = [];
      for (const y of [2023, 2024, 2025]) {
        const e = (await call(s.core, s.admin, 'plans.list', { stationId: s.stationId, year: y })).find((x) => x.year === y && x.yearTo === y && x.scope === scope && x.kind === kind && x.tradeName === trade);
        out.push(e ? e.target : -1);
      }
      return out;
    };
    expect(await perYear('尉犁镇', 'total')).toEqual([-1, -1, -1]);
    expect(await call(s.core, s.admin, 'plans.deriveYears', { stationId: s.stationId, year: 2023, yearTo: 2025, method: 'even' })).toEqual({ entries: 24 });
    // 73 = 25 + 24 + 24; 37 = 13 + 12 + 12; brokers 5 = 2 + 2 + 1.
    expect(await perYear('尉犁镇', 'total')).toEqual([25, 24, 24]);
    expect(await perYear('尉犁镇', 'trade', '钢筋工')).toEqual([13, 12, 12]);
    expect(await perYear('团结镇', 'broker', '培育建筑劳务经纪人')).toEqual([2, 2, 1]);
    // By the yearly totals: 2025 has none yet.
    expect(await fail(s.core, s.admin, 'plans.deriveYears', { stationId: s.stationId, year: 2023, yearTo: 2025, method: 'by_year_totals' })).toBe('invalid_input');
    await call(s.core, s.admin, 'plans.set', { stationId: s.stationId, year: 2025, target: 908 });
    await call(s.core, s.admin, 'plans.deriveYears', { stationId: s.stationId, year: 2023, yearTo: 2025, method: 'by_year_totals' });
    // 73 x 218/2033, 907/2033, 908/2033 = 7.83, 32.57, 32.60 → 7, 32, 32 and the 2 left to the largest fractions (2023, 2025).
    expect(await perYear('尉犁镇', 'total')).toEqual([8, 32, 33]);
    // The three-year targets stay beside the derived ones.
    expect((await call(s.core, s.admin, 'plans.list', { stationId: s.stationId, year: 2024 })).filter((e) => e.yearTo === 2025)).toHaveLength(8);
    expect(s.core.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'plan' AND action = 'create' AND after_json LIKE '%derivedFrom%'").pluck().get()).toBe(2);
  });
});
